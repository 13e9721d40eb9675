// The gradients lesson's deep net in Python for its "Reproduce in Python" exports: ToyNet (components/python/toyNet) with
// any activation, leaky slope k, batch norm before/after the activation and residual links (src/engine/nn/mlp.ts), plus the
// readings the figures take off a run: per-layer gradient norms, the activation histogram and its mean f′.
import type { Lang } from '../../state/i18n';
import { histogramPy } from '../../components/python/histogram';

const TEXT = {
  net: {
    zh: '深层网络：每个隐藏层 Affine → [BN，before] → 激活 → [BN，after] → (+ 上一层的输出，若有残差连接)，输出层 Affine，softmax 交叉熵。',
    en: 'The deep net: each hidden layer Affine → [BN, before] → activation → [BN, after] → (+ the previous layer’s output, with residual links), an Affine output layer, softmax cross-entropy.',
  },
  skip: {
    zh: '残差连接：第 2 个隐藏层起（宽度与上一层相同时）把输入加到输出上；反向时上游梯度原样加回去。',
    en: 'Residual links: from the 2nd hidden layer on (when its width equals the previous one’s) the input is added to the output; backward adds the upstream gradient back unchanged.',
  },
  outputs: { zh: '激活函数的输出 f(·)（直方图读它）。', en: 'The activation outputs f(·) (what the histograms read).' },
  norm2: {
    zh: '‖v‖₂，平方按顺序逐个用双精度累加（cumsum 不做成对求和），与网页相同。',
    en: '‖v‖₂, the squares added one by one in double (cumsum does no pairwise summation), as the page does.',
  },
  derivative: {
    zh: '用输出 a = f(z) 写的导数：sigmoid a(1 − a)，tanh 1 − a²，ReLU a > 0 时为 1 否则 0，leaky ReLU a > 0 时为 1 否则 k。',
    en: 'The derivative in terms of the output a = f(z): sigmoid a(1 − a), tanh 1 − a², ReLU 1 for a > 0 else 0, leaky ReLU 1 for a > 0 else k.',
  },
  mean: {
    zh: '一层的平均 f′(z)：每个计数取所在格的中心；ReLU 与 leaky ReLU 中含 0 的那一格算作未激活。',
    en: 'A layer’s mean f′(z): every count at its bin’s centre; for ReLU and leaky ReLU the bin holding 0 counts as inactive.',
  },
} as const;

/**
 * Python source of DeepNet(ToyNet), norm2, histogram, derivative_at and mean_derivative (needs mlpLayersPy, activationsPy
 * and toyNetPy above it).
 */
export function deepNetPy(lang: Lang): string {
  const tx = (k: keyof typeof TEXT) => TEXT[k][lang];
  return `class DeepNet(ToyNet):
    """${tx('net')}"""

    def __init__(self, sizes, activation, init, std, slope, batch_norm, residual, seed):
        hidden = len(sizes) - 2
        super().__init__(sizes, activation, init, std, [0] * hidden, False, seed, batch_norm)
        if activation == 'leaky':
            self.activations = [LeakyRelu(slope) for _ in range(hidden)]
        # ${tx('skip')}
        self.skips = [residual and l > 0 and sizes[l] == sizes[l + 1] for l in range(hidden)]
        self.outputs = []  # ${tx('outputs')}

    def predict(self, x, train=False, step=0):
        self.outputs = []
        for l, (affine, activation) in enumerate(zip(self.affines, self.activations)):
            a = affine.forward(x)
            if self.batch_norm == 'before':
                a = self.norms[l].forward(a, train)
            a = activation.forward(a)
            self.outputs.append(a)
            if self.batch_norm == 'after':
                a = self.norms[l].forward(a, train)
            x = a + x if self.skips[l] else a
        return self.affines[-1].forward(x)

    def gradient(self, x, labels, step=0):
        loss = self.last.forward(self.predict(x, True), labels)
        dout = self.affines[-1].backward(self.last.backward(), need_dx=len(self.activations) > 0)
        for l in range(len(self.activations) - 1, -1, -1):
            d = dout
            if self.batch_norm == 'after':
                d = self.norms[l].backward(d)
            d = self.activations[l].backward(d)
            if self.batch_norm == 'before':
                d = self.norms[l].backward(d)
            d = self.affines[l].backward(d, need_dx=l > 0)
            if self.skips[l]:
                d = d + dout
            dout = d
        return loss


def norm2(a):
    """${tx('norm2')}"""
    v = a.astype(F64).ravel()
    return math.sqrt(float(np.cumsum(v * v)[-1])) if v.size else 0.0


${histogramPy(lang)}


def derivative_at(activation, a, k):
    """${tx('derivative')}"""
    if activation == 'sigmoid':
        return a * (1 - a)
    if activation == 'tanh':
        return 1 - a * a
    if activation == 'leaky':
        return 1 if a > 0 else k
    return 1 if a > 0 else 0


def mean_derivative(lo, hi, counts, activation, k):
    """${tx('mean')}"""
    width = (hi - lo) / len(counts)
    kinked = activation in ('relu', 'leaky')
    total = 0.0
    n = 0
    for i, c in enumerate(counts):
        if not c:
            continue
        a0 = lo + i * width
        holds_zero = kinked and a0 <= 0 < a0 + width
        total += c * derivative_at(activation, -1 if holds_zero else a0 + 0.5 * width, k)
        n += c
    return total / n if n else float('nan')`;
}
