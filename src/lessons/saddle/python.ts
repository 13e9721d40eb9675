// "Reproduce in Python" for the saddle lesson's paths: a numpy script with the page's surface, optimizers, start, steps
// and seeded gradient noise (the engine's RNG, ported), that prints the figure saddle/paths as CSV.
import { PY_SETTINGS } from '../../components/python/scriptText';
import type { Lang } from '../../state/i18n';
import type { OptimizerName } from '../../engine/optimizers';
import type { SaddleSurfaceName } from '../../engine/surfaces/saddles';
import { JS_NUMBER_PY, pyNumber } from '../../components/python/literal';
import { optimizerCall, optimizerClasses } from '../../components/python/optimizers';
import { RNG_PY } from '../../components/python/rng';
import { BOUND, hyperOf } from './model';
import { RATE_PARAM, type SaddleValues } from './params';

/** Each surface's f and gradient, written as src/engine/surfaces/saddles.ts computes them. */
const SURFACE_PY: Record<SaddleSurfaceName, { formula: string; f: string; grad: string }> = {
  saddle: { formula: 'f = x1² − x2²', f: 'x[0] * x[0] - x[1] * x[1]', grad: 'np.array([2 * x[0], -2 * x[1]])' },
  monkey: {
    formula: 'f = x1³ − 3 x1 x2²',
    f: 'x[0] * x[0] * x[0] - 3 * x[0] * x[1] * x[1]',
    grad: 'np.array([3 * x[0] * x[0] - 3 * x[1] * x[1], -6 * x[0] * x[1]])',
  },
  plateau: {
    formula: 'f = x1² − 1 − tanh(3 (x2 − 1))',
    f: 'x[0] * x[0] - 1 - math.tanh(3 * (x[1] - 1))',
    grad: 'np.array([2 * x[0], -3 / (math.cosh(3 * (x[1] - 1)) * math.cosh(3 * (x[1] - 1)))])',
  },
};

const TEXT = {
  title: { zh: '鞍点附近的优化器路径', en: 'Optimizer paths near a saddle' },
  run: { zh: '运行：python3 {file}（需要 numpy）。输出图中的数据表（CSV）：optimizer, step, x1, x2, f。', en: 'Run: python3 {file} (needs numpy). Prints the figure’s data table as CSV: optimizer, step, x1, x2, f.' },
  same: {
    zh: '梯度噪声来自网页的随机数生成器（下面的 Philox），所以同一种子给出同样的噪声、同样的路径。',
    en: 'The gradient noise comes from the page’s random number generator (Philox, below), so the same seed gives the same noise and the same paths.',
  },
  noise: { zh: '第 k 步的梯度：∇f(x) + σ·ξ，ξ 是标准正态抽样（每个优化器用同一组抽样）。', en: 'The gradient of step k: ∇f(x) + σ·ξ, ξ standard normal draws (the same draws for every optimizer).' },
  bound: { zh: '路径离开 ±{b} 的方框就停止（f 在那里没有下界）。', en: 'A path stops once it leaves the ±{b} box (f is unbounded below there).' },
  settings: PY_SETTINGS,
} as const;

/** The figure saddle/paths as a self-contained numpy script, its comments in `lang`. */
export function saddleScript(values: SaddleValues, lang: Lang, file = 'saddle-paths.py'): string {
  const tx = (k: keyof typeof TEXT) => TEXT[k][lang].replace('{file}', file).replace('{b}', String(BOUND));
  const surface = SURFACE_PY[values.fn as SaddleSurfaceName] ?? SURFACE_PY.saddle;
  const shown = values.opt as readonly OptimizerName[];
  const runs = shown.map((name) => `    ('${name}', ${optimizerCall(name, hyperOf(name, values[RATE_PARAM[name]]))}),`);
  return `# ${tx('title')}: ${surface.formula}
# ${tx('run')}
# ${tx('same')}
import math
import sys

import numpy as np

${RNG_PY}


def f(x):
    return ${surface.f}


def grad(x):
    return ${surface.grad}


${optimizerClasses(shown)}


# ${tx('settings')}
STEPS = ${values.steps}
X0 = (${pyNumber(values.x0[0])}, ${pyNumber(values.x0[1])})
SIGMA = ${pyNumber(values.sigma)}
SEED = ${values.seed}
BOUND = ${BOUND}
OPTIMIZERS = [
${runs.join('\n')}
]


${JS_NUMBER_PY}


def noisy_grad(x, k):
    """${tx('noise')}"""
    g = grad(x)
    if SIGMA > 0:
        noise = stream_word(STREAM['gradNoise'], 0)
        g[0] += SIGMA * gaussian(SEED, noise, 2 * (k - 1))
        g[1] += SIGMA * gaussian(SEED, noise, 2 * (k - 1) + 1)
    return g


def main():
    np.seterr(all='ignore')
    out = sys.stdout
    out.write('optimizer,step,x1,x2,f\\n')
    for name, opt in OPTIMIZERS:
        x = np.array(X0, dtype=np.float64)
        out.write(f'{name},0,{js_number(x[0])},{js_number(x[1])},{js_number(f(x))}\\n')
        for k in range(1, STEPS + 1):
            opt.update(x, noisy_grad(x, k))
            out.write(f'{name},{k},{js_number(x[0])},{js_number(x[1])},{js_number(f(x))}\\n')
            # ${tx('bound')}
            if not (abs(x[0]) <= BOUND and abs(x[1]) <= BOUND):
                break


if __name__ == '__main__':
    main()
`;
}
