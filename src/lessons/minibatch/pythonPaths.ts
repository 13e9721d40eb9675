// "Reproduce in Python" for the minibatch lesson's regression part: a script (plain Python, the numbers in double as the
// page computes them) that draws the page's seeded set, runs gradient descent at batch 1, b and n, and prints
// minibatch/paths or minibatch/distance as CSV.
import { PY_SETTINGS } from '../../components/python/scriptText';
import type { Lang } from '../../state/i18n';
import { JS_NUMBER_PY, pyNumber } from '../../components/python/literal';
import { RNG_PY } from '../../components/python/rng';
import { comparedSizes, N_POINTS, TRUE_W, W0 } from './model';
import type { MinibatchValues } from './params';

export type PathsFigure = 'paths' | 'distance';

const TEXT = {
  title: {
    zh: '批量大小：线性回归 y = w₁x + w₂ 上的随机、小批量和批量梯度下降',
    en: 'Batch size: stochastic, mini-batch and batch gradient descent on the linear regression y = w₁x + w₂',
  },
  run: { zh: '运行：python3 {file}（只用标准库）。', en: 'Run: python3 {file} (standard library only).' },
  printsPaths: {
    zh: '输出图中的数据表（CSV）：batch_size, step, w1, w2——每条路径每次更新后的参数；与网页的计算相同（双精度，同样的顺序）。',
    en: 'Prints the figure’s data table as CSV: batch_size, step, w1, w2: each path’s parameters after every update, computed as the page does (double precision, the same order).',
  },
  printsDistance: {
    zh: '输出图中的数据表（CSV）：batch_size, step, epoch, distance——每次更新后到最小二乘解 w* 的距离；与网页的计算相同。',
    en: 'Prints the figure’s data table as CSV: batch_size, step, epoch, distance: the distance to the least-squares solution w* after every update, computed as the page does.',
  },
  settings: PY_SETTINGS,
  data: {
    zh: '{n} 个点：x ~ U(−1, 2)，y = 1.5x + 1 + noise·N(0, 1)，取自种子的 data 随机流。',
    en: '{n} points: x ~ U(−1, 2), y = 1.5x + 1 + noise·N(0, 1), from the seed’s data stream.',
  },
  lsq: { zh: '最小二乘解 w*（2 × 2 的正规方程）。', en: 'The least-squares solution w* (the 2 × 2 normal equations).' },
  path: {
    zh: '小批量梯度下降：每个周期按洗牌顺序，⌈n/B⌉ 次更新，w ← w − η·(1/|B|) Σ (w₁x + w₂ − y)(x, 1)。返回每次更新后的 w（第 0 个是起点）。',
    en: 'Mini-batch gradient descent: each epoch in shuffled order, ⌈n/B⌉ updates, w ← w − η·(1/|B|) Σ (w₁x + w₂ − y)(x, 1). Returns w after every update (the start first).',
  },
  permutation: { zh: '第 epoch 个周期的顺序：Fisher–Yates 洗牌，j = (random_u32 · (i + 1)) >> 32。', en: 'The order of epoch `epoch`: a Fisher–Yates shuffle, j = (random_u32 · (i + 1)) >> 32.' },
} as const;

/** The figure minibatch/paths or minibatch/distance as a self-contained Python script, comments in `lang`. */
export function minibatchPathsScript(values: MinibatchValues, figure: PathsFigure, lang: Lang, file = `minibatch-${figure}.py`): string {
  const tx = (k: keyof typeof TEXT) => TEXT[k][lang].replaceAll('{file}', file).replace('{n}', String(N_POINTS));
  const table =
    figure === 'paths'
      ? `    print('batch_size,step,w1,w2')
    for b in BATCH_SIZES:
        for k, (w1, w2) in enumerate(minibatch_path(x, y, b)):
            print(f'{b},{k},{js_number(w1)},{js_number(w2)}')`
      : `    print('batch_size,step,epoch,distance')
    opt = least_squares(x, y)
    for b in BATCH_SIZES:
        per_epoch = math.ceil(N / b)
        for k, (w1, w2) in enumerate(minibatch_path(x, y, b)):
            print(f'{b},{k},{js_number(k / per_epoch)},{js_number(math.hypot(w1 - opt[0], w2 - opt[1]))}')`;
  return `# ${tx('title')}
# ${tx('run')}
# ${tx(figure === 'paths' ? 'printsPaths' : 'printsDistance')}
import math

# ${tx('settings')}
BATCH_SIZES = [${comparedSizes(values.b).join(', ')}]
LR = ${pyNumber(values.lr)}
EPOCHS = ${values.epochs}
NOISE = ${pyNumber(values.noise)}
SEED = ${values.seed}
N = ${N_POINTS}
W0 = (${W0.map(pyNumber).join(', ')})
TRUE_W = (${TRUE_W.map(pyNumber).join(', ')})


${RNG_PY}


${JS_NUMBER_PY}


def regression_data():
    """${tx('data')}"""
    x = [-1 + 3 * uniform(SEED, stream_word(STREAM['data'], 0), i) for i in range(N)]
    y = [TRUE_W[0] * x[i] + TRUE_W[1] + NOISE * gaussian(SEED, stream_word(STREAM['data'], 1), i) for i in range(N)]
    return x, y


def least_squares(x, y):
    """${tx('lsq')}"""
    sx = sxx = sy = sxy = 0.0
    for xi, yi in zip(x, y):
        sx += xi
        sxx += xi * xi
        sy += yi
        sxy += xi * yi
    det = N * sxx - sx * sx
    return (N * sxy - sx * sy) / det, (sxx * sy - sx * sxy) / det


def permutation(n, epoch):
    """${tx('permutation')}"""
    perm = list(range(n))
    for i in range(n - 1, 0, -1):
        j = (random_u32(SEED, stream_word(STREAM['shuffle'], epoch), i) * (i + 1)) >> 32
        perm[i], perm[j] = perm[j], perm[i]
    return perm


def minibatch_path(x, y, batch_size):
    """${tx('path')}"""
    b = max(1, min(N, batch_size))
    w1, w2 = W0
    out = [(w1, w2)]
    for epoch in range(EPOCHS):
        order = permutation(N, epoch)
        for start in range(0, N, b):
            end = min(N, start + b)
            g1 = g2 = 0.0
            for i in order[start:end]:
                r = w1 * x[i] + w2 - y[i]
                g1 += r * x[i]
                g2 += r
            w1 -= (LR * g1) / (end - start)
            w2 -= (LR * g2) / (end - start)
            out.append((w1, w2))
    return out


def main():
    x, y = regression_data()
${table}


if __name__ == '__main__':
    main()
`;
}
