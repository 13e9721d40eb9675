// Presets of the saddle lesson: the three surfaces from their start points, and the exact saddle line with and without noise.
import type { Preset } from '../../components/PresetButtons';

export const PRESETS: readonly Preset[] = [
  { id: 'near', label: { zh: 'x₂ = 0.001', en: 'x₂ = 0.001' }, values: { fn: 'saddle', x0: [-1.5, 0.001], sigma: 0 } },
  { id: 'on-line', label: { zh: 'x₂ = 0（线上）', en: 'x₂ = 0 (on the line)' }, values: { fn: 'saddle', x0: [-1.5, 0], sigma: 0 } },
  { id: 'on-line-noise', label: { zh: 'x₂ = 0，σ = 0.01', en: 'x₂ = 0, σ = 0.01' }, values: { fn: 'saddle', x0: [-1.5, 0], sigma: 0.01 } },
  { id: 'plateau', label: { zh: '平台', en: 'Plateau' }, values: { fn: 'plateau', x0: [-1.5, 0], sigma: 0 } },
  { id: 'monkey', label: { zh: '猴鞍', en: 'Monkey saddle' }, values: { fn: 'monkey', x0: [1.5, 0.001], sigma: 0 } },
];
