// "Reproduce in Python" for the optimizers lesson: a numpy script that computes the shown optimizers' paths with the
// figure's settings, in the order of operations of src/engine/optimizers, and prints the figure's table as CSV.
import type { Lang } from '../../state/i18n';
import type { ObjectiveName } from '../../engine/objectives';
import type { OptimizerName } from '../../engine/optimizers';
import { hyperOf } from './model';
import type { OptimizersValues } from './params';
import { pyNumber } from '../../components/python';

/** The objective's f and gradient in Python, written as src/engine/objectives computes them (same operations, same order). */
const OBJECTIVE_PY: Record<ObjectiveName, { formula: string; f: string; grad: string }> = {
  quadratic: { formula: 'f(x1, x2) = 0.1 x1² + 2 x2²', f: '0.1 * x[0] * x[0] + 2 * x[1] * x[1]', grad: 'np.array([0.2 * x[0], 4 * x[1]])' },
  book: { formula: 'f(x, y) = x²/20 + y²', f: '(x[0] * x[0]) / 20 + x[1] * x[1]', grad: 'np.array([x[0] / 10, 2 * x[1]])' },
};

/** Each optimizer as a class with update(x, g), the style of the books' common/optimizer.py; the engine's formulas. */
const CLASS_PY: Record<OptimizerName, { name: string; args: readonly string[]; body: string }> = {
  sgd: { name: 'SGD', args: ['lr'], body: `    def update(self, x, g):\n        x -= self.lr * g` },
  momentum: {
    name: 'Momentum',
    args: ['lr', 'gamma'],
    body: `    def update(self, x, g):\n        self.v = self.gamma * self.v + self.lr * g\n        x -= self.v`,
  },
  adagrad: {
    name: 'AdaGrad',
    args: ['lr', 'eps'],
    body: `    def update(self, x, g):\n        self.s += g * g\n        x -= (self.lr / np.sqrt(self.s + self.eps)) * g`,
  },
  rmsprop: {
    name: 'RMSProp',
    args: ['lr', 'gamma', 'eps'],
    body: `    def update(self, x, g):\n        self.s = self.gamma * self.s + (1 - self.gamma) * g * g\n        x -= (self.lr / np.sqrt(self.s + self.eps)) * g`,
  },
  adadelta: {
    name: 'AdaDelta',
    args: ['rho', 'eps'],
    body: [
      '    def update(self, x, g):',
      '        self.s = self.rho * self.s + (1 - self.rho) * g * g',
      '        g_prime = np.sqrt((self.dx + self.eps) / (self.s + self.eps)) * g',
      '        self.dx = self.rho * self.dx + (1 - self.rho) * g_prime * g_prime',
      '        x -= g_prime',
    ].join('\n'),
  },
  adam: {
    name: 'Adam',
    args: ['lr', 'beta1', 'beta2', 'eps'],
    body: [
      '    def update(self, x, g):',
      '        self.t += 1',
      '        c1 = 1 - self.beta1 ** self.t',
      '        c2 = 1 - self.beta2 ** self.t',
      '        self.v = self.beta1 * self.v + (1 - self.beta1) * g',
      '        self.s = self.beta2 * self.s + (1 - self.beta2) * g * g',
      '        v_hat = self.v / c1',
      '        s_hat = self.s / c2',
      '        x -= (self.lr * v_hat) / (np.sqrt(s_hat) + self.eps)',
    ].join('\n'),
  },
};

const TEXT = {
  title: { zh: '优化器路径', en: 'Optimizer paths' },
  run: { zh: '运行：python3 {file}（需要 numpy）。输出图中的数据表（CSV）：optimizer, step, x1, x2, f。', en: 'Run: python3 {file} (needs numpy). Prints the figure’s data table as CSV: optimizer, step, x1, x2, f.' },
  same: {
    zh: '运算与网页引擎相同、顺序相同（float64），所以输出与网页的数据表一致。',
    en: 'The operations are the page engine’s, in the same order (float64), so the output matches the page’s data table.',
  },
  state: { zh: '每个优化器保存自己的状态（v、s、Δx、t），update 就地修改 x。', en: 'Each optimizer keeps its own state (v, s, Δx, t); update changes x in place.' },
  settings: { zh: '网页上的设置', en: 'The page’s settings' },
  diverge: { zh: '发散的路径会溢出为 inf/nan：和网页一样照常输出，不报警告。', en: 'A diverging path overflows to inf/nan: printed as on the page, without warnings.' },
} as const;

/** The lesson's figure optimizers/trajectories as a self-contained numpy script, its comments in `lang`. */
export function optimizersScript(values: OptimizersValues, lang: Lang, file = 'optimizers-trajectories.py'): string {
  const tx = (k: keyof typeof TEXT) => TEXT[k][lang].replace('{file}', file);
  const objective = OBJECTIVE_PY[values.fn as ObjectiveName] ?? OBJECTIVE_PY.quadratic;
  const shown = values.opt as readonly OptimizerName[];
  const classes = shown.map((name) => {
    const c = CLASS_PY[name];
    const state = ['        self.v = np.zeros(2)', '        self.s = np.zeros(2)', '        self.dx = np.zeros(2)', '        self.t = 0'];
    const assign = c.args.map((a) => `        self.${a} = ${a}`);
    return [`class ${c.name}:`, `    def __init__(self, ${c.args.join(', ')}):`, ...assign, ...state, '', c.body].join('\n');
  });
  const runs = shown.map((name) => {
    const hp = hyperOf(name, values) as unknown as Record<string, number>;
    return `    ('${name}', ${CLASS_PY[name].name}(${CLASS_PY[name].args.map((a) => `${a}=${pyNumber(hp[a])}`).join(', ')})),`;
  });
  return `# ${tx('title')}: ${objective.formula}
# ${tx('run')}
# ${tx('same')}
import sys

import numpy as np


def f(x):
    return ${objective.f}


def grad(x):
    return ${objective.grad}


# ${tx('state')}
${classes.join('\n\n\n')}


# ${tx('settings')}
STEPS = ${values.steps}
X0 = (${pyNumber(values.x0[0])}, ${pyNumber(values.x0[1])})
OPTIMIZERS = [
${runs.join('\n')}
]


def js_number(v):
    """A number as the page's CSV writes it (NaN, Infinity, -Infinity)."""
    if v != v:
        return 'NaN'
    if v in (float('inf'), float('-inf')):
        return 'Infinity' if v > 0 else '-Infinity'
    return repr(float(v))


def main():
    np.seterr(all='ignore')  # ${tx('diverge')}
    out = sys.stdout
    out.write('optimizer,step,x1,x2,f\\n')
    for name, opt in OPTIMIZERS:
        x = np.array(X0, dtype=np.float64)
        out.write(f'{name},0,{js_number(x[0])},{js_number(x[1])},{js_number(f(x))}\\n')
        for k in range(1, STEPS + 1):
            opt.update(x, grad(x))
            out.write(f'{name},{k},{js_number(x[0])},{js_number(x[1])},{js_number(f(x))}\\n')


if __name__ == '__main__':
    main()
`;
}
