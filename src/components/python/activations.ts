// The engine's other layers (src/engine/nn/activations, dropout.ts, loss.ts) as numpy classes for the "Reproduce in Python"
// exports of the toy-data lessons: sigmoid, tanh, leaky ReLU, inverted dropout with the page's masks, and the ½-MSE loss.
// Arithmetic in double, results stored as float32, as the engine does.
import type { Lang } from '../../state/i18n';

const TEXT = {
  sigmoid: {
    zh: 'Sigmoid：σ(x) = 1/(1 + e^(−x))（x < 0 时写成 eˣ/(1 + eˣ)，不会溢出），σ′ = σ(1 − σ)。',
    en: 'Sigmoid: σ(x) = 1/(1 + e^(−x)) (written eˣ/(1 + eˣ) for x < 0, so it never overflows), σ′ = σ(1 − σ).',
  },
  tanh: { zh: 'tanh：f′ = 1 − tanh²。', en: 'tanh: f′ = 1 − tanh².' },
  leaky: { zh: 'Leaky ReLU：x > 0 时为 x，否则 kx（k = 0.01），f′(0) 取 k。', en: 'Leaky ReLU: x for x > 0, else kx (k = 0.01); f′(0) taken as k.' },
  dropout: {
    zh: '倒置 dropout：训练时单元以概率 p 置零，保留的乘 1/(1 − p)；测试时原样通过。掩码与网页相同：第 step 次更新、第 layer 层、第 (row·units + unit) 个单元的 random_u32 >> 8 ≥ ⌈p·2²⁴⌉ 时保留。',
    en: 'Inverted dropout: in training a unit is zeroed with probability p and kept ones are scaled by 1/(1 − p); at test it passes as is. The page’s masks: unit (row·units + unit) of layer `layer` at update `step` is kept when random_u32 >> 8 ≥ ⌈p·2²⁴⌉.',
  },
  bn: {
    zh: '批量归一化：训练时 x̂ = (x − μ)/√(σ² + ε)（μ、σ² 为这一批的均值与有偏方差），y = γx̂ + β，并更新滑动平均 r ← m·r + (1 − m)·(μ, σ²)；测试时用滑动平均。累加与网页一样存为 float32。',
    en: 'Batch norm: in training x̂ = (x − μ)/√(σ² + ε) (μ, σ² the batch mean and biased variance), y = γx̂ + β, and the running averages r ← m·r + (1 − m)·(μ, σ²); at test the running averages. Sums are stored as float32 like the page’s.',
  },
  mse: {
    zh: '均方误差：L = (1/n) Σ ½(y − t)²，梯度 (y − t)/n。',
    en: 'Mean squared error: L = (1/n) Σ ½(y − t)², gradient (y − t)/n.',
  },
} as const;

/**
 * Python source of Sigmoid, Tanh, LeakyRelu, Dropout, BatchNormalization and MeanSquaredError (needs RNG_PY and mlpPy's F32, F64, philox_np
 * above it; Relu comes from mlpPy). Every activation has forward(x) and backward(dout), as in the books' layers.
 */
export function activationsPy(lang: Lang): string {
  const tx = (k: keyof typeof TEXT) => TEXT[k][lang];
  return `class Sigmoid:
    """${tx('sigmoid')}"""

    def __init__(self):
        self.y = None

    def forward(self, x):
        x = x.astype(F64)
        e = np.exp(-np.abs(x))
        self.y = np.where(x >= 0, 1 / (1 + e), e / (1 + e)).astype(F32)
        return self.y

    def backward(self, dout):
        y = self.y.astype(F64)
        return (dout.astype(F64) * y * (1 - y)).astype(F32)


class Tanh:
    """${tx('tanh')}"""

    def __init__(self):
        self.y = None

    def forward(self, x):
        self.y = np.tanh(x.astype(F64)).astype(F32)
        return self.y

    def backward(self, dout):
        y = self.y.astype(F64)
        return (dout.astype(F64) * (1 - y * y)).astype(F32)


class LeakyRelu:
    """${tx('leaky')}"""

    def __init__(self, slope=0.01):
        self.slope = slope
        self.x = None

    def forward(self, x):
        self.x = x
        return np.where(x > 0, x, (self.slope * x.astype(F64)).astype(F32))

    def backward(self, dout):
        return np.where(self.x > 0, dout, (self.slope * dout.astype(F64)).astype(F32))


class Dropout:
    """${tx('dropout')}"""

    def __init__(self, p, layer):
        self.p = p
        self.layer = layer
        self.mask = None

    def forward(self, x, train, seed=0, step=0):
        self.mask = None
        if not train or self.p == 0:
            return x
        n, units = x.shape
        index = (self.layer << 24) | np.arange(n * units)
        words, _ = philox_np(index, stream_word(STREAM['dropout'], step), seed)
        self.mask = ((words >> np.uint64(8)) >= math.ceil(self.p * 16777216)).reshape(n, units)
        return np.where(self.mask, (x.astype(F64) * (1 / (1 - self.p))).astype(F32), F32(0))

    def backward(self, dout):
        if self.mask is None:
            return dout
        return np.where(self.mask, (dout.astype(F64) * (1 / (1 - self.p))).astype(F32), F32(0))


class BatchNormalization:
    """${tx('bn')}"""

    def __init__(self, units, momentum=0.9, eps=1e-5):
        self.gamma = np.ones(units, dtype=F32)
        self.beta = np.zeros(units, dtype=F32)
        self.running_mean = np.zeros(units, dtype=F32)
        self.running_var = np.ones(units, dtype=F32)
        self.momentum = momentum
        self.eps = eps

    def forward(self, x, train):
        x = x.astype(F64)
        n = x.shape[0]
        if train:
            mean = np.zeros(x.shape[1], dtype=F32)
            for row in x:
                mean = (mean.astype(F64) + row).astype(F32)
            mean = (mean.astype(F64) / n).astype(F32)
            var = np.zeros(x.shape[1], dtype=F32)
            for row in x:
                c = row - mean.astype(F64)
                var = (var.astype(F64) + c * c).astype(F32)
            var = (var.astype(F64) / n).astype(F32)
            m = self.momentum
            self.running_mean = (m * self.running_mean.astype(F64) + (1 - m) * mean.astype(F64)).astype(F32)
            self.running_var = (m * self.running_var.astype(F64) + (1 - m) * var.astype(F64)).astype(F32)
        else:
            mean, var = self.running_mean, self.running_var
        self.train = train
        self.inv_std = (1 / np.sqrt(var.astype(F64) + self.eps)).astype(F32)
        xhat = (x - mean.astype(F64)) * self.inv_std.astype(F64)
        self.xhat = xhat.astype(F32)
        # y from x̂ before its float32 rounding, as the page computes it
        return (self.gamma.astype(F64) * xhat + self.beta.astype(F64)).astype(F32)

    def backward(self, dout):
        n = dout.shape[0]
        dy = dout.astype(F64)
        xhat = self.xhat.astype(F64)
        self.dgamma = np.zeros(dout.shape[1], dtype=F32)
        self.dbeta = np.zeros(dout.shape[1], dtype=F32)
        for i in range(n):
            self.dgamma = (self.dgamma.astype(F64) + dy[i] * xhat[i]).astype(F32)
            self.dbeta = (self.dbeta.astype(F64) + dy[i]).astype(F32)
        scale = self.gamma.astype(F64) * self.inv_std.astype(F64)
        if not self.train:
            return (scale * dy).astype(F32)
        dgamma, dbeta = self.dgamma.astype(F64), self.dbeta.astype(F64)
        return (scale * (dy - dbeta / n - (xhat * dgamma) / n)).astype(F32)


class MeanSquaredError:
    """${tx('mse')}"""

    def forward(self, y, t):
        n = y.shape[0]
        e = y.astype(F64) - t.astype(F64).reshape(y.shape)
        loss = 0.0
        for v in (0.5 * e * e).ravel().tolist():
            loss += v
        self.dy = (e / n).astype(F32)
        return loss / n

    def backward(self):
        return self.dy`;
}
