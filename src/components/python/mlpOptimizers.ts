// The engine's optimizers (src/engine/optimizers) on an MLP's layers, for the "Reproduce in Python" exports of training
// figures: Momentum, AdaGrad, RMSProp, AdaDelta and Adam with the same update(layers) as mlp.ts's SGD. Each W and b keeps
// its own state; the engine holds parameters and state in Float32Arrays and computes each element in double, so every
// stored value (x, v, s, Δx) is rounded to float32 where the engine stores it, and nothing else is.
import type { Lang } from '../../state/i18n';
import type { Hyper, OptimizerName } from '../../engine/optimizers';
import { pyNumber } from './literal';

type MlpOptimizer = Exclude<OptimizerName, 'sgd'>;

const TEXT = {
  params: {
    zh: '网络的每个参数数组（W 与 b）：(键, 层, 名字)。优化器为每个数组保存自己的状态。',
    en: 'Every parameter array of the net (W and b): (key, layer, name). An optimizer keeps its state per array.',
  },
  state: { zh: '数组 key 的状态（第一次用到时为 0，float32）。', en: 'The state of array `key` (0 at first use, float32).' },
  momentum: { zh: 'Momentum：v ← γv + η∂L/∂W，W ← W − v。', en: 'Momentum: v ← γv + η∂L/∂W, W ← W − v.' },
  adagrad: { zh: 'AdaGrad：s ← s + g²，W ← W − η/√(s + ε)·g，ε = 1e-6 在根号里。', en: 'AdaGrad: s ← s + g², W ← W − η/√(s + ε)·g, ε = 1e-6 inside the root.' },
  rmsprop: { zh: 'RMSProp：s ← γs + (1 − γ)g²，W ← W − η/√(s + ε)·g。', en: 'RMSProp: s ← γs + (1 − γ)g², W ← W − η/√(s + ε)·g.' },
  adadelta: {
    zh: 'AdaDelta（没有学习率）：s ← ρs + (1 − ρ)g²，g′ = √((Δx + ε)/(s + ε))·g，Δx ← ρΔx + (1 − ρ)g′²，W ← W − g′。',
    en: 'AdaDelta (no learning rate): s ← ρs + (1 − ρ)g², g′ = √((Δx + ε)/(s + ε))·g, Δx ← ρΔx + (1 − ρ)g′², W ← W − g′.',
  },
  adam: {
    zh: 'Adam：v ← β₁v + (1 − β₁)g，s ← β₂s + (1 − β₂)g²，v̂ = v/(1 − β₁ᵗ)，ŝ = s/(1 − β₂ᵗ)，W ← W − ηv̂/(√ŝ + ε)。',
    en: 'Adam: v ← β₁v + (1 − β₁)g, s ← β₂s + (1 − β₂)g², v̂ = v/(1 − β₁ᵗ), ŝ = s/(1 − β₂ᵗ), W ← W − ηv̂/(√ŝ + ε).',
  },
} as const;

interface PyClass {
  name: string;
  args: readonly (keyof Hyper)[];
  /** Lines of the loop body over the arrays: x, g (float64) given; must store the new x with set_param. */
  body: readonly string[];
  /** State dictionaries the class keeps. */
  state: readonly string[];
  /** Lines run once per update before the loop (Adam's step count). */
  pre?: readonly string[];
}

const CLASSES: Record<MlpOptimizer, PyClass> = {
  momentum: {
    name: 'Momentum',
    args: ['lr', 'gamma'],
    state: ['v'],
    body: ['v = self.v[key] = (self.gamma * state(self.v, key, x) + self.lr * g).astype(F32)', 'new = x - v.astype(F64)'],
  },
  adagrad: {
    name: 'AdaGrad',
    args: ['lr', 'eps'],
    state: ['s'],
    body: ['s = self.s[key] = (state(self.s, key, x) + g * g).astype(F32).astype(F64)', 'new = x - (self.lr / np.sqrt(s + self.eps)) * g'],
  },
  rmsprop: {
    name: 'RMSProp',
    args: ['lr', 'gamma', 'eps'],
    state: ['s'],
    body: [
      's = self.s[key] = (self.gamma * state(self.s, key, x) + (1 - self.gamma) * g * g).astype(F32).astype(F64)',
      'new = x - (self.lr / np.sqrt(s + self.eps)) * g',
    ],
  },
  adadelta: {
    name: 'AdaDelta',
    args: ['rho', 'eps'],
    state: ['s', 'dx'],
    body: [
      's = self.s[key] = (self.rho * state(self.s, key, x) + (1 - self.rho) * g * g).astype(F32).astype(F64)',
      'g_prime = np.sqrt((state(self.dx, key, x) + self.eps) / (s + self.eps)) * g',
      'self.dx[key] = (self.rho * state(self.dx, key, x) + (1 - self.rho) * g_prime * g_prime).astype(F32).astype(F64)',
      'new = x - g_prime',
    ],
  },
  adam: {
    name: 'Adam',
    args: ['lr', 'beta1', 'beta2', 'eps'],
    state: ['v', 's'],
    pre: ['self.t += 1', 'c1 = 1 - self.beta1 ** self.t', 'c2 = 1 - self.beta2 ** self.t'],
    body: [
      'v = self.v[key] = (self.beta1 * state(self.v, key, x) + (1 - self.beta1) * g).astype(F32).astype(F64)',
      's = self.s[key] = (self.beta2 * state(self.s, key, x) + (1 - self.beta2) * g * g).astype(F32).astype(F64)',
      'new = x - (self.lr * (v / c1)) / (np.sqrt(s / c2) + self.eps)',
    ],
  },
};

/** Python class name of an optimizer (sgd: mlp.ts's SGD, with weight decay). */
export function mlpOptimizerClass(name: OptimizerName): string {
  return name === 'sgd' ? 'SGD' : CLASSES[name].name;
}

/**
 * Python source of parameters(layers), state(...) and the classes of `names` (sgd is mlp.ts's SGD and is skipped).
 * Needs mlpPy above it (F32, F64, Affine). Every class has update(layers) and a settable lr (AdaDelta has none).
 */
export function mlpOptimizersPy(names: readonly OptimizerName[], lang: Lang): string {
  const tx = (k: keyof typeof TEXT) => TEXT[k][lang];
  const helpers = `def parameters(layers):
    """${tx('params')}"""
    for l, layer in enumerate(layers):
        yield (l, 'W'), layer, 'W'
        yield (l, 'b'), layer, 'b'


def state(table, key, x):
    """${tx('state')}"""
    if key not in table:
        table[key] = np.zeros(x.shape, dtype=F64)
    return table[key].astype(F64)`;
  const classes = [...new Set(names)]
    .filter((n): n is MlpOptimizer => n !== 'sgd')
    .map((n) => {
      const c = CLASSES[n];
      return [
        `class ${c.name}:`,
        `    """${tx(n)}"""`,
        '',
        `    def __init__(self, ${c.args.join(', ')}):`,
        ...c.args.map((a) => `        self.${a} = ${a}`),
        ...c.state.map((s) => `        self.${s} = {}`),
        '        self.t = 0',
        '',
        '    def update(self, layers):',
        ...(c.pre ?? []).map((l) => `        ${l}`),
        '        for key, layer, name in parameters(layers):',
        '            x = getattr(layer, name).astype(F64)',
        "            g = getattr(layer, 'd' + name).astype(F64)",
        ...c.body.map((l) => `            ${l}`),
        '            setattr(layer, name, new.astype(F32))',
      ].join('\n');
    });
  return [helpers, ...classes].join('\n\n\n');
}

/** A constructor call of optimizer `name` with hyperparameters `hp` (SGD: mlp.ts's SGD(lr, weight_decay)). */
export function mlpOptimizerCall(name: OptimizerName, hp: Hyper, weightDecay = 0): string {
  if (name === 'sgd') return `SGD(${pyNumber(hp.lr)}, ${pyNumber(weightDecay)})`;
  const c = CLASSES[name];
  return `${c.name}(${c.args.map((a) => `${a}=${pyNumber(hp[a])}`).join(', ')})`;
}
