// Batch normalisation over the rows of an n×u mini-batch: forward (train and eval), running averages, backward.
import type { Vec } from '../optimizers/types';

/**
 * Per-layer batch-norm buffers. Shapes: xhat n×u (≤ maxBatch×u); mean, variance, invStd u.
 * In training mode mean/variance are the batch statistics; in eval mode they are copies of the running ones.
 */
export interface BatchNormCache {
  xhat: Vec;
  mean: Vec;
  variance: Vec;
  invStd: Vec;
}

/**
 * Training forward: μ_j = (1/n)Σ_i X_ij, σ²_j = (1/n)Σ_i (X_ij − μ_j)² (biased, as in the book),
 * x̂ = (X − μ)/√(σ² + ε), Y = γ x̂ + β. Shapes: X, Y n×u (Y may be X); gamma, beta u.
 */
export function batchNormForwardTrain(
  X: Vec, Y: Vec, n: number, u: number, gamma: Vec, beta: Vec, cache: BatchNormCache, eps: number,
): void {
  const { mean, variance, invStd } = cache;
  mean.fill(0, 0, u);
  variance.fill(0, 0, u);
  for (let i = 0; i < n; i++) {
    const r = i * u;
    for (let j = 0; j < u; j++) mean[j] += X[r + j];
  }
  for (let j = 0; j < u; j++) mean[j] /= n;
  for (let i = 0; i < n; i++) {
    const r = i * u;
    for (let j = 0; j < u; j++) {
      const c = X[r + j] - mean[j];
      variance[j] += c * c;
    }
  }
  for (let j = 0; j < u; j++) {
    variance[j] /= n;
    invStd[j] = 1 / Math.sqrt(variance[j] + eps);
  }
  normalise(X, Y, n, u, gamma, beta, cache);
}

/** Eval forward with the running statistics: x̂ = (X − r_μ)/√(r_σ² + ε), Y = γ x̂ + β. Shapes as in training. */
export function batchNormForwardEval(
  X: Vec, Y: Vec, n: number, u: number, gamma: Vec, beta: Vec, runMean: Vec, runVar: Vec, cache: BatchNormCache, eps: number,
): void {
  const { mean, variance, invStd } = cache;
  for (let j = 0; j < u; j++) {
    mean[j] = runMean[j];
    variance[j] = runVar[j];
    invStd[j] = 1 / Math.sqrt(runVar[j] + eps);
  }
  normalise(X, Y, n, u, gamma, beta, cache);
}

function normalise(X: Vec, Y: Vec, n: number, u: number, gamma: Vec, beta: Vec, cache: BatchNormCache): void {
  const { xhat, mean, invStd } = cache;
  for (let i = 0; i < n; i++) {
    const r = i * u;
    for (let j = 0; j < u; j++) {
      const xh = (X[r + j] - mean[j]) * invStd[j];
      xhat[r + j] = xh;
      Y[r + j] = gamma[j] * xh + beta[j];
    }
  }
}

/** r_μ ← m·r_μ + (1 − m)·μ, r_σ² ← m·r_σ² + (1 − m)·σ² after a training forward. Shapes: u. */
export function batchNormUpdateRunning(runMean: Vec, runVar: Vec, cache: BatchNormCache, u: number, momentum: number): void {
  for (let j = 0; j < u; j++) {
    runMean[j] = momentum * runMean[j] + (1 - momentum) * cache.mean[j];
    runVar[j] = momentum * runVar[j] + (1 - momentum) * cache.variance[j];
  }
}

/**
 * Backward. dγ_j = Σ_i dY_ij x̂_ij, dβ_j = Σ_i dY_ij, and
 *   training: dX = γ/√(σ² + ε) · (dY − dβ/n − x̂·dγ/n)   (the batch statistics depend on X),
 *   eval:     dX = γ/√(r_σ² + ε) · dY                   (the running statistics are constants).
 * Shapes: dY, dX n×u (dX may be dY); gamma, dGamma, dBeta u (dGamma, dBeta overwritten).
 */
export function batchNormBackward(
  dY: Vec, dX: Vec, n: number, u: number, gamma: Vec, cache: BatchNormCache, dGamma: Vec, dBeta: Vec, train: boolean,
): void {
  const { xhat, invStd } = cache;
  dGamma.fill(0, 0, u);
  dBeta.fill(0, 0, u);
  for (let i = 0; i < n; i++) {
    const r = i * u;
    for (let j = 0; j < u; j++) {
      const dy = dY[r + j];
      dGamma[j] += dy * xhat[r + j];
      dBeta[j] += dy;
    }
  }
  for (let i = 0; i < n; i++) {
    const r = i * u;
    for (let j = 0; j < u; j++) {
      const scale = gamma[j] * invStd[j];
      dX[r + j] = train
        ? scale * (dY[r + j] - dBeta[j] / n - (xhat[r + j] * dGamma[j]) / n)
        : scale * dY[r + j];
    }
  }
}
