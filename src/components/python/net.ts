// A Python network in the style of the book's MultiLayerNetExtend for the "Reproduce in Python" exports of the lessons whose
// nets go beyond mlpPy's MultiLayerNet: any init scheme, batch norm before or after the ReLU, dropout (both variants), L2,
// and the trainer's evaluation in chunks of 500 rows. It runs the engine's forward and backward (src/engine/nn/mlp.ts) in order.
import type { Lang } from '../../state/i18n';

const TEXT = {
  net: {
    zh: '多层网络：每个隐藏层 Affine → [BN，before] → ReLU → [BN，after] → [Dropout]，输出层 Affine，损失 softmax 交叉熵。',
    en: 'The multilayer net: each hidden layer Affine → [BN, before] → ReLU → [BN, after] → [Dropout], an Affine output layer, softmax cross-entropy loss.',
  },
  gradient: {
    zh: '一次训练的前向与反向，step 为第几次更新（从 0 起），它选出丢弃掩码；返回数据损失。',
    en: 'One training forward and backward; step is the 0-based update number, which picks the dropout masks. Returns the data loss.',
  },
  update: {
    zh: 'SGD：W ← W − η (∂L/∂W + λW)，b、γ、β ← − η·梯度（权重衰减只作用于 W）。',
    en: 'SGD: W ← W − η (∂L/∂W + λW); b, γ, β move by −η·gradient (weight decay applies to W only).',
  },
  evaluate: {
    zh: '测试模式（滑动平均、无掩码）下的平均损失与准确率，按 500 行一块计算，与网页的训练器相同。',
    en: 'Mean loss and accuracy in test mode (running averages, no mask), 500 rows at a time as the page’s trainer computes them.',
  },
  shuffle: {
    zh: '0…n−1 的随机排列（Fisher–Yates，与网页相同的随机数流 stream）。',
    en: 'A random permutation of 0…n−1 (Fisher–Yates, the page’s random stream `stream`).',
  },
} as const;

/**
 * Python source of shuffle(n, seed, stream) and class Net(sizes, seed, init, dropout, variant, batch_norm, bn_eps,
 * bn_momentum) with gradient, update, penalty, finite, evaluate, params, set_params (needs RNG_PY, mlpPy, initPy,
 * dropoutPy, batchNormPy above it).
 */
export function netPy(lang: Lang): string {
  const tx = (k: keyof typeof TEXT) => TEXT[k][lang];
  return `def shuffle(n, seed, stream):
    """${tx('shuffle')}"""
    words, _ = philox_np(np.arange(n), stream, seed)
    words = words.tolist()
    perm = list(range(n))
    for i in range(n - 1, 0, -1):
        j = (words[i] * (i + 1)) >> 32
        perm[i], perm[j] = perm[j], perm[i]
    return np.array(perm, dtype=np.int64)


class Net:
    """${tx('net')}"""

    def __init__(self, sizes, seed, init, dropout=0, variant='inverted', batch_norm='none', bn_eps=1e-5, bn_momentum=0.9):
        hidden = len(sizes) - 2
        self.seed = seed
        self.batch_norm = batch_norm
        self.affines = [Affine(init_weights(seed, l, sizes[l], sizes[l + 1], init_std(init, sizes[l]))) for l in range(hidden + 1)]
        self.norms = [BatchNormalization(sizes[l + 1], bn_eps, bn_momentum) for l in range(hidden)] if batch_norm != 'none' else []
        self.relus = [Relu() for _ in range(hidden)]
        self.dropouts = [Dropout(dropout, variant, l) for l in range(hidden)]
        self.last = SoftmaxWithLoss()

    def predict(self, x, train=False, step=0):
        for l, (affine, relu, drop) in enumerate(zip(self.affines, self.relus, self.dropouts)):
            x = affine.forward(x)
            if self.batch_norm == 'before':
                x = self.norms[l].forward(x, train)
            x = relu.forward(x)
            if self.batch_norm == 'after':
                x = self.norms[l].forward(x, train)
            x = drop.forward(x, train, self.seed, step)
        return self.affines[-1].forward(x)

    def gradient(self, x, labels, step):
        """${tx('gradient')}"""
        loss = self.last.forward(self.predict(x, True, step), labels)
        dout = self.affines[-1].backward(self.last.backward(), need_dx=len(self.relus) > 0)
        for l in range(len(self.relus) - 1, -1, -1):
            dout = self.dropouts[l].backward(dout)
            if self.batch_norm == 'after':
                dout = self.norms[l].backward(dout)
            dout = self.relus[l].backward(dout)
            if self.batch_norm == 'before':
                dout = self.norms[l].backward(dout)
            dout = self.affines[l].backward(dout, need_dx=l > 0)
        return loss

    def update(self, lr, weight_decay=0):
        """${tx('update')}"""
        for a in self.affines:
            if weight_decay != 0:
                a.dW = (a.dW.astype(F64) + weight_decay * a.W.astype(F64)).astype(F32)
            a.W = (a.W.astype(F64) - lr * a.dW.astype(F64)).astype(F32)
            a.b = (a.b.astype(F64) - lr * a.db.astype(F64)).astype(F32)
        for bn in self.norms:
            bn.gamma = (bn.gamma.astype(F64) - lr * bn.dgamma.astype(F64)).astype(F32)
            bn.beta = (bn.beta.astype(F64) - lr * bn.dbeta.astype(F64)).astype(F32)

    def penalty(self, weight_decay):
        """½λ Σ‖W‖²"""
        if weight_decay == 0:
            return 0
        return 0.5 * weight_decay * sum(float(np.sum(a.W.astype(F64) ** 2)) for a in self.affines)

    def params(self):
        """Every parameter and running average (copies), to save and restore."""
        return [p.copy() for a in self.affines for p in (a.W, a.b)] + [
            p.copy() for bn in self.norms for p in (bn.gamma, bn.beta, bn.running_mean, bn.running_var)]

    def set_params(self, saved):
        it = iter(saved)
        for a in self.affines:
            a.W, a.b = next(it).copy(), next(it).copy()
        for bn in self.norms:
            bn.gamma, bn.beta, bn.running_mean, bn.running_var = (next(it).copy() for _ in range(4))

    def finite(self):
        return all(np.isfinite(p).all() for p in self.params())

    def evaluate(self, x, labels, chunk=500):
        """${tx('evaluate')}"""
        n = x.shape[0]
        loss_sum = 0.0
        correct = 0
        for start in range(0, n, chunk):
            rows = min(chunk, n - start)
            z = self.predict(x[start:start + rows])
            loss_sum += self.last.forward(z, labels[start:start + rows]) * rows
            correct += int(np.sum(np.argmax(z, axis=1) == labels[start:start + rows]))
        return (loss_sum / n, correct / n) if n > 0 else (float('nan'), float('nan'))`;
}
