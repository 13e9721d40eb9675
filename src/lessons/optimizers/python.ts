// "Reproduce in Python" for the optimizers lesson: a numpy script that computes the shown optimizers' paths with the
// figure's settings, in the order of operations of src/engine/optimizers, and prints the figure's table as CSV.
import { PY_SETTINGS } from '../../components/python/scriptText';
import type { Lang } from '../../state/i18n';
import type { ObjectiveName } from '../../engine/objectives';
import type { OptimizerName } from '../../engine/optimizers';
import { hyperOf } from './model';
import type { OptimizersValues } from './params';
import { JS_NUMBER_PY, pyNumber } from '../../components/python/literal';
import { optimizerCall, optimizerClasses } from '../../components/python/optimizers';

/** The objective's f and gradient in Python, written as src/engine/objectives computes them (same operations, same order). */
const OBJECTIVE_PY: Record<ObjectiveName, { formula: string; f: string; grad: string }> = {
  quadratic: { formula: 'f(x1, x2) = 0.1 x1² + 2 x2²', f: '0.1 * x[0] * x[0] + 2 * x[1] * x[1]', grad: 'np.array([0.2 * x[0], 4 * x[1]])' },
  book: { formula: 'f(x, y) = x²/20 + y²', f: '(x[0] * x[0]) / 20 + x[1] * x[1]', grad: 'np.array([x[0] / 10, 2 * x[1]])' },
};

const TEXT = {
  title: { zh: '优化器路径', en: 'Optimizer paths' },
  run: { zh: '运行：python3 {file}（需要 numpy）。输出图中的数据表（CSV）：optimizer, step, x1, x2, f。', en: 'Run: python3 {file} (needs numpy). Prints the figure’s data table as CSV: optimizer, step, x1, x2, f.' },
  same: {
    zh: '运算与网页引擎相同、顺序相同（float64），所以输出与网页的数据表一致。',
    en: 'The operations are the page engine’s, in the same order (float64), so the output matches the page’s data table.',
  },
  state: { zh: '每个优化器保存自己的状态（v、s、Δx、t），update 就地修改 x。', en: 'Each optimizer keeps its own state (v, s, Δx, t); update changes x in place.' },
  settings: PY_SETTINGS,
  diverge: { zh: '发散的路径会溢出为 inf/nan：和网页一样照常输出，不报警告。', en: 'A diverging path overflows to inf/nan: printed as on the page, without warnings.' },
} as const;

/** The lesson's figure optimizers/trajectories as a self-contained numpy script, its comments in `lang`. */
export function optimizersScript(values: OptimizersValues, lang: Lang, file = 'optimizers-trajectories.py'): string {
  const tx = (k: keyof typeof TEXT) => TEXT[k][lang].replace('{file}', file);
  const objective = OBJECTIVE_PY[values.fn as ObjectiveName] ?? OBJECTIVE_PY.quadratic;
  const shown = values.opt as readonly OptimizerName[];
  const runs = shown.map((name) => `    ('${name}', ${optimizerCall(name, hyperOf(name, values))}),`);
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
${optimizerClasses(shown)}


# ${tx('settings')}
STEPS = ${values.steps}
X0 = (${pyNumber(values.x0[0])}, ${pyNumber(values.x0[1])})
OPTIMIZERS = [
${runs.join('\n')}
]


${JS_NUMBER_PY}


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
