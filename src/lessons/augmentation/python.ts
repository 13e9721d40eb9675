// "Reproduce in Python" for the augmentation lesson: a numpy script that trains the page's networks on the first n MNIST
// digits, with and without the engine's transforms (ported in components/python/augment), and prints augmentation/accuracy,
// augmentation/curves, augmentation/samples or augmentation/semi (the teacher's pseudo-labels, self-training) as CSV.
import type { Lang } from '../../state/i18n';
import { resolveHyper } from '../../engine/train/hyper';
import { augmentLiteral, augmentPy } from '../../components/python/augment';
import { pyNumber } from '../../components/python/literal';
import { mlpPy } from '../../components/python/mlp';
import { mlpOptimizerCall, mlpOptimizersPy } from '../../components/python/mlpOptimizers';
import { mnistScript } from '../../components/python/script';
import { augmentOf, BATCH, LR, N_TEST, POOL, sizes, SPEC, thresholds } from './model';
import type { AugmentationValues } from './params';

export type AugmentationFigure = 'accuracy' | 'curves' | 'samples' | 'semi';

/** Digits in the samples strip (the page's SAMPLES). */
export const SAMPLE_COUNT = 8;

const TEXT = {
  title: {
    zh: '数据增强与自训练：784–100–10 的网络只用 MNIST 训练集的前 n 个数字训练（Adam，η = {lr}，批量 {batch}）',
    en: 'Data augmentation and self-training: 784–100–10 networks trained on the first n MNIST training digits only (Adam, η = {lr}, batch {batch})',
  },
  accuracy: {
    zh: '输出图中的数据表（CSV）：n, augment, seed, test_acc——每个 n、有无增强、每个种子的网络训练结束时的测试准确率；运算顺序与网页的 CPU 引擎相同，所以数字也相同。',
    en: 'Prints the figure’s data table as CSV: n, augment, seed, test_acc: the test accuracy after the last epoch of each network (every n, without and with augmentation, every seed); the operations run in the page’s CPU engine order, so the numbers are the same.',
  },
  curves: {
    zh: '输出图中的数据表（CSV）：augment, epoch, train_acc, test_acc——n 与第一个种子下，有无增强的两个网络每个周期的训练准确率（在它的 n 个原始数字上）和测试准确率；运算顺序与网页的 CPU 引擎相同，所以数字也相同。',
    en: 'Prints the figure’s data table as CSV: augment, epoch, train_acc, test_acc: per epoch, the training accuracy (on its n digits as stored) and test accuracy of the two networks at n and the first seed, without and with augmentation; the operations run in the page’s CPU engine order, so the numbers are the same.',
  },
  samples: {
    zh: '输出图中的数据表（CSV）：row, label, mean_abs_change——训练结束后，增强网络下一个小批量的前 {k} 个数字，以及增强前后每个像素平均改变了多少（用的是网页的随机数，所以数字相同）。',
    en: 'Prints the figure’s data table as CSV: row, label, mean_abs_change: the first {k} digits of the augmented network’s next mini-batch once it has finished training, and how much augmentation changed each pixel on average (the page’s random numbers, so the same numbers).',
  },
  semi: {
    zh: '输出图中的数据表（CSV）：threshold, labelled, test_acc——老师网络（n、不增强、第一个种子）给其余数字打伪标签，每个阈值下置信度够高的加入训练，网络重新训练；test_acc 是各种子的平均，threshold = none 是只用 n 个有标签数字的基线。运算顺序与网页的 CPU 引擎相同，所以数字也相同。',
    en: 'Prints the figure’s data table as CSV: threshold, labelled, test_acc: the teacher (n, no augmentation, first seed) pseudo-labels the other digits; at each threshold those confident enough join training and networks train again; test_acc is the mean over seeds, threshold = none the baseline on the n labelled digits alone. The operations run in the page’s CPU engine order, so the numbers are the same.',
  },
  strengths: {
    zh: '打开的变换的强度（关掉的为 0）：平移 ±k 像素、旋转 ±θ°、弹性形变 α 与 σ（像素）、噪声 σ。',
    en: 'Strengths of the transforms switched on (0 when off): shift ±k px, rotation ±θ°, elastic α and σ (px), noise σ.',
  },
  train: {
    zh: '训练一个网络：只用前 k 行，每个周期按洗牌顺序取 {batch} 个一批（增强时每批现场变换），Adam 更新。返回网络和每个周期结束时的参数快照（发散时网页停在最后一个完成的周期）。',
    en: 'Trains one net on the first k rows only: each epoch takes batches of {batch} in the shuffled order (transformed on the fly when augmenting), an Adam update each. Returns the net and its parameters at each epoch end (a diverging run stops at its last finished epoch, as on the page).',
  },
  diverged: { zh: '不是有限数：网页在这里停止这次训练。', en: 'Not finite: the page stops this run here.' },
  confidence: {
    zh: '每一行的预测与置信度：softmax 概率（先存为 float32 的 e^(z − max)，再除以双精度的和）中最大的那个及其类别（并列时取最小的类别）。',
    en: 'Each row’s prediction and confidence: the largest softmax probability (e^(z − max) stored as float32, divided by the double sum) and its class (ties to the lowest).',
  },
  plan: {
    zh: '伪标签计划：无标签的行 n … POOL − 1 按置信度从高到低排序（并列按行号），阈值 τ 下取前 #{置信度 ≥ τ} 行。',
    en: 'The pseudo-label plan: the unlabelled rows n … POOL − 1 by descending confidence (ties by row); threshold τ takes the first #{confidence ≥ τ} of them.',
  },
  mean: { zh: '平均（按顺序相加，跳过没有完成周期的网络）。', en: 'The mean (summed in order, skipping nets without a finished epoch).' },
} as const;

const TABLES: Record<AugmentationFigure, string> = {
  accuracy: `    out.write('n,augment,seed,test_acc\\n')
    for n in TRAIN_SIZES:
        for augment in (False, True):
            for seed in range(SEED, SEED + SEEDS):
                epochs = train(data, n, seed, augment)[1]
                if epochs:
                    out.write(f"{n},{'yes' if augment else 'no'},{seed},{js_number(epochs[-1][1])}\\n")`,
  curves: `    out.write('augment,epoch,train_acc,test_acc\\n')
    for augment in (False, True):
        for e, (train_acc, test_acc) in enumerate(train(data, N, SEED, augment, train_each_epoch=True)[1]):
            out.write(f"{'yes' if augment else 'no'},{e + 1},{js_number(train_acc)},{js_number(test_acc)}\\n")`,
  samples: `    (x_train, y_train), _ = data
    # ${'{sampleNote}'}
    rows = permutation(N, SEED, EPOCHS)[:SAMPLE_COUNT]
    augmented = augment_rows(x_train, rows, AUGMENT, SEED, EPOCHS) if augment_active(AUGMENT) else x_train[rows]
    out.write('row,label,mean_abs_change\\n')
    for r, i in enumerate(rows.tolist()):
        change = 0.0
        for v in np.abs(augmented[r].astype(F64) - x_train[i].astype(F64)).tolist():
            change += v
        out.write(f'{r},{y_train[i]},{js_number(change / 784)}\\n')`,
  semi: `    (x_train, y_train), test = data
    teacher = train(data, N, SEED, False)[0]
    predicted, confidence = predictions(teacher, x_train)
    rows, labels, accepted = pseudo_plan(N, predicted, confidence, THRESHOLDS)
    pseudo = ((np.concatenate([x_train[:N], x_train[rows]]), np.concatenate([y_train[:N], labels])), test)
    out.write('threshold,labelled,test_acc\\n')
    for k, extra in enumerate([0] + accepted):
        accs = [epochs[-1][1] for epochs in (train(pseudo, N + extra, seed, False)[1] for seed in range(SEED, SEED + SEEDS)) if epochs]
        threshold = 'none' if k == 0 else js_number(THRESHOLDS[k - 1])
        out.write(f'{threshold},{N + extra},{js_number(mean(accs))}\\n')`,
};

const SAMPLE_NOTE = {
  zh: '训练结束时（第 EPOCHS 个周期开始处）增强网络的下一个小批量：第 EPOCHS 个周期的洗牌顺序的前几行，用第 EPOCHS 个周期的随机数增强。',
  en: 'The augmented net’s next mini-batch once training has finished (the start of epoch EPOCHS): the first rows of epoch EPOCHS’s shuffle, augmented with epoch EPOCHS’s random numbers.',
} as const;

/** The figure `figure` of the augmentation lesson as a self-contained numpy script, comments in `lang`. */
export function augmentationScript(values: AugmentationValues, figure: AugmentationFigure, lang: Lang, dataUrl: string, file = `augmentation-${figure}.py`): string {
  const tx = (k: keyof typeof TEXT) =>
    TEXT[k][lang].replace('{batch}', String(BATCH)).replace('{lr}', String(LR)).replace('{k}', String(SAMPLE_COUNT));
  const a = augmentOf({ ...values, on: values.on as readonly string[] });
  const train = figure !== 'samples';
  return mnistScript({
    title: tx('title'),
    file,
    notes: [tx(figure)],
    settings: [
      `N = ${values.n}
EPOCHS = ${values.epochs}
SEEDS = ${values.seeds}
SEED = ${values.seed}
# ${tx('strengths')}
AUGMENT = ${augmentLiteral({ ...a, elasticSigma: 4 })}
TRAIN_SIZES = [${sizes(values.n).join(', ')}]
THRESHOLDS = [${thresholds(values.threshold).map(pyNumber).join(', ')}]
SAMPLE_COUNT = ${SAMPLE_COUNT}
POOL = ${POOL}
N_TEST = ${N_TEST}
BATCH = ${BATCH}
SIZES = [784, ${SPEC.hidden.map((h) => h.units).join(', ')}, ${SPEC.outputSize}]`,
    ],
    dataUrl,
    net: [mlpPy(lang), ...(train ? [mlpOptimizersPy(['adam'], lang)] : []), augmentPy(lang)],
    body: [
      ...(train ? [trainPy(tx)] : []),
      ...(figure === 'semi' ? [semiPy(tx)] : []),
      `def main():
    data = load_mnist_from_args(POOL, N_TEST)
    out = sys.stdout
${TABLES[figure].replace('{sampleNote}', SAMPLE_NOTE[lang])}`,
    ],
    lang,
  });
}

/** train(data, k, seed, augment, train_each_epoch): one member of the page's populations. */
function trainPy(tx: (k: keyof typeof TEXT) => string): string {
  return `def train(data, k, seed, augment, train_each_epoch=False):
    """${tx('train')}"""
    (x_train, y_train), (x_test, y_test) = data
    net = MultiLayerNet(SIZES, seed)
    optimizer = ${mlpOptimizerCall('adam', resolveHyper({ optimizer: 'adam', lr: LR }, []))}
    augment = augment and augment_active(AUGMENT)
    snapshots = []
    for epoch in range(EPOCHS):
        order = permutation(k, seed, epoch)
        diverged = False
        for start in range(0, k, BATCH):
            batch = order[start:start + BATCH]
            x = augment_rows(x_train, batch, AUGMENT, seed, epoch) if augment else x_train[batch]
            loss = net.gradient(x, y_train[batch])
            if not math.isfinite(loss):
                diverged = True  # ${tx('diverged')}
                break
            optimizer.update(net.affines)
            if not net.finite():
                diverged = True  # ${tx('diverged')}
                break
        if diverged:
            break
        train_acc = net.accuracy(x_train[:k], y_train[:k]) if train_each_epoch else None
        snapshots.append((train_acc, [(a.W, a.b) for a in net.affines]))
    epochs = []
    for train_acc, params in snapshots if train_each_epoch else snapshots[-1:]:
        for a, (W, b) in zip(net.affines, params):
            a.W, a.b = W, b
        epochs.append((train_acc, net.accuracy(x_test, y_test)))
    return net, epochs`;
}

/** predictions, pseudo_plan and mean for the self-training figure. */
function semiPy(tx: (k: keyof typeof TEXT) => string): string {
  return `def predictions(net, x):
    """${tx('confidence')}"""
    z = net.predict(x).astype(F64)
    shifted = z - z.max(axis=1, keepdims=True)
    e = np.array([math.exp(v) for v in shifted.ravel().tolist()], dtype=F64).reshape(z.shape)
    total = np.zeros(z.shape[0], dtype=F64)
    for j in range(z.shape[1]):
        total = total + e[:, j]
    p = (e.astype(F32).astype(F64) / total[:, None]).astype(F32)
    predicted = np.argmax(p, axis=1)
    return predicted, p[np.arange(z.shape[0]), predicted]


def pseudo_plan(n, predicted, confidence, thresholds):
    """${tx('plan')}"""
    confidence = confidence.astype(F64).tolist()
    pool = sorted(range(n, POOL), key=lambda i: (-confidence[i], i))
    accepted = [sum(1 for i in pool if confidence[i] >= t) for t in thresholds]
    return np.array(pool, dtype=np.int64), predicted[pool], accepted


def mean(xs):
    """${tx('mean')}"""
    total = 0.0
    for x in xs:
        total += x
    return total / len(xs) if xs else float('nan')`;
}
