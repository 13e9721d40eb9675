// Presets of the playground ("Things to try"): each one a case the lessons teach, put on top of the defaults.
import type { Preset } from '../../components/PresetButtons';
import { TEXT } from './text';

const OVERFIT = { data: 'xor', noise: 0.35, train: 0.1, depth: 6, units: 8, lr: 0.01, epochs: 400 };
const SIGMOID = { act: 'sigmoid', init: 'xavier', depth: 6, opt: 'sgd', lr: 0.3, data: 'circles', epochs: 200 };
const TOO_LARGE = { data: 'sine', opt: 'sgd', lr: 3, epochs: 100 };
/** One tanh unit on the circles: a straight line in its inputs, so the features decide whether it can separate them. */
const ONE_UNIT = { data: 'circles', depth: 1, units: 1, act: 'tanh', epochs: 100 };

export const PRESETS: readonly Preset[] = [
  { id: 'overfit', label: TEXT.presetOverfit, values: OVERFIT },
  { id: 'overfit-l2', label: TEXT.presetOverfitL2, values: { ...OVERFIT, l2: 0.01 } },
  { id: 'overfit-dropout', label: TEXT.presetOverfitDropout, values: { ...OVERFIT, dropout: 0.3 } },
  { id: 'sigmoid-deep', label: TEXT.presetSigmoidDeep, values: SIGMOID },
  { id: 'sigmoid-bn', label: TEXT.presetSigmoidBn, values: { ...SIGMOID, bn: 'before' } },
  { id: 'too-large', label: TEXT.presetTooLarge, values: TOO_LARGE },
  { id: 'clipped', label: TEXT.presetClipped, values: { ...TOO_LARGE, clip: 1 } },
  { id: 'slow-sgd', label: TEXT.presetSlowSgd, values: { opt: 'sgd', lr: 0.01, epochs: 500 } },
  { id: 'circles-squares', label: TEXT.presetCirclesSquares, values: { ...ONE_UNIT, feat: ['x1sq', 'x2sq'] } },
  { id: 'circles-raw', label: TEXT.presetCirclesRaw, values: ONE_UNIT },
];
