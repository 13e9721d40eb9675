// "Reproduce in Python" for the hyperparameter-search lesson's three training figures (trials, grid, best): a numpy
// script that draws the trials with the page's RNG (lr = 10^U, weight decay = 10^U, or the same-budget grid), trains each
// one's net from its own seed on the page's split, and prints the figure's table as CSV.
import type { Lang } from '../../state/i18n';
import { pyNumber } from '../../components/python/literal';
import { netScript } from '../../components/python/netScript';
import { BEST_COLUMNS, BOOK, orderedRange, TRIAL_COLUMNS } from './model';
import type { SearchValues } from './params';

/** The lesson's figures whose data come from training, and each one's columns. */
export const SEARCH_FIGURE_COLUMNS = {
  trials: TRIAL_COLUMNS,
  grid: TRIAL_COLUMNS,
  best: BEST_COLUMNS,
} as const;
export type SearchFigure = keyof typeof SEARCH_FIGURE_COLUMNS;

const TEXT = {
  trials: {
    zh: '超参数的随机搜索：{count} 次试验，lr = 10^U({lrLo}, {lrHi})，权值衰减 = 10^U({wdLo}, {wdHi})，各训练 {epochs} 个周期后的验证准确率',
    en: 'Random search of hyperparameters: {count} trials, lr = 10^U({lrLo}, {lrHi}), weight decay = 10^U({wdLo}, {wdHi}), validation accuracy after {epochs} epochs each',
  },
  grid: {
    zh: '同样预算的网格搜索：g × g 个试验（g² ≤ {count}），各训练 {epochs} 个周期后的验证准确率',
    en: 'The grid search of the same budget: g × g trials (g² ≤ {count}), validation accuracy after {epochs} epochs each',
  },
  best: {
    zh: '随机搜索中验证准确率最高的 {best} 次试验：每个周期的训练与验证准确率',
    en: 'The {best} trials of the random search with the best validation accuracy: training and validation accuracy per epoch',
  },
  draws: {
    zh: '随机搜索的抽样：第 i 次试验的指数 = lo + (hi − lo)·u，u 取自随机数流 search（子流 0）的第 2i 与 2i + 1 个均匀数；lr = 10^指数。',
    en: 'The random search’s draws: trial i’s exponents are lo + (hi − lo)·u with u the uniforms 2i and 2i + 1 of random stream `search` (sub-stream 0); lr = 10^exponent.',
  },
  pow10: {
    zh: '10^x，保留 6 位有效数字，与网页相同（各家的 pow 在最后一位上可能不同，取 6 位后就一样了）。',
    en: '10^x to 6 significant digits, as the page rounds it (pow implementations may differ in the last bit; at 6 digits they agree).',
  },
  grid_doc: {
    zh: '网格：g = ⌊√试验次数⌋，每个轴上 g 个等距的指数（两端都包括；g = 1 时取中点），lr 在外层循环。',
    en: 'The grid: g = ⌊√trials⌋ evenly spaced exponents per axis (both ends included; the middle one when g = 1), lr in the outer loop.',
  },
  seed: {
    zh: '第 i 次试验自己的种子：随机数流 search 子流 1 的第 i 个 32 位字。它决定这个网络的初始权重和批次顺序（和书中一样，每次试验都是新网络）。',
    en: 'Trial i’s own seed: u32 word i of random stream `search`, sub-stream 1. It picks this net’s initial weights and batch order (a new net per trial, as in the book).',
  },
  split: {
    zh: '训练/验证划分：用随机数流 split（以 SEED 为键）洗牌，前 ⌊0.2·N⌋ 个作验证集，其余训练；所有试验共用这一个划分。',
    en: 'The train/validation split: shuffled with random stream `split` (keyed by SEED), the first ⌊0.2·N⌋ digits validate, the rest train; every trial shares this one split.',
  },
  train: {
    zh: '训练一次试验：每个周期按洗牌顺序取小批量，SGD 更新（L2 权值衰减 ½λ‖W‖²）；每个周期末测量训练与验证准确率。损失或参数不是有限数时网页停止这次试验，只保留之前的周期。',
    en: 'Trains one trial: each epoch takes mini-batches in shuffled order, an SGD update each (L2 weight decay ½λ‖W‖²); each epoch end measures the training and validation accuracy. The page stops a trial whose loss or parameters are not finite, keeping the epochs before.',
  },
  rank: {
    zh: '按最后一个周期的验证准确率从高到低排序（相同时试验编号小的在前），取前 BEST 个。',
    en: 'Ranked by the last epoch’s validation accuracy, best first (ties: the lower trial number), the first BEST.',
  },
} as const;

/**
 * hyperparameter-search/<figure> as a self-contained numpy script for the page's values, comments in `lang`. `dataUrl`
 * is where it downloads MNIST; `n` is the training digits before the hold-out (the page's BOOK.n; tests pass fewer).
 */
export function searchScript(figure: SearchFigure, values: SearchValues, lang: Lang, dataUrl: string, n: number = BOOK.n, file = `hyperparameter-search-${figure}.py`): string {
  const lr = orderedRange(values['lr.lo'], values['lr.hi']);
  const wd = orderedRange(values['wd.lo'], values['wd.hi']);
  const tx = (k: keyof typeof TEXT) =>
    TEXT[k][lang]
      .replace('{count}', String(values.trials))
      .replace('{epochs}', String(values.epochs))
      .replace('{best}', String(values.best))
      .replace('{lrLo}', String(lr[0]))
      .replace('{lrHi}', String(lr[1]))
      .replace('{wdLo}', String(wd[0]))
      .replace('{wdHi}', String(wd[1]));
  const columns = SEARCH_FIGURE_COLUMNS[figure];
  const table =
    figure === 'best'
      ? `    histories = [train(lr, weight_decay, trial_seed(SEED, i), data) for i, (lr, weight_decay) in enumerate(trials)]
    # ${tx('rank')}
    last = sorted((-h[-1][1], i) for i, h in enumerate(histories) if h)
    for rank, (_, i) in enumerate(last[:BEST]):
        for epoch, (train_acc, val_acc) in enumerate(histories[i]):
            print(f'{rank + 1},{i + 1},{epoch + 1},{js_number(train_acc)},{js_number(val_acc)}')`
      : `    for i, (lr, weight_decay) in enumerate(trials):
        history = train(lr, weight_decay, trial_seed(SEED, i), data)
        if history:
            print(f'{i + 1},{js_number(lr)},{js_number(weight_decay)},{js_number(history[-1][1])}', flush=True)`;
  return netScript({
    title: tx(figure),
    file,
    columns,
    lang,
    dataUrl,
    settings: [
      `TRIALS = ${values.trials}`,
      `LR_RANGE = (${pyNumber(lr[0])}, ${pyNumber(lr[1])})`,
      `WD_RANGE = (${pyNumber(wd[0])}, ${pyNumber(wd[1])})`,
      `EPOCHS = ${values.epochs}`,
      `BATCH = ${values.batch}`,
      ...(figure === 'best' ? [`BEST = ${values.best}`] : []),
      `N = ${n}`,
      `VALIDATION = ${pyNumber(BOOK.validation)}`,
      `SIZES = [784, ${Array.from({ length: BOOK.hidden }, () => BOOK.units).join(', ')}, 10]`,
      `SEED = ${values.seed}`,
    ],
    body: `def random_trials(count, lr, wd, seed):
    """${tx('draws')}"""
    word = stream_word(STREAM['search'], 0)
    trials = []
    for i in range(count):
        lr_exp = lr[0] + (lr[1] - lr[0]) * uniform(seed, word, 2 * i)
        wd_exp = wd[0] + (wd[1] - wd[0]) * uniform(seed, word, 2 * i + 1)
        trials.append((pow10(lr_exp), pow10(wd_exp)))
    return trials


def pow10(x):
    """${tx('pow10')}"""
    return float(f'{math.pow(10, x):.6g}')


def linspace(r, g):
    if g == 1:
        return [(r[0] + r[1]) / 2]
    return [r[0] + ((r[1] - r[0]) * i) / (g - 1) for i in range(g)]


def grid_trials(count, lr, wd):
    """${tx('grid_doc')}"""
    g = math.isqrt(count)
    return [(pow10(a), pow10(b)) for a in linspace(lr, g) for b in linspace(wd, g)]


def trial_seed(seed, i):
    """${tx('seed')}"""
    return random_u32(seed, stream_word(STREAM['search'], 1), i)


def split(x, y):
    """${tx('split')}"""
    perm = shuffle(len(y), SEED, STREAM['split'])
    n_val = math.floor(VALIDATION * len(y))
    return (x[perm[n_val:]], y[perm[n_val:]]), (x[perm[:n_val]], y[perm[:n_val]])


def train(lr, weight_decay, seed, data):
    """${tx('train')}"""
    (x_train, y_train), (x_val, y_val) = data
    n = len(y_train)
    net = Net(SIZES, seed, ('he', None))
    history = []
    for epoch in range(EPOCHS):
        order = permutation(n, seed, epoch)
        for start in range(0, n, BATCH):
            batch = order[start:start + BATCH]
            loss = net.gradient(x_train[batch], y_train[batch], 0) + net.penalty(weight_decay)
            if not math.isfinite(loss):
                return history
            net.update(lr, weight_decay)
            if not net.finite():
                return history
        _, train_acc = net.evaluate(x_train, y_train)
        _, val_acc = net.evaluate(x_val, y_val)
        history.append((train_acc, val_acc))
    return history


def main():
    (x, y), _ = load_mnist_from_args(N, 0)
    data = split(x, y)
    trials = ${figure === 'grid' ? 'grid_trials(TRIALS, LR_RANGE, WD_RANGE)' : 'random_trials(TRIALS, LR_RANGE, WD_RANGE, SEED)'}
    print('${columns.join(',')}', flush=True)
${table}`,
  });
}
