// "Reproduce in Python" for the data-parallel lesson: data-parallel/equivalence (K simulated workers and a ring all-reduce
// against one batch, one SGD update on the site's digits), data-parallel/scaling (K = 1 … kmax trained as batch K·B at lr K·η,
// with and without warm-up) as numpy scripts in the CPU engine's order, and data-parallel/model (a formula, plain Python).
import type { Lang } from '../../state/i18n';
import { lrSchedulePy } from '../../components/python/lrSchedule';
import { pyNumber } from '../../components/python/literal';
import { netScript } from '../../components/python/netScript';
import { N_TEST } from '../optimizers-mnist/race';
import { EQ_LR, eqWorkerCounts, MODEL_K } from './model';
import type { DataParallelValues } from './params';

/** The lesson's figures with a reproducible table (throughput is a timing: not exported), and each one's columns. */
export const DP_FIGURE_COLUMNS = {
  equivalence: ['K', 'shard_rows', 'max_abs_diff', 'plain_mean_diff'],
  scaling: ['K', 'batch', 'warmup', 'lr', 'epoch', 'test_acc', 'diverged'],
  model: ['K', 'speedup', 'step_ms', 'allreduce_ms'],
} as const;
export type DataParallelFigure = keyof typeof DP_FIGURE_COLUMNS;

const SIZES = 'SIZES = [784, 100, 100, 100, 100, 10]';

const TEXT = {
  equivalence: {
    zh: '数据并行的等价性：K 个模拟工作者各算一份梯度、环形全归约后做一次 SGD 更新，与一次算整个批量的更新相比',
    en: 'Data parallelism’s equivalence: K simulated workers each computing a shard’s gradient, a ring all-reduce, one SGD update, against one update on the whole batch',
  },
  scaling: {
    zh: '线性缩放规则：K 个工作者 = 批量 K·B、学习率 K·η，不预热与预热，训练 {epochs} 个周期后的测试准确率',
    en: 'The linear scaling rule: K workers = batch K·B at learning rate K·η, without and with warm-up, test accuracy after {epochs} epochs',
  },
  shards: {
    zh: 'K 份的行数：每份 ⌊n/K⌋ 行，前 n mod K 份各多一行；连续的行。',
    en: 'Rows of the K shards: ⌊n/K⌋ each, the first n mod K one more; consecutive rows.',
  },
  ring: {
    zh: '环形全归约（求和，原地）：向量切成 K 块，工作者 i 发给 i + 1。先 K − 1 步 reduce-scatter（接收者把收到的块加到自己的副本上，float32），再 K − 1 步 all-gather（覆盖）。之后每个副本都是总和。',
    en: 'Ring all-reduce (a sum, in place): the vector cut into K chunks, worker i sends to i + 1. K − 1 reduce-scatter steps (the receiver adds the chunk to its copy, in float32), then K − 1 all-gather steps (overwrite). Afterwards every copy holds the sum.',
  },
  step: {
    zh: 'K 个工作者的一次更新：工作者 k 对自己那份做前向与反向，平均梯度乘以 n_k/n（by-rows）或 1/K（plain），全归约求和，θ ← θ − η·ḡ。',
    en: 'One update by K workers: worker k runs the forward and backward pass on its shard, scales its mean gradient by n_k/n (by-rows) or 1/K (plain), the all-reduce sums them, θ ← θ − η·ḡ.',
  },
  train: {
    zh: '训练一个成员：每个周期按洗牌顺序取 K·B 个一批，每次更新前按调度设定学习率（进度 = 周期 + 本周期已见样本 / N）；每个周期末测量测试准确率。损失或参数不是有限数时网页停止这次训练（diverged = 1）。',
    en: 'Trains one member: each epoch takes batches of K·B in shuffled order; before each update the schedule sets the rate (progress = epoch + rows seen this epoch / N); each epoch end measures the test accuracy. The page stops a run whose loss or parameters are not finite (diverged = 1).',
  },
  members: {
    zh: '种群的成员：K = 1, 2, 4, … ≤ KMAX，每个 K 先不预热（余弦从 K·η 降到 0），再预热（前 W 个周期从 0 线性升到 K·η，再余弦降到 0）。',
    en: 'The population’s members: K = 1, 2, 4, … ≤ KMAX, each K first without warm-up (a cosine from K·η down to 0), then with it (a linear rise from 0 to K·η over the first W epochs, then the cosine down to 0).',
  },
  modelTitle: { zh: '环形全归约的时间模型：加速比、每步时间与全归约时间（公式，不是测量）', en: 'The ring all-reduce time model: speed-up, step time and all-reduce time (a formula, not a measurement)' },
  modelRun: { zh: '运行：python3 {file}（只用标准库）。', en: 'Run: python3 {file} (standard library only).' },
  modelPrints: { zh: '输出图中的数据表（CSV）：{columns}。', en: 'Prints the figure’s data table as CSV: {columns}.' },
  modelDoc: {
    zh: '全归约 2(K − 1)·α + 2(K − 1)/K · 字节 / 带宽（K = 1 时为 0）；一步 = 计算 / K + 全归约；加速比 = 一步(1) / 一步(K)。',
    en: 'All-reduce 2(K − 1)·α + 2(K − 1)/K · bytes / bandwidth (0 for K = 1); a step = compute / K + all-reduce; speed-up = step(1) / step(K).',
  },
} as const;

type Tx = (k: keyof typeof TEXT) => string;

/** The model figure as a plain Python script (no numpy, no data): the formula of model.ts in the same order. */
function modelScript(v: DataParallelValues, tx: Tx): string {
  return `# ${tx('modelTitle')}
# ${tx('modelRun')}
# ${tx('modelPrints')}
BANDWIDTH = ${pyNumber(v.bw)} * 1e9  # GB/s → B/s
LATENCY = ${pyNumber(v.lat)} / 1e6  # µs → s
BYTES = ${pyNumber(v.mb)} * 1e6  # MB → B
COMPUTE = ${pyNumber(v.ms)} / 1e3  # ms → s
KS = [${MODEL_K.join(', ')}]


def all_reduce_time(K):
    """${tx('modelDoc')}"""
    if K <= 1:
        return 0
    return 2 * (K - 1) * LATENCY + ((2 * (K - 1)) / K) * (BYTES / BANDWIDTH)


def step_time(K):
    return COMPUTE / K + all_reduce_time(K)


print('${DP_FIGURE_COLUMNS.model.join(',')}')
for K in KS:
    print(f'{K},{step_time(1) / step_time(K)!r},{step_time(K) * 1e3!r},{all_reduce_time(K) * 1e3!r}')
`;
}

/**
 * data-parallel/<figure> as a self-contained script for the page's values, comments in `lang`; `dataUrl` is where the
 * MNIST scripts download the data.
 */
export function dataParallelScript(figure: DataParallelFigure, values: DataParallelValues, lang: Lang, dataUrl: string, file = `data-parallel-${figure}.py`): string {
  const tx: Tx = (k) =>
    TEXT[k][lang]
      .replaceAll('{file}', file)
      .replace('{epochs}', String(values.epochs))
      .replace('{columns}', DP_FIGURE_COLUMNS[figure].join(', '));
  if (figure === 'model') return modelScript(values, tx);
  const columns = DP_FIGURE_COLUMNS[figure];
  if (figure === 'equivalence') {
    const n = values['eq.batch'];
    return netScript({
      title: tx('equivalence'),
      file,
      columns,
      lang,
      dataUrl,
      settings: [`N = ${n}`, `WORKERS = [${eqWorkerCounts(n).join(', ')}]`, `LR = ${pyNumber(EQ_LR)}`, SIZES, `SEED = ${values.seed}`],
      body: `def shard_sizes(n, K):
    """${tx('shards')}"""
    q, r = divmod(n, K)
    return [q + (1 if k < r else 0) for k in range(K)]


def shard_text(sizes):
    big = sizes[0]
    n_big = sum(1 for s in sizes if s == big)
    rest = len(sizes) - n_big
    return f'{big}×{n_big}' if rest == 0 else f'{big}×{n_big} + {big - 1}×{rest}'


def flat(net, grads):
    """The parameters (or gradients) as one float32 vector, the page's layout: W₀, b₀, W₁, b₁, …"""
    return np.concatenate([p.ravel() for a in net.affines for p in ((a.dW, a.db) if grads else (a.W, a.b))])


def ring_all_reduce(bufs):
    """${tx('ring')}"""
    K, n = len(bufs), len(bufs[0])
    start = [(c * n) // K for c in range(K + 1)]
    for s in range(K - 1):
        for i in range(K):
            c = (i - s) % K
            bufs[(i + 1) % K][start[c]:start[c + 1]] += bufs[i][start[c]:start[c + 1]]
    for s in range(K - 1):
        for i in range(K):
            c = (i + 1 - s) % K
            bufs[(i + 1) % K][start[c]:start[c + 1]] = bufs[i][start[c]:start[c + 1]]


def data_parallel_step(x, y, K, weighting):
    """${tx('step')}"""
    net = Net(SIZES, SEED, ('he', None))
    copies, o = [], 0
    for rows in shard_sizes(N, K):
        net.gradient(x[o:o + rows], y[o:o + rows], 0)
        w = rows / N if weighting == 'by-rows' else 1 / K
        copies.append((w * flat(net, True).astype(F64)).astype(F32))
        o += rows
    ring_all_reduce(copies)
    return (flat(net, False).astype(F64) - LR * copies[0].astype(F64)).astype(F32)


def main():
    (x, y), _ = load_mnist_from_args(N, 0)
    # One update on the whole batch at once.
    net = Net(SIZES, SEED, ('he', None))
    net.gradient(x, y, 0)
    expected = (flat(net, False).astype(F64) - LR * flat(net, True).astype(F64)).astype(F32).astype(F64)
    print('${columns.join(',')}')
    for K in WORKERS:
        diffs = [float(np.max(np.abs(data_parallel_step(x, y, K, w).astype(F64) - expected))) for w in ('by-rows', 'plain')]
        print(f'{K},{shard_text(shard_sizes(N, K))},{js_number(diffs[0])},{js_number(diffs[1])}', flush=True)`,
    });
  }
  return netScript({
    title: tx('scaling'),
    file,
    columns,
    lang,
    dataUrl,
    settings: [
      `LR = ${pyNumber(values.lr)}  # η`,
      `B = ${values.b}`,
      `KMAX = ${values.kmax}`,
      `EPOCHS = ${values.epochs}`,
      `N = ${values.n}`,
      `N_TEST = ${N_TEST}`,
      `WARMUP = ${pyNumber(values.warmup)}`,
      SIZES,
      `SEED = ${values.seed}`,
    ],
    body: `${lrSchedulePy(lang)}


def members():
    """${tx('members')}"""
    K = 1
    while K <= KMAX:
        yield K, 0, {'kind': 'cosine', 'total': EPOCHS, 'min': 0}
        yield K, 1, {'kind': 'warmup-cosine', 'warmup': min(WARMUP, EPOCHS), 'total': EPOCHS, 'min': 0}
        K *= 2


def train(K, schedule, x_train, y_train, x_test, y_test):
    """${tx('train')}"""
    lr0, batch = K * LR, K * B
    net = Net(SIZES, SEED, ('he', None))
    epochs = []
    for epoch in range(EPOCHS):
        order = permutation(N, SEED, epoch)
        for start in range(0, N, batch):
            lr = scheduled_lr(schedule, lr0, epoch + start / N)
            rows = order[start:start + batch]
            if not math.isfinite(net.gradient(x_train[rows], y_train[rows], 0)):
                return epochs, True
            net.update(lr)
            if not net.finite():
                return epochs, True
        epochs.append(net.evaluate(x_test, y_test)[1])
    return epochs, False


def main():
    (x_train, y_train), (x_test, y_test) = load_mnist_from_args(N, N_TEST)
    print('${columns.join(',')}', flush=True)
    for K, warmup, schedule in members():
        epochs, diverged = train(K, schedule, x_train, y_train, x_test, y_test)
        test_acc = float('nan') if diverged or not epochs else epochs[-1]
        print(f'{K},{K * B},{warmup},{js_number(K * LR)},{len(epochs)},{js_number(test_acc)},{int(diverged)}', flush=True)`,
  });
}
