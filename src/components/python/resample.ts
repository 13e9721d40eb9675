// The engine's rebalancing (src/engine/data/resample.ts, classWeights and the weighted softmax cross-entropy in
// src/engine/nn/loss.ts, the resampled epoch order of src/engine/train/schedule.ts) for the "Reproduce in Python" exports.
import type { Lang } from '../../state/i18n';

const TEXT = {
  byClass: { zh: '每个类别的行下标（按数据顺序）。', en: 'Row indices of each class, in data order.' },
  imbalanced: {
    zh: '不平衡的子集：其他类别的所有行，加上稀有类别按数据顺序的前 r 行，r = round(share·N_其他/(1 − share))，使稀有类别约占 share。',
    en: 'An imbalanced subset: every row of the other classes, and the first r rows (data order) of the rare classes, r = round(share·N_other/(1 − share)), so the rare classes make up about `share`.',
  },
  over: {
    zh: '过采样：每个出现的类别循环重复到最大类别的行数 M（按类别排列，由洗牌打乱）。',
    en: 'Oversampling: every class present repeated, cycling, up to the largest class count M (grouped by class; the shuffle mixes them).',
  },
  under: { zh: '欠采样：每个出现的类别取前 m 行，m 是最小类别的行数。', en: 'Undersampling: the first m rows of every class present, m the smallest class count.' },
  weights: {
    zh: '类别权重 w_k = N/(K·N_k)（K 是出现的类别数）：标签上的平均权重为 1；没有样本的类别权重为 0。',
    en: 'Class weights w_k = N/(K·N_k) (K classes present): the mean weight over the labels is 1; a class with no rows gets 0.',
  },
  order: {
    zh: '第 epoch 个周期的行顺序：对行列表（没有列表时是全部 n 行）的下标做同样的洗牌。',
    en: 'The rows of epoch `epoch` in order: the same shuffle, over the positions of the row list (all n rows when there is none).',
  },
  loss: {
    zh: '加权的 softmax 交叉熵：L = −(1/n) Σ w_y log softmax(z)[y]，梯度 w_y(softmax(z) − onehot(y))/n。',
    en: 'Weighted softmax cross-entropy: L = −(1/n) Σ w_y log softmax(z)[y], gradient w_y(softmax(z) − onehot(y))/n.',
  },
} as const;

/**
 * Python source of imbalanced_rows, oversample_rows, undersample_rows, class_weights, epoch_order and
 * WeightedSoftmaxWithLoss (needs mlpPy above it for permutation, F32 and F64, and `import math`).
 */
export function resamplePy(lang: Lang): string {
  const tx = (k: keyof typeof TEXT) => TEXT[k][lang];
  return `def rows_by_class(labels, c):
    """${tx('byClass')}"""
    by_class = [[] for _ in range(c)]
    for i, y in enumerate(labels.tolist()):
        by_class[y].append(i)
    return by_class


def imbalanced_rows(labels, rare, share):
    """${tx('imbalanced')}"""
    labels = labels.tolist()
    other = sum(1 for y in labels if y not in rare)
    keep = math.floor(share * other / (1 - share) + 0.5)
    out = []
    for i, y in enumerate(labels):
        if y not in rare:
            out.append(i)
        elif keep > 0:
            out.append(i)
            keep -= 1
    return np.array(out, dtype=np.int64)


def oversample_rows(labels, c):
    """${tx('over')}"""
    by_class = [rows for rows in rows_by_class(labels, c) if rows]
    m = max([0] + [len(rows) for rows in by_class])
    return np.array([rows[i % len(rows)] for rows in by_class for i in range(m)], dtype=np.int64)


def undersample_rows(labels, c):
    """${tx('under')}"""
    by_class = [rows for rows in rows_by_class(labels, c) if rows]
    m = min(len(rows) for rows in by_class)
    return np.array([i for rows in by_class for i in rows[:m]], dtype=np.int64)


def class_weights(labels, c):
    """${tx('weights')}"""
    counts = [0] * c
    for y in labels.tolist():
        counts[y] += 1
    present = sum(1 for k in counts if k > 0)
    return [len(labels) / (present * k) if k > 0 else 0.0 for k in counts]


def epoch_order(rows, n, seed, epoch):
    """${tx('order')}"""
    perm = permutation(n if rows is None else len(rows), seed, epoch)
    return perm if rows is None else rows[perm]


class WeightedSoftmaxWithLoss:
    """${tx('loss')}"""

    def __init__(self, weights):
        self.weights = np.array(weights, dtype=F64)

    def forward(self, z, labels):
        n = z.shape[0]
        z64 = z.astype(F64)
        shifted = z64 - z64.max(axis=1, keepdims=True)
        e = np.exp(shifted)
        total = e[:, 0].copy()
        for j in range(1, e.shape[1]):
            total = total + e[:, j]
        rows = np.arange(n)
        w = self.weights[labels]
        loss = 0.0
        for v in (w * (np.log(total) - shifted[rows, labels])).tolist():
            loss += v
        dz = ((w[:, None] * e) / total[:, None] / n).astype(F32)
        dz[rows, labels] = (dz[rows, labels].astype(F64) - w / n).astype(F32)
        self.dz = dz
        return loss / n

    def backward(self):
        return self.dz`;
}
