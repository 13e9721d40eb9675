// Presets of the gradients lesson: the article's cases (vanishing under sigmoid, the remedies, exploding and clipping).
import type { Preset } from '../../components/PresetButtons';
import { TEXT } from './text';

export const PRESETS: readonly Preset[] = [
  { id: 'vanishing', label: TEXT.presetVanishing, values: {} },
  { id: 'relu-he', label: TEXT.presetRelu, values: { act: 'relu', init: 'he' } },
  { id: 'sigmoid-bn', label: TEXT.presetBn, values: { bn: 'before' } },
  { id: 'sigmoid-residual', label: TEXT.presetResidual, values: { residual: 'on' } },
  { id: 'exploding', label: TEXT.presetExploding, values: { act: 'relu', init: 'custom', std: 0.3 } },
  { id: 'clipped', label: TEXT.presetClipped, values: { act: 'relu', init: 'custom', std: 0.3, clip: 1 } },
];
