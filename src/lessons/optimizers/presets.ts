// Presets reproducing the seed articles' cases (seed 000 §7 with d2l's 20 steps; seed 004 §一 with the book's 30).
import type { Preset } from '../../components/PresetButtons';

export const PRESETS: readonly Preset[] = [
  { id: 'gd-0.4', label: { zh: '梯度下降 η=0.4', en: 'GD η = 0.4' }, values: { opt: ['sgd'], 'sgd.lr': 0.4 } },
  { id: 'gd-0.6', label: { zh: '梯度下降 η=0.6（发散）', en: 'GD η = 0.6 (diverges)' }, values: { opt: ['sgd'], 'sgd.lr': 0.6 } },
  {
    id: 'momentum-0.4',
    label: { zh: '动量 η=0.4，γ=0.5', en: 'Momentum η = 0.4, γ = 0.5' },
    values: { opt: ['momentum'], 'momentum.lr': 0.4, 'momentum.gamma': 0.5 },
  },
  {
    id: 'momentum-0.6',
    label: { zh: '动量 η=0.6，γ=0.5', en: 'Momentum η = 0.6, γ = 0.5' },
    values: { opt: ['sgd', 'momentum'], 'sgd.lr': 0.6, 'momentum.lr': 0.6, 'momentum.gamma': 0.5 },
  },
  { id: 'adagrad-0.4', label: { zh: 'AdaGrad η=0.4', en: 'AdaGrad η = 0.4' }, values: { opt: ['adagrad'], 'adagrad.lr': 0.4 } },
  { id: 'adagrad-2', label: { zh: 'AdaGrad η=2', en: 'AdaGrad η = 2' }, values: { opt: ['adagrad'], 'adagrad.lr': 2 } },
  {
    id: 'rmsprop-0.4',
    label: { zh: 'RMSProp η=0.4，γ=0.9', en: 'RMSProp η = 0.4, γ = 0.9' },
    values: { opt: ['rmsprop'], 'rmsprop.lr': 0.4, 'rmsprop.gamma': 0.9 },
  },
  { id: 'adam', label: { zh: 'Adam η=0.4', en: 'Adam η = 0.4' }, values: { opt: ['adam'], 'adam.lr': 0.4 } },
  {
    // The book's comparison on x²/20 + y² from (−7, 2), 30 steps. Its momentum v ← αv − ηg, x ← x + v
    // with α = 0.9, η = 0.1 is ours with γ = 0.9, η = 0.1.
    id: 'book',
    label: { zh: '《深度学习入门》四种方法', en: 'The book’s four methods' },
    values: {
      fn: 'book',
      x0: [-7, 2],
      steps: 30,
      opt: ['sgd', 'momentum', 'adagrad', 'adam'],
      'sgd.lr': 0.95,
      'momentum.lr': 0.1,
      'momentum.gamma': 0.9,
      'adagrad.lr': 1.5,
      'adam.lr': 0.3,
    },
  },
];
