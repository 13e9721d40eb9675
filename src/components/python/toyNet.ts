// The CPU trainer (src/engine/train/trainer.ts) for the toy-data lessons as numpy code: initial weights of any scheme, a net
// of Affine → activation → dropout layers, the L2 and L1 penalties, clipping by global norm, the six optimizers over the
// float32 parameters (src/engine/optimizers, one update of every W and b), and the chunked evaluation loss.
import type { OptimizerName } from '../../engine/optimizers';
import type { Lang } from '../../state/i18n';
import { activationsPy } from './activations';
import { mlpPy } from './mlp';

const TEXT = {
  init: {
    zh: '初始权重：第 l 个全连接层的 W（行优先第 e 个元素）= std·gaussian(seed, stream_word(init, l), e)，b = 0；std：he = √(2/n)，xavier = √(1/n)，gaussian = 给定值（n 为输入数）。',
    en: 'Initial weights: W of dense layer l (row-major element e) = std·gaussian(seed, stream_word(init, l), e), b = 0; std: he = √(2/n), xavier = √(1/n), gaussian = the given value (n = fan-in).',
  },
  net: {
    zh: '网络：每个隐藏层 Affine → 激活 → Dropout，输出层 Affine；分类用 softmax 交叉熵，回归用均方误差。',
    en: 'The net: each hidden layer Affine → activation → Dropout, an Affine output layer; softmax cross-entropy for classes, mean squared error for regression.',
  },
  gradient: {
    zh: '一次前向与反向（训练模式，第 step 次更新的 dropout 掩码），返回数据损失；梯度在各层的 dW、db 里。',
    en: 'One forward and backward pass (training mode, the dropout masks of update `step`); returns the data loss, the gradients are in each layer’s dW, db.',
  },
  bnPlace: {
    zh: '批量归一化（可选）：放在激活函数之前（before）或之后（after）。',
    en: 'Batch norm (optional): before the activation or after it.',
  },
  finite: { zh: '每个参数是否都是有限数（有一个不是，网页就停止这次训练）。', en: 'Whether every parameter is finite (where one is not, the page stops the run).' },
  order: {
    zh: '参数的顺序与网页相同：每层 W、b（有批量归一化时再加 γ、β）。',
    en: 'The parameters in the page’s order: each layer’s W, b (and γ, β with batch norm).',
  },
  penalty: {
    zh: '正则化：每个 W 的梯度先加 λ₂W（L2），再加 λ₁·sign(W)（L1）；返回 ½λ₂‖W‖² + λ₁‖W‖₁。偏置不受影响。',
    en: 'Regularization: each W’s gradient gets λ₂W (L2), then λ₁·sign(W) (L1); returns ½λ₂‖W‖² + λ₁‖W‖₁. Biases are left alone.',
  },
  clip: {
    zh: '梯度裁剪：整个梯度（所有 W 与 b）的 L2 范数超过 max_norm 时按比例缩小。',
    en: 'Gradient clipping: the whole gradient (every W and b) is scaled down when its L2 norm exceeds max_norm.',
  },
  evaluate: {
    zh: '测试模式的平均损失（dropout 关闭），与网页一样每 500 行一块。',
    en: 'The mean loss in test mode (no dropout), 500 rows at a time like the page.',
  },
  f32: { zh: '舍入到 float32，再以双精度继续计算（网页引擎存入 Float32Array 的地方）。', en: 'Rounded to float32, computing on in double (where the page engine stores into a Float32Array).' },
  optimizer: {
    zh: '优化器：对每个参数数组逐元素更新，状态存为 float32（与网页引擎相同的运算顺序）。',
    en: 'The optimizer: an elementwise update of every parameter array, its state stored as float32 (the page engine’s order of operations).',
  },
} as const;

/** Each optimizer's hyperparameters (constructor arguments, in order), its state arrays and the lines of one array's update. */
const OPTIMIZERS: Record<OptimizerName, { name: string; args: readonly string[]; state: readonly string[]; body: readonly string[] }> = {
  sgd: { name: 'SGD', args: ['lr'], state: [], body: ['x = f32(x - self.lr * g)'] },
  momentum: { name: 'Momentum', args: ['lr', 'gamma'], state: ['v'], body: ['v = f32(self.gamma * v + self.lr * g)', 'x = f32(x - v)'] },
  adagrad: { name: 'AdaGrad', args: ['lr', 'eps'], state: ['s'], body: ['s = f32(s + g * g)', 'x = f32(x - (self.lr / np.sqrt(s + self.eps)) * g)'] },
  rmsprop: {
    name: 'RMSProp',
    args: ['lr', 'gamma', 'eps'],
    state: ['s'],
    body: ['s = f32(self.gamma * s + (1 - self.gamma) * g * g)', 'x = f32(x - (self.lr / np.sqrt(s + self.eps)) * g)'],
  },
  adadelta: {
    name: 'AdaDelta',
    args: ['rho', 'eps'],
    state: ['s', 'dx'],
    body: [
      's = f32(self.rho * s + (1 - self.rho) * g * g)',
      'g_prime = np.sqrt((dx + self.eps) / (s + self.eps)) * g',
      'dx = f32(self.rho * dx + (1 - self.rho) * g_prime * g_prime)',
      'x = f32(x - g_prime)',
    ],
  },
  adam: {
    name: 'Adam',
    args: ['lr', 'beta1', 'beta2', 'eps'],
    state: ['v', 's'],
    body: [
      'v = f32(self.beta1 * v + (1 - self.beta1) * g)',
      's = f32(self.beta2 * s + (1 - self.beta2) * g * g)',
      'x = f32(x - (self.lr * (v / c1)) / (np.sqrt(s / c2) + self.eps))',
    ],
  },
};

/** The Python class name of an optimizer (SGD, Momentum, AdaGrad, RMSProp, AdaDelta, Adam). */
export const optimizerClassName = (name: OptimizerName): string => OPTIMIZERS[name].name;

/** The hyperparameter names an optimizer's Python constructor takes, in order. */
export const optimizerArgs = (name: OptimizerName): readonly string[] => OPTIMIZERS[name].args;

/**
 * Python source of f32 and of the optimizer `name` as a class with update(params, grads) over lists of float32 arrays
 * (needs F32, F64): arithmetic in double, every stored value rounded to float32 (f32), as the engine's loops do.
 */
export function flatOptimizerPy(name: OptimizerName, lang: Lang): string {
  const o = OPTIMIZERS[name];
  const st = o.state;
  const lines = [
    'def f32(a):',
    `    """${TEXT.f32[lang]}"""`,
    '    return np.asarray(a, dtype=F32).astype(F64)',
    '',
    '',
    `class ${o.name}:`,
    `    """${TEXT.optimizer[lang]}"""`,
    '',
    `    def __init__(self, ${o.args.join(', ')}):`,
    ...o.args.map((a) => `        self.${a} = ${a}`),
    '        self.state = None',
    '        self.t = 0',
    '',
    '    def update(self, params, grads):',
    '        if self.state is None:',
    `            self.state = [[${st.map(() => 'np.zeros(p.shape)').join(', ')}] for p in params]`,
    '        self.t += 1',
    ...(name === 'adam' ? ['        c1 = 1 - self.beta1 ** self.t', '        c2 = 1 - self.beta2 ** self.t'] : []),
    '        for k, (p, grad) in enumerate(zip(params, grads)):',
    '            x = p.astype(F64)',
    '            g = grad.astype(F64)',
    ...(st.length ? [`            ${st.join(', ')}${st.length === 1 ? ',' : ''} = self.state[k]`] : []),
    ...o.body.map((l) => `            ${l}`),
    ...(st.length ? [`            self.state[k] = [${st.join(', ')}]`] : []),
    '            p[:] = x',
  ];
  return lines.join('\n');
}

/**
 * Python source of init_weights, ToyNet (layers, gradient, penalty, params/grads, finite, evaluate) and
 * clip_by_global_norm (needs RNG_PY, mlpPy's philox_np, Affine, Relu, SoftmaxWithLoss, and activationsPy).
 */
export function toyNetPy(lang: Lang): string {
  const tx = (k: keyof typeof TEXT) => TEXT[k][lang];
  return `def init_weights(seed, layer, fan_in, fan_out, init, std):
    """${tx('init')}"""
    std = {'he': math.sqrt(2 / fan_in), 'xavier': math.sqrt(1 / fan_in)}.get(init, std)
    w0, w1 = philox_np(np.arange(fan_in * fan_out), stream_word(STREAM['init'], layer), seed)
    u1 = (((w0 >> np.uint64(8)) + np.uint64(1)).astype(F64) * INV_2_24).tolist()
    u2 = ((w1 >> np.uint64(8)).astype(F64) * INV_2_24).tolist()
    g = [math.sqrt(-2 * math.log(a)) * math.cos(2 * math.pi * b) for a, b in zip(u1, u2)]
    return (std * np.array(g, dtype=F64)).astype(F32).reshape(fan_in, fan_out)


ACTIVATIONS = {'relu': Relu, 'leaky': LeakyRelu, 'tanh': Tanh, 'sigmoid': Sigmoid}


class ToyNet:
    """${tx('net')}"""

    def __init__(self, sizes, activation, init, std, dropout, regression, seed, batch_norm='none'):
        self.affines = [Affine(init_weights(seed, l, sizes[l], sizes[l + 1], init, std)) for l in range(len(sizes) - 1)]
        self.activations = [ACTIVATIONS[activation]() for _ in self.affines[:-1]]
        self.dropouts = [Dropout(p, l) for l, p in enumerate(dropout)]
        # ${tx('bnPlace')}
        self.batch_norm = batch_norm
        self.norms = [BatchNormalization(units) for units in sizes[1:-1]] if batch_norm != 'none' else []
        self.last = MeanSquaredError() if regression else SoftmaxWithLoss()
        self.seed = seed

    def predict(self, x, train=False, step=0):
        for l, (affine, activation, dropout) in enumerate(zip(self.affines, self.activations, self.dropouts)):
            x = affine.forward(x)
            if self.batch_norm == 'before':
                x = self.norms[l].forward(x, train)
            x = activation.forward(x)
            if self.batch_norm == 'after':
                x = self.norms[l].forward(x, train)
            x = dropout.forward(x, train, self.seed, step)
        return self.affines[-1].forward(x)

    def gradient(self, x, t, step):
        """${tx('gradient')}"""
        loss = self.last.forward(self.predict(x, True, step), t)
        dout = self.affines[-1].backward(self.last.backward(), need_dx=len(self.activations) > 0)
        for l in range(len(self.activations) - 1, -1, -1):
            dout = self.dropouts[l].backward(dout)
            if self.batch_norm == 'after':
                dout = self.norms[l].backward(dout)
            dout = self.activations[l].backward(dout)
            if self.batch_norm == 'before':
                dout = self.norms[l].backward(dout)
            dout = self.affines[l].backward(dout, need_dx=l > 0)
        return loss

    def penalty(self, l2, l1):
        """${tx('penalty')}"""
        total = 0.0
        for a in self.affines:
            W = a.W.astype(F64)
            if l2 != 0:
                a.dW = (a.dW.astype(F64) + l2 * W).astype(F32)
                total += 0.5 * l2 * float(np.sum(W * W))
        for a in self.affines:
            W = a.W.astype(F64)
            if l1 != 0:
                a.dW = (a.dW.astype(F64) + np.sign(W) * l1).astype(F32)
                total += l1 * float(np.sum(np.abs(W)))
        return total

    def params(self):
        """${tx('order')}"""
        out = []
        for l, a in enumerate(self.affines):
            out += [a.W, a.b] + ([self.norms[l].gamma, self.norms[l].beta] if l < len(self.norms) else [])
        return out

    def grads(self):
        out = []
        for l, a in enumerate(self.affines):
            out += [a.dW, a.db] + ([self.norms[l].dgamma, self.norms[l].dbeta] if l < len(self.norms) else [])
        return out

    def finite(self):
        """${tx('finite')}"""
        return all(np.isfinite(p).all() for p in self.params())

    def set_grads(self, grads):
        k = 0
        for l, a in enumerate(self.affines):
            a.dW, a.db = grads[k], grads[k + 1]
            k += 2
            if l < len(self.norms):
                self.norms[l].dgamma, self.norms[l].dbeta = grads[k], grads[k + 1]
                k += 2

    def evaluate(self, x, t, chunk=500):
        """${tx('evaluate')}"""
        total = 0.0
        for start in range(0, x.shape[0], chunk):
            rows = min(chunk, x.shape[0] - start)
            total += self.last.forward(self.predict(x[start:start + rows]), t[start:start + rows]) * rows
        return total / x.shape[0] if x.shape[0] else float('nan')


def clip_by_global_norm(grads, max_norm):
    """${tx('clip')}"""
    if not max_norm > 0:
        return grads
    total = 0.0
    for g in grads:
        for v in g.ravel().tolist():
            total += v * v
    norm = math.sqrt(total)
    if norm <= max_norm:
        return grads
    scale = max_norm / norm
    return [(g.astype(F64) * scale).astype(F32) for g in grads]`;
}


/** Top-level blocks of mlpPy the toy scripts replace: the MNIST net, its He-only init and its SGD with weight decay. */
const REPLACED = ['class SGD:', 'class MultiLayerNet:', 'def he_weights('];

/**
 * mlpPy's shared pieces (philox_np, permutation, matmul, col_sum, Affine, Relu, SoftmaxWithLoss, …) without the blocks
 * that toyNetPy and flatOptimizerPy replace, so that every name in a script is defined once.
 */
export function mlpLayersPy(lang: Lang): string {
  return mlpPy(lang)
    .split('\n\n\n')
    .filter((block) => !REPLACED.some((r) => block.startsWith(r)))
    .join('\n\n\n');
}


/**
 * The definitions a toy-net script needs after RNG_PY, in order: mlpPy's layers, the activations, ToyNet and the optimizer
 * `optimizer` over flat parameter lists.
 */
export function toyNetPieces(optimizer: OptimizerName, lang: Lang): string[] {
  return [mlpLayersPy(lang), activationsPy(lang), toyNetPy(lang), flatOptimizerPy(optimizer, lang)];
}
