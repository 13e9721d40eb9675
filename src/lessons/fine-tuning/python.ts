// "Reproduce in Python" for the fine-tuning lesson: a numpy script that pre-trains the 784-100-100-10 net on the digits 0–4,
// then trains the members on 5–9 with k examples per class (each class's k rows cycled to 100 per epoch), fine-tuned from the
// pre-trained weights (output layer redrawn from the member's seed, per-layer rate factors, 0 = frozen) or from scratch, and
// prints one figure's table (fine-tuning/pretrain, accuracy, curves or weights) as CSV, as the page's CPU engine computes it.
import type { Lang } from '../../state/i18n';
import { resolveHyper } from '../../engine/train/hyper';
import { pyNumber } from '../../components/python/literal';
import { mlpPy } from '../../components/python/mlp';
import { mlpOptimizerCall, mlpOptimizersPy } from '../../components/python/mlpOptimizers';
import { mnistScript } from '../../components/python/script';
import { PY_DIVERGED } from '../../components/python/scriptText';
import { BATCH, FT_BATCH, K_MAX, kValues, LR, lrFactors, METHODS, N_NEW_POOL, NEW, OLD, SLOW, SPEC, type Lower } from './model';
import type { FineTuningValues } from './params';

/** The lesson's figures with a training table, and each one's columns (the page's tables). */
export const FIGURE_COLUMNS = {
  pretrain: ['epoch', 'test_acc'],
  accuracy: ['k', 'method', 'seed', 'test_acc'],
  curves: ['method', 'seed', 'epoch', 'test_acc'],
  weights: ['net', 'unit', 'norm', 'change'],
} as const;
export type FineTuningFigure = keyof typeof FIGURE_COLUMNS;

/** First-layer units in the weight table (the page's UNITS). */
const UNITS = 8;

const TEXT = {
  pretrain: { zh: '微调：在数字 0–4 上预训练 784–100–100–10 网络，每个周期结束时 0–4 测试数字上的准确率', en: 'Fine-tuning: pre-training the 784–100–100–10 net on the digits 0–4, test accuracy on the 0–4 test digits after each epoch' },
  accuracy: { zh: '微调与从头训练：5–9 每类 k 个样本，训练结束时 5–9 测试集上的准确率（每个 k、每种做法、每个种子）', en: 'Fine-tuning against training from scratch: k examples of each digit 5–9, test accuracy on 5–9 after training (every k, way and seed)' },
  curves: { zh: '微调与从头训练：k = {k} 时每个网络每个周期在 5–9 测试集上的准确率', en: 'Fine-tuning against training from scratch: test accuracy on 5–9 of every network at k = {k}, epoch by epoch' },
  weights: { zh: '微调：第一层前 {units} 个单元的权重范数，以及相对预训练权重的变化', en: 'Fine-tuning: weight norms of the first {units} first-layer units and their change from the pre-trained weights' },
  prints: {
    zh: '输出图中的数据表（CSV）：{columns}；运算按网页 CPU 引擎的顺序（同样的初始权重、批次与 float32 舍入），所以数字也相同。',
    en: 'Prints the figure’s data table as CSV: {columns}; the operations run in the page’s CPU engine order (the same initial weights, batches and float32 rounding), so the numbers are the same.',
  },
  factors: { zh: '微调时各层（隐藏层 1、隐藏层 2、输出层）的学习率因子：{lower}', en: 'Learning-rate factors of the layers (hidden 1, hidden 2, output) when fine-tuning: {lower}' },
  classRows: {
    zh: '按数据顺序，标签在 keep 中的行的下标，每类最多取前 per_class 个（None：全部）。',
    en: 'Indices, in data order, of the rows whose label is in `keep`, at most the first `per_class` of each class (None: all).',
  },
  cycled: {
    zh: '每类的前 k 行，轮流重复到 cycle 行（该类第 i 个位置取第 i mod k 行），类别从小到大：每个 k 的一个周期都是同样多的行。',
    en: 'The first k rows of each class, repeated in turn to `cycle` rows (position i of a class takes its row i mod k), classes in order: an epoch has the same number of rows for every k.',
  },
  scale: {
    zh: '学习率因子 f：更新后 x ← x₀ + f·(x − x₀)（x₀ 为更新前的值）；f = 0 把 x₀ 原样放回，即冻结这一层。',
    en: 'Learning-rate factor f: after the update, x ← x₀ + f·(x − x₀) (x₀ the value before it); f = 0 puts x₀ back unchanged, freezing the layer.',
  },
  train: {
    zh: '训练一个网络：每个周期按（行列表的）洗牌顺序取 batch 个一批，Adam 更新，再按各层的因子缩放这一步；每个周期结束时测一次测试准确率。返回各周期的准确率。',
    en: 'Trains one net: each epoch takes batches of `batch` in the shuffled order (of the row list), an Adam update each, that step scaled by each layer’s factor; the test accuracy after every epoch. Returns the accuracies by epoch.',
  },
  diverged: PY_DIVERGED,
  member: {
    zh: '第二步的一个网络：所有权重先由自己的种子随机初始化；微调时再把除输出层以外的各层换成预训练的权重，并使用学习率因子。',
    en: 'A network of step 2: every weight first drawn from its own seed; when fine-tuning, every layer but the output layer then takes the pre-trained weights, and the rate factors apply.',
  },
  unit: { zh: '第一层单元 j 的 784 个输入权重 W₀[:, j]（28×28 个像素）。', en: 'The 784 input weights W₀[:, j] of first-layer unit j (its 28×28 pixels).' },
  norm: { zh: '‖a‖₂，按顺序用双精度累加。', en: '‖a‖₂, summed in order in double.' },
  change: { zh: '‖a − b‖₂ / ‖b‖₂（b 为 0 时为 NaN）。', en: '‖a − b‖₂ / ‖b‖₂ (NaN when b is 0).' },
  stopped: { zh: '预训练没有跑完（发散）：网页不会开始第二步。', en: 'Pre-training did not finish (it diverged): the page does not start step 2.' },
} as const;

/** What each lower-layer setting does, for the comment above FACTORS. */
const LOWER_TEXT = {
  frozen: { zh: '两个隐藏层冻结（0）', en: 'both hidden layers frozen (0)' },
  first: { zh: '只冻结第一个隐藏层', en: 'only the first hidden layer frozen' },
  slow: { zh: `两个隐藏层以 ${SLOW} 倍的学习率训练`, en: `both hidden layers trained at ${SLOW} × the rate` },
} as const;

/** Python literal of a list of integers. */
const list = (xs: readonly number[]) => `[${xs.join(', ')}]`;

/** The main() lines that train and print figure `figure`'s table (after the pre-training). */
function tableCode(figure: FineTuningFigure): string {
  switch (figure) {
    case 'pretrain':
      return `    for epoch, acc in enumerate(pre_acc):
        print(f'{epoch + 1},{js_number(acc)}', flush=True)`;
    case 'accuracy':
      return `    for k, method, seed in MEMBERS:
        _, accs = member(k, method, seed, pre, data)
        if accs:
            print(f'{k},{method},{seed},{js_number(accs[-1])}', flush=True)`;
    case 'curves':
      return `    for k, method, seed in MEMBERS:
        if k != K:
            continue
        _, accs = member(k, method, seed, pre, data)
        for epoch, acc in enumerate(accs):
            print(f'{method},{seed},{epoch + 1},{js_number(acc)}', flush=True)`;
    case 'weights':
      return `    nets = [('pre-trained', pre)]
    fine, fine_accs = member(K, 'fine-tune', SEED, pre, data)
    scratch, scratch_accs = member(K, 'scratch', SEED, pre, data)
    if fine_accs and scratch_accs:
        nets += [('fine-tuned', fine), ('scratch', scratch)]
    for name, net in nets:
        for j in range(UNITS):
            w = unit_weights(net, j)
            print(f'{name},{j},{js_number(norm(w))},{js_number(rel_change(w, unit_weights(pre, j)))}')`;
  }
}

/** One figure of the lesson as a self-contained numpy script for `values`, comments in `lang`; `dataUrl` is where it downloads MNIST. */
export function fineTuningScript(figure: FineTuningFigure, values: FineTuningValues, lang: Lang, dataUrl: string, file = `fine-tuning-${figure}.py`): string {
  const lower = values.lower as Lower;
  const columns = FIGURE_COLUMNS[figure];
  const tx = (k: keyof typeof TEXT) =>
    TEXT[k][lang]
      .replace('{columns}', columns.join(', '))
      .replace('{k}', String(values.k))
      .replace('{units}', String(UNITS))
      .replace('{lower}', LOWER_TEXT[lower][lang]);
  const sizes = [SPEC.inputSize, ...SPEC.hidden.map((h) => h.units), SPEC.outputSize];
  return mnistScript({
    title: tx(figure),
    file,
    notes: [tx('prints')],
    settings: [
      `K = ${values.k}
LOWER = '${lower}'
# ${tx('factors')}
FACTORS = [${lrFactors(lower).map(pyNumber).join(', ')}]
SEEDS = ${values.seeds}
EPOCHS = ${values.epochs}
PRE_EPOCHS = ${values.preEpochs}
PRE = ${values.pre}
TEST = ${values.test}
SEED = ${values.seed}
OLD = ${list(OLD)}
NEW = ${list(NEW)}
K_VALUES = ${list(kValues(values.k))}
METHODS = [${METHODS.map((m) => `'${m}'`).join(', ')}]
MEMBERS = [(k, method, SEED + s) for k in K_VALUES for method in METHODS for s in range(SEEDS)]
K_MAX = ${K_MAX}
N_NEW_POOL = ${N_NEW_POOL}
LR = ${pyNumber(LR)}
BATCH = ${BATCH}
FT_BATCH = ${FT_BATCH}
SIZES = ${list(sizes)}
UNITS = ${UNITS}`,
    ],
    dataUrl,
    net: [mlpPy(lang), mlpOptimizersPy(['adam'], lang)],
    body: [
      `def class_rows(labels, keep, per_class=None):
    """${tx('classRows')}"""
    left = {c: per_class for c in keep}
    out = []
    for i, label in enumerate(labels.tolist()):
        if label in left and (left[label] is None or left[label] > 0):
            out.append(i)
            if left[label] is not None:
                left[label] -= 1
    return np.array(out, dtype=np.int64)


def cycled_rows(labels, k, cycle):
    """${tx('cycled')}"""
    by_class = {}
    for i, label in enumerate(labels.tolist()):
        rows = by_class.setdefault(label, [])
        if len(rows) < k:
            rows.append(i)
    out = []
    for label in sorted(by_class):
        rows = by_class[label]
        out += [rows[i % len(rows)] for i in range(cycle)]
    return np.array(out, dtype=np.int64)


def scale_step(before, after, f):
    """${tx('scale')}"""
    if f == 0:
        return before.copy()
    return (before.astype(F64) + f * (after.astype(F64) - before.astype(F64))).astype(F32)


def train(net, factors, x, y, rows, seed, epochs, batch, x_test, y_test):
    """${tx('train')}"""
    optimizer = ${mlpOptimizerCall('adam', resolveHyper({ optimizer: 'adam', lr: LR }, []))}
    n = len(rows) if rows is not None else len(y)
    accs = []
    for epoch in range(epochs):
        order = permutation(n, seed, epoch)
        if rows is not None:
            order = rows[order]
        for start in range(0, n, batch):
            b = order[start:start + batch]
            loss = net.gradient(x[b], y[b])
            if not math.isfinite(loss):
                return accs  # ${tx('diverged')}
            before = [(a.W, a.b) for a in net.affines]
            optimizer.update(net.affines)
            for a, (W0, b0), f in zip(net.affines, before, factors):
                if f != 1:
                    a.W, a.b = scale_step(W0, a.W, f), scale_step(b0, a.b, f)
            if not net.finite():
                return accs  # ${tx('diverged')}
        accs.append(net.accuracy(x_test, y_test))
    return accs


def member(k, method, seed, pre, data):
    """${tx('member')}"""
    x, y, x_test, y_test = data
    net = MultiLayerNet(SIZES, seed)
    factors = [1] * len(net.affines)
    if method == 'fine-tune':
        for a, p in zip(net.affines[:-1], pre.affines[:-1]):
            a.W, a.b = p.W.copy(), p.b.copy()
        factors = FACTORS
    return net, train(net, factors, x, y, cycled_rows(y, k, K_MAX), seed, EPOCHS, FT_BATCH, x_test, y_test)


def unit_weights(net, j):
    """${tx('unit')}"""
    return net.affines[0].W[:, j].astype(F64)


def norm(a):
    """${tx('norm')}"""
    s = 0.0
    for v in a.tolist():
        s += v * v
    return math.sqrt(s)


def rel_change(a, b):
    """${tx('change')}"""
    s = 0.0
    for u, v in zip(a.tolist(), b.tolist()):
        s += (u - v) * (u - v)
    nb = norm(b)
    return math.sqrt(s) / nb if nb > 0 else float('nan')


def main():
    (x_all, y_all), (x_test, y_test) = load_mnist_from_args(max(PRE, N_NEW_POOL), TEST)
    old, old_test = class_rows(y_all[:PRE], OLD), class_rows(y_test, OLD)
    pre = MultiLayerNet(SIZES, SEED)
    pre_acc = train(pre, [1] * len(pre.affines), x_all[old], y_all[old], None, SEED, PRE_EPOCHS, BATCH, x_test[old_test], y_test[old_test])
    new, new_test = class_rows(y_all[:N_NEW_POOL], NEW, K_MAX), class_rows(y_test, NEW)
    data = (x_all[new], y_all[new], x_test[new_test], y_test[new_test])
    print('${columns.join(',')}', flush=True)
${figure === 'pretrain' ? '' : `    if len(pre_acc) < PRE_EPOCHS:
        return  # ${tx('stopped')}
`}${tableCode(figure)}`,
    ],
    lang,
  });
}
