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
  mse: {
    zh: '均方误差：L = (1/n) Σ ½(y − t)²，梯度 (y − t)/n。',
    en: 'Mean squared error: L = (1/n) Σ ½(y − t)², gradient (y − t)/n.',
  },
} as const;

/**
 * Python source of Sigmoid, Tanh, LeakyRelu, Dropout and MeanSquaredError (needs RNG_PY and mlpPy's F32, F64, philox_np
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
