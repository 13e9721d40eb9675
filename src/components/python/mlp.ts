// The CPU engine's MLP (src/engine/nn) as numpy classes, for the "Reproduce in Python" exports of training figures:
// initial weights from the ported RNG, the epoch permutations, Affine / Relu / SoftmaxWithLoss layers and SGD with weight
// decay, rounded to float32 exactly where the engine stores into a Float32Array (its arithmetic is JS doubles).
import type { Lang } from '../../state/i18n';

const TEXT = {
  philox: { zh: '向量化的 Philox（与上面的 philox 相同）：一次算出许多下标的两个 32 位字。', en: 'Vectorized Philox (the philox above): both 32-bit words for many indices at once.' },
  init: {
    zh: '初始权重：第 l 个全连接层的 W（行优先第 e 个元素）= std·gaussian(seed, stream_word(init, l), e)，b = 0；He 初始化 std = √(2/n)。',
    en: 'Initial weights: W of dense layer l (row-major element e) = std·gaussian(seed, stream_word(init, l), e), b = 0; He init std = √(2/n).',
  },
  perm: {
    zh: '第 epoch 个周期的批次顺序：Fisher–Yates 洗牌，j = (random_u32 · (i + 1)) >> 32。',
    en: 'Batch order of epoch `epoch`: a Fisher–Yates shuffle, j = (random_u32 · (i + 1)) >> 32.',
  },
  matmul: {
    zh: '网页引擎的矩阵乘法（float32 存储，双精度运算）：每一行只取 A 的非零元素，按顺序每 8 个乘积用双精度相加后加到 float32 的 C 上，剩下的逐个加。这样做与网页的结果逐位相同。',
    en: 'The page engine’s matrix product (float32 storage, double arithmetic): per row, only the nonzero entries of A, in order; each 8 products are summed in double and added to the float32 C, the rest one at a time. This reproduces the page bit for bit.',
  },
  colsum: { zh: '列和，逐行累加到 float32。', en: 'Column sums, accumulated row by row in float32.' },
  affine: { zh: '全连接层 y = xW + b。', en: 'Dense layer y = xW + b.' },
  relu: { zh: 'ReLU：f(x) = max(0, x)，f′(0) 取 0。', en: 'ReLU: f(x) = max(0, x), f′(0) taken as 0.' },
  softmax: {
    zh: 'softmax 与交叉熵：L = −(1/n) Σ log softmax(z)[y]，梯度 (softmax(z) − onehot(y))/n。',
    en: 'Softmax with cross-entropy: L = −(1/n) Σ log softmax(z)[y], gradient (softmax(z) − onehot(y))/n.',
  },
  sgd: { zh: 'SGD：W ← W − η (∂L/∂W + λW)；权重衰减只作用于 W，不作用于 b。', en: 'SGD: W ← W − η (∂L/∂W + λW); weight decay applies to W only, never to b.' },
  net: { zh: '多层网络：隐藏层 Affine → ReLU，输出层 Affine，损失 softmax 交叉熵。', en: 'The multilayer net: hidden layers Affine → ReLU, an Affine output layer, softmax cross-entropy loss.' },
  finite: { zh: '每个权重和偏置是否都是有限数（有一个不是，网页就停止这次训练）。', en: 'Whether every weight and bias is finite (where one is not, the page stops the run).' },
  accuracy: { zh: '准确率：argmax 等于标签的比例（按 250 行一块计算）。', en: 'Accuracy: the share of rows whose argmax is the label (computed 250 rows at a time).' },
} as const;

/**
 * Python source of the numpy MLP pieces (needs RNG_PY above it, and `import math`, `import numpy as np`):
 * philox_np, he_weights, permutation, matmul, col_sum, Affine, Relu, SoftmaxWithLoss, SGD, MultiLayerNet, accuracy.
 */
export function mlpPy(lang: Lang): string {
  const tx = (k: keyof typeof TEXT) => TEXT[k][lang];
  return `F32 = np.float32
F64 = np.float64


def philox_np(index, stream, seed):
    """${tx('philox')}"""
    c0 = np.asarray(index, dtype=np.uint64) & MASK32
    c1 = np.full_like(c0, stream & MASK32)
    k = seed & MASK32
    for _ in range(10):
        product = np.uint64(PHILOX_M) * c0
        c0, c1 = ((product >> np.uint64(32)) ^ np.uint64(k) ^ c1) & np.uint64(MASK32), product & np.uint64(MASK32)
        k = (k + PHILOX_W) & MASK32
    return c0, c1


def he_weights(seed, layer, fan_in, fan_out):
    """${tx('init')}"""
    std = math.sqrt(2 / fan_in)
    w0, w1 = philox_np(np.arange(fan_in * fan_out), stream_word(STREAM['init'], layer), seed)
    u1 = (((w0 >> np.uint64(8)) + np.uint64(1)).astype(F64) * INV_2_24).tolist()
    u2 = ((w1 >> np.uint64(8)).astype(F64) * INV_2_24).tolist()
    two_pi = 2 * math.pi
    g = [math.sqrt(-2 * math.log(a)) * math.cos(two_pi * b) for a, b in zip(u1, u2)]
    return (std * np.array(g, dtype=F64)).astype(F32).reshape(fan_in, fan_out)


def permutation(n, seed, epoch):
    """${tx('perm')}"""
    words, _ = philox_np(np.arange(n), stream_word(STREAM['shuffle'], epoch), seed)
    words = words.tolist()
    perm = list(range(n))
    for i in range(n - 1, 0, -1):
        j = (words[i] * (i + 1)) >> 32
        perm[i], perm[j] = perm[j], perm[i]
    return np.array(perm, dtype=np.int64)


def matmul(A, B, bias=None):
    """${tx('matmul')}"""
    n, m = A.shape[0], B.shape[1]
    C = np.zeros((n, m), dtype=F32)
    if bias is not None:
        C[:] = bias
    nonzero = A != 0
    count = nonzero.sum(axis=1)
    K = int(count.max()) if n else 0
    if K == 0:
        return C
    cols = np.argsort(~nonzero, axis=1, kind='stable')[:, :K]
    a = np.take_along_axis(A, cols, axis=1).astype(F64)
    B64 = B.astype(F64)
    q, r = count // 8, count % 8
    Q = int(q.max())
    # S[i, c] = a0·b0 + a1·b1 + … + a7·b7 over the c-th block of 8 nonzero entries of row i, left to right
    S = np.zeros((n, Q, m), dtype=F64)
    for t in range(8):
        S += a[:, t::8][:, :Q, None] * B64[cols[:, t::8][:, :Q]]
    # the last r entries of a row, one product each
    tail = np.minimum(8 * q[:, None] + np.arange(7), K - 1)
    singles = np.take_along_axis(a, tail, axis=1)[:, :, None] * B64[np.take_along_axis(cols, tail, axis=1)]
    # the terms added to C in order: row i adds its q blocks, then its r single products, then zeros
    G = int((q + r).max())
    g = np.arange(G)
    src = np.where(g < q[:, None], g, np.where(g < (q + r)[:, None], Q + g - q[:, None], Q + 7))
    Z = np.concatenate([S, singles, np.zeros((n, 1, m), dtype=F64)], axis=1)
    T = np.take_along_axis(Z, src[:, :, None], axis=1)
    C64 = C.astype(F64)
    for k in range(G):
        C64 = (C64 + T[:, k]).astype(F32).astype(F64)
    return C64.astype(F32)


def col_sum(A):
    """${tx('colsum')}"""
    out = np.zeros(A.shape[1], dtype=F32)
    for row in A:
        out = (out.astype(F64) + row).astype(F32)
    return out


class Affine:
    """${tx('affine')}"""

    def __init__(self, W):
        self.W = W
        self.b = np.zeros(W.shape[1], dtype=F32)
        self.x = None
        self.dW = None
        self.db = None

    def forward(self, x):
        self.x = x
        return matmul(x, self.W, self.b)

    def backward(self, dout, need_dx=True):
        self.dW = matmul(self.x.T, dout)
        self.db = col_sum(dout)
        return matmul(dout, self.W.T) if need_dx else None


class Relu:
    """${tx('relu')}"""

    def __init__(self):
        self.x = None

    def forward(self, x):
        self.x = x
        return np.where(x > 0, x, F32(0))

    def backward(self, dout):
        return np.where(self.x > 0, dout, F32(0))


class SoftmaxWithLoss:
    """${tx('softmax')}"""

    def forward(self, z, labels):
        n = z.shape[0]
        z64 = z.astype(F64)
        shifted = z64 - z64.max(axis=1, keepdims=True)
        e = np.exp(shifted)
        total = e[:, 0].copy()
        for j in range(1, e.shape[1]):
            total = total + e[:, j]
        rows = np.arange(n)
        loss = 0.0
        for v in (np.log(total) - shifted[rows, labels]).tolist():
            loss += v
        dz = (e / total[:, None] / n).astype(F32)
        dz[rows, labels] = (dz[rows, labels].astype(F64) - 1 / n).astype(F32)
        self.dz = dz
        return loss / n

    def backward(self):
        return self.dz


class SGD:
    """${tx('sgd')}"""

    def __init__(self, lr, weight_decay):
        self.lr = lr
        self.weight_decay = weight_decay

    def update(self, layers):
        for layer in layers:
            if self.weight_decay != 0:
                layer.dW = (layer.dW.astype(F64) + self.weight_decay * layer.W.astype(F64)).astype(F32)
            layer.W = (layer.W.astype(F64) - self.lr * layer.dW.astype(F64)).astype(F32)
            layer.b = (layer.b.astype(F64) - self.lr * layer.db.astype(F64)).astype(F32)


class MultiLayerNet:
    """${tx('net')}"""

    def __init__(self, sizes, seed):
        self.affines = [Affine(he_weights(seed, l, sizes[l], sizes[l + 1])) for l in range(len(sizes) - 1)]
        self.relus = [Relu() for _ in self.affines[:-1]]
        self.last = SoftmaxWithLoss()

    def predict(self, x):
        for affine, relu in zip(self.affines, self.relus):
            x = relu.forward(affine.forward(x))
        return self.affines[-1].forward(x)

    def loss(self, x, labels):
        return self.last.forward(self.predict(x), labels)

    def gradient(self, x, labels):
        loss = self.loss(x, labels)
        dout = self.last.backward()
        dout = self.affines[-1].backward(dout, need_dx=len(self.relus) > 0)
        for l in range(len(self.relus) - 1, -1, -1):
            dout = self.affines[l].backward(self.relus[l].backward(dout), need_dx=l > 0)
        return loss

    def penalty(self, weight_decay):
        """½λ Σ‖W‖² (for the divergence check: the page stops a run whose loss is not finite)."""
        total = 0.0
        for affine in self.affines:
            total += float(np.sum(affine.W.astype(F64) ** 2))
        return 0.5 * weight_decay * total

    def finite(self):
        """${tx('finite')}"""
        return all(np.isfinite(a.W).all() and np.isfinite(a.b).all() for a in self.affines)

    def accuracy(self, x, labels, chunk=250):
        """${tx('accuracy')}"""
        correct = 0
        for start in range(0, x.shape[0], chunk):
            z = self.predict(x[start:start + chunk])
            correct += int(np.sum(np.argmax(z, axis=1) == labels[start:start + chunk]))
        return correct / x.shape[0]`;
}
