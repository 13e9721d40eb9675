// The engine's six optimizers (src/engine/optimizers) as Python classes with update(x, g), in the style of the books'
// common/optimizer.py: the same formulas, the same order of operations, float64.
import type { Hyper, OptimizerName } from '../../engine/optimizers';
import { pyNumber } from './literal';

interface PyOptimizer {
  /** The Python class name. */
  name: string;
  /** Constructor arguments: hyperparameter names of Hyper, in order. */
  args: readonly (keyof Hyper)[];
  /** The update method's source (indented as a method). */
  update: readonly string[];
}

const OPTIMIZER_PY: Record<OptimizerName, PyOptimizer> = {
  sgd: { name: 'SGD', args: ['lr'], update: ['x -= self.lr * g'] },
  momentum: { name: 'Momentum', args: ['lr', 'gamma'], update: ['self.v = self.gamma * self.v + self.lr * g', 'x -= self.v'] },
  adagrad: { name: 'AdaGrad', args: ['lr', 'eps'], update: ['self.s += g * g', 'x -= (self.lr / np.sqrt(self.s + self.eps)) * g'] },
  rmsprop: {
    name: 'RMSProp',
    args: ['lr', 'gamma', 'eps'],
    update: ['self.s = self.gamma * self.s + (1 - self.gamma) * g * g', 'x -= (self.lr / np.sqrt(self.s + self.eps)) * g'],
  },
  adadelta: {
    name: 'AdaDelta',
    args: ['rho', 'eps'],
    update: [
      'self.s = self.rho * self.s + (1 - self.rho) * g * g',
      'g_prime = np.sqrt((self.dx + self.eps) / (self.s + self.eps)) * g',
      'self.dx = self.rho * self.dx + (1 - self.rho) * g_prime * g_prime',
      'x -= g_prime',
    ],
  },
  adam: {
    name: 'Adam',
    args: ['lr', 'beta1', 'beta2', 'eps'],
    update: [
      'self.t += 1',
      'c1 = 1 - self.beta1 ** self.t',
      'c2 = 1 - self.beta2 ** self.t',
      'self.v = self.beta1 * self.v + (1 - self.beta1) * g',
      'self.s = self.beta2 * self.s + (1 - self.beta2) * g * g',
      'v_hat = self.v / c1',
      's_hat = self.s / c2',
      'x -= (self.lr * v_hat) / (np.sqrt(s_hat) + self.eps)',
    ],
  },
};

/** The classes of the given optimizers, separated by two blank lines; each keeps its state (v, s, Δx, t) for 2-D x. */
export function optimizerClasses(names: readonly OptimizerName[]): string {
  return names
    .map((n) => {
      const c = OPTIMIZER_PY[n];
      return [
        `class ${c.name}:`,
        `    def __init__(self, ${c.args.join(', ')}):`,
        ...c.args.map((a) => `        self.${a} = ${a}`),
        '        self.v = np.zeros(2)',
        '        self.s = np.zeros(2)',
        '        self.dx = np.zeros(2)',
        '        self.t = 0',
        '',
        '    def update(self, x, g):',
        ...c.update.map((l) => `        ${l}`),
      ].join('\n');
    })
    .join('\n\n\n');
}

/** A constructor call of optimizer `name` with the hyperparameters the page uses, e.g. Adam(lr=0.4, beta1=0.9, …). */
export function optimizerCall(name: OptimizerName, hp: Hyper): string {
  const c = OPTIMIZER_PY[name];
  return `${c.name}(${c.args.map((a) => `${a}=${pyNumber(hp[a] as number)}`).join(', ')})`;
}
