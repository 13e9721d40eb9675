// The engine's batch normalisation (src/engine/nn/batchnorm.ts) as a Python layer for the "Reproduce in Python" exports:
// batch statistics in training, running averages at test, the engine's float32 stores in its order.
import type { Lang } from '../../state/i18n';

const TEXT = {
  cls: {
    zh: '批标准化：训练时 μ、σ²（有偏）取自这一批，x̂ = (x − μ)/√(σ² + ε)，y = γx̂ + β，并更新滑动平均 r ← m·r + (1 − m)·(μ 或 σ²)；测试时用滑动平均。求和逐行累加到 float32，与网页引擎相同。',
    en: 'Batch normalisation: in training μ and σ² (biased) come from the batch, x̂ = (x − μ)/√(σ² + ε), y = γx̂ + β, and the running averages move r ← m·r + (1 − m)·(μ or σ²); at test the running averages are used. Sums accumulate row by row in float32, as in the page’s engine.',
  },
  backward: {
    zh: '反向：dγ = Σ dy·x̂，dβ = Σ dy，dx = γ/√(σ² + ε)·(dy − dβ/n − x̂·dγ/n)。',
    en: 'Backward: dγ = Σ dy·x̂, dβ = Σ dy, dx = γ/√(σ² + ε)·(dy − dβ/n − x̂·dγ/n).',
  },
} as const;

/** Python source of class BatchNormalization(units, eps, momentum) (needs mlpPy's col_sum, F32, F64). */
export function batchNormPy(lang: Lang): string {
  return `class BatchNormalization:
    """${TEXT.cls[lang]}"""

    def __init__(self, units, eps, momentum):
        self.gamma = np.ones(units, dtype=F32)
        self.beta = np.zeros(units, dtype=F32)
        self.running_mean = np.zeros(units, dtype=F32)
        self.running_var = np.ones(units, dtype=F32)
        self.eps = eps
        self.momentum = momentum

    def forward(self, x, train):
        n, units = x.shape
        if train:
            mean = (col_sum(x).astype(F64) / n).astype(F32)
            var = np.zeros(units, dtype=F32)
            for row in x.astype(F64) - mean:
                var = (var.astype(F64) + row * row).astype(F32)
            var = (var.astype(F64) / n).astype(F32)
            m = self.momentum
            self.running_mean = (m * self.running_mean.astype(F64) + (1 - m) * mean.astype(F64)).astype(F32)
            self.running_var = (m * self.running_var.astype(F64) + (1 - m) * var.astype(F64)).astype(F32)
        else:
            mean, var = self.running_mean, self.running_var
        self.inv_std = (1 / np.sqrt(var.astype(F64) + self.eps)).astype(F32)
        xhat = (x.astype(F64) - mean) * self.inv_std
        self.xhat = xhat.astype(F32)
        return (self.gamma * xhat + self.beta).astype(F32)

    def backward(self, dout):
        """${TEXT.backward[lang]}"""
        n, units = dout.shape
        dgamma = np.zeros(units, dtype=F32)
        dbeta = np.zeros(units, dtype=F32)
        dy = dout.astype(F64)
        for i in range(n):
            dgamma = (dgamma.astype(F64) + dy[i] * self.xhat[i]).astype(F32)
            dbeta = (dbeta.astype(F64) + dy[i]).astype(F32)
        self.dgamma, self.dbeta = dgamma, dbeta
        scale = self.gamma.astype(F64) * self.inv_std
        return (scale * (dy - dbeta.astype(F64) / n - (self.xhat * dgamma.astype(F64)) / n)).astype(F32)`;
}
