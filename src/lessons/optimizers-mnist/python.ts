// "Reproduce in Python" for the optimizer race: a numpy script that trains the page's racers (same seed, same initial
// weights, same batches, the learning rates set now) on the site's MNIST subset and prints optimizers-mnist/curves or
// optimizers-mnist/accuracy as CSV.
import { PY_SETTINGS } from '../../components/python/scriptText';
import type { Lang } from '../../state/i18n';
import { resolveHyper } from '../../engine/train/hyper';
import { mlpPy } from '../../components/python/mlp';
import { mlpOptimizerCall, mlpOptimizersPy } from '../../components/python/mlpOptimizers';
import { mnistScript } from '../../components/python/script';
import type { OptimizersMnistValues } from './params';
import { BATCH, N_TEST, racerHyper, racersOf, type LearningRates, type Racer } from './race';
import { learningRates } from './rates';
import { KAISER_LEN } from './smoothing';
import { MEAN_WINDOW, type CurveMode } from './useSmoothedRings';

export type RaceFigure = 'curves' | 'accuracy';

const TEXT = {
  title: { zh: '优化器比赛（《深度学习入门》ch06/optimizer_compare_mnist.py）：{racers}', en: 'The optimizer race (“Deep Learning from Scratch” ch06/optimizer_compare_mnist.py): {racers}' },
  printsCurves: {
    zh: '输出图中的数据表（CSV）：optimizer, step, loss, smoothed——每个优化器每次迭代的小批量损失及其平滑值。',
    en: 'Prints the figure’s data table as CSV: optimizer, step, loss, smoothed: each optimizer’s mini-batch loss at every iteration, and its smoothed value.',
  },
  printsAccuracy: {
    zh: '输出图中的数据表（CSV）：optimizer, step, test_acc——每个周期结束时的测试准确率。',
    en: 'Prints the figure’s data table as CSV: optimizer, step, test_acc: the test accuracy at the end of every epoch.',
  },
  same: {
    zh: '运算顺序与网页的 CPU 引擎相同，所以数字也相同。网页上训练中途改过的学习率，这里从第一次迭代起就用现在的值。',
    en: 'The operations run in the page’s CPU engine order, so the numbers are the same. A learning rate changed on the page mid-run applies here from the first iteration.',
  },
  settings: PY_SETTINGS,
  train: {
    zh: '一个选手的训练：每个周期按洗牌顺序取 {batch} 个一批（最后一批可能较小），每批更新一次；记下每次迭代的损失和每个周期末的测试准确率。',
    en: 'Trains one racer: each epoch takes batches of {batch} in shuffled order (the last may be smaller), one update each; it records every iteration’s loss and the test accuracy at each epoch end.',
  },
  diverged: { zh: '不是有限数：网页在这一次迭代之后停止这个选手。', en: 'Not finite: the page stops this racer after this iteration.' },
  evaluate: { zh: '只有准确率图需要每个周期末的测试。', en: 'Only the accuracy figure needs the test at each epoch end.' },
  i0: { zh: '第一类修正贝塞尔函数 I0（幂级数）。', en: 'The modified Bessel function I0, by its power series.' },
  book: {
    zh: '书中的 smooth_curve：11 点 Kaiser 窗（β = 2）的加权平均，两端反射延伸；少于 11 个值时不变。',
    en: 'The book’s smooth_curve: a weighted mean over an 11-point Kaiser window (β = 2), the ends extended by reflection; fewer than 11 values stay as they are.',
  },
  mean: { zh: '每个点取截至它的最近 {window} 个值的平均。', en: 'Each point is the mean of the last {window} values up to it.' },
} as const;

/** The racers of the page's settings and their learning rates. */
function racersAndRates(values: OptimizersMnistValues): { racers: Racer[]; lrs: LearningRates } {
  return {
    racers: racersOf(values.extra),
    lrs: learningRates(values),
  };
}

/** The figure `figure` of the optimizer race as a self-contained numpy script, comments in `lang`. */
export function optimizersMnistScript(values: OptimizersMnistValues, figure: RaceFigure, lang: Lang, dataUrl: string, file = `optimizers-mnist-${figure}.py`): string {
  const { racers, lrs } = racersAndRates(values);
  const tx = (k: keyof typeof TEXT) =>
    TEXT[k][lang].replace('{racers}', racers.join(', ')).replace('{batch}', String(BATCH)).replace('{window}', String(MEAN_WINDOW));
  const calls = racers.map((r) => {
    const h = resolveHyper(racerHyper(r, lrs[r]), []);
    return `    ('${r}', lambda: ${mlpOptimizerCall(r, h)}),`;
  });
  const curve = values.curve as CurveMode;
  const table =
    figure === 'curves'
      ? `    out.write('optimizer,step,loss,smoothed\\n')
    for name, (losses, _) in results:
        for step, (loss, s) in enumerate(zip(losses, smoothed(losses, CURVE)), start=1):
            out.write(f'{name},{step},{js_number(loss)},{js_number(s)}\\n')`
      : `    out.write('optimizer,step,test_acc\\n')
    for name, (_, accuracies) in results:
        for step, acc in accuracies:
            out.write(f'{name},{step},{js_number(acc)}\\n')`;
  return mnistScript({
    title: tx('title'),
    file,
    notes: [tx(figure === 'curves' ? 'printsCurves' : 'printsAccuracy'), tx('same')],
    settings: [
      `EPOCHS = ${values.epochs}
N_TRAIN = ${values.n}
N_TEST = ${N_TEST}
BATCH = ${BATCH}
SIZES = [784, 100, 100, 100, 100, 10]
SEED = ${values.seed}
CURVE = '${curve}'
EVALUATE = ${figure === 'accuracy' ? 'True' : 'False'}  # ${tx('evaluate')}`,
    ],
    dataUrl,
    net: [mlpPy(lang), mlpOptimizersPy(racers, lang), `# ${tx('settings')}
RACERS = [
${calls.join('\n')}
]`],
    body: [
      `def bessel_i0(x):
    """${tx('i0')}"""
    term, total, k = 1.0, 1.0, 1
    while k < 50 and term > 1e-17 * total:
        term *= (x / (2 * k)) ** 2
        total += term
        k += 1
    return total


def book_smooth(x):
    """${tx('book')}"""
    n, m = len(x), ${KAISER_LEN}
    if n < m:
        return list(x)
    w = []
    for k in range(m):
        r = 2 * k / (m - 1) - 1
        w.append(bessel_i0(2 * math.sqrt(max(0.0, 1 - r * r))) / bessel_i0(2))
    total = 0.0
    for v in w:
        total += v
    w = [v / total for v in w]
    half = (m - 1) // 2
    out = []
    for i in range(n):
        s = 0.0
        for k in range(m):
            t = i + k - half
            s += w[k] * x[-t if t < 0 else 2 * n - 1 - t if t >= n else t]
        out.append(s)
    return out


def trailing_mean(x, window=${MEAN_WINDOW}):
    """${tx('mean')}"""
    out, total = [], 0.0
    for i, v in enumerate(x):
        total += v
        if i >= window:
            total -= x[i - window]
        out.append(total / min(i + 1, window))
    return out


def smoothed(losses, curve):
    return book_smooth(losses) if curve == 'book' else trailing_mean(losses) if curve == 'avg' else list(losses)


def train(optimizer, x_train, y_train, x_test, y_test, evaluate):
    """${tx('train')}"""
    net = MultiLayerNet(SIZES, SEED)
    losses, accuracies = [], []
    for epoch in range(EPOCHS):
        order = permutation(N_TRAIN, SEED, epoch)
        for start in range(0, N_TRAIN, BATCH):
            batch = order[start:start + BATCH]
            loss = net.gradient(x_train[batch], y_train[batch])
            losses.append(loss)
            if not math.isfinite(loss):
                return losses, accuracies  # ${tx('diverged')}
            optimizer.update(net.affines)
            if not net.finite():
                return losses, accuracies  # ${tx('diverged')}
        if evaluate:
            accuracies.append((len(losses), net.accuracy(x_test, y_test)))
    return losses, accuracies


def main():
    (x_train, y_train), (x_test, y_test) = load_mnist_from_args(N_TRAIN, N_TEST)
    results = [(name, train(make(), x_train, y_train, x_test, y_test, EVALUATE)) for name, make in RACERS]
    out = sys.stdout
${table}`,
    ],
    lang,
  });
}
