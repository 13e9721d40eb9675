// Losses over a mini-batch: fused softmax + cross-entropy on labels, mean squared error; argmax accuracy.
import type { Vec } from '../optimizers/types';

/** Class labels (Uint8Array, length n) or real targets (n×c row-major). */
export type Targets = Uint8Array | Float32Array | Float64Array;

/**
 * Softmax cross-entropy, L = −(1/n) Σ_i w_{y_i} log softmax(Z_i)[y_i], computed stably as
 * log Σ_j e^(Z_ij − max_i) − (Z_iy − max_i). Writes dZ = w_{y_i}(softmax(Z_i) − onehot(y_i))/n when dZ is given.
 * `weights` (one per class, e.g. classWeights) defaults to w = 1 for every class: the plain mean.
 * Shapes: Z, dZ n×c; labels n; weights c. Returns L.
 */
export function softmaxCrossEntropy(
  Z: Vec, labels: Uint8Array, n: number, c: number, dZ: Vec | null, weights: ArrayLike<number> | null = null,
): number {
  let loss = 0;
  for (let i = 0; i < n; i++) {
    const r = i * c;
    let max = -Infinity;
    for (let j = 0; j < c; j++) if (Z[r + j] > max) max = Z[r + j];
    let sum = 0;
    for (let j = 0; j < c; j++) sum += Math.exp(Z[r + j] - max);
    const y = labels[i];
    const w = weights ? weights[y] : 1;
    loss += w * (Math.log(sum) - (Z[r + y] - max));
    if (dZ) {
      for (let j = 0; j < c; j++) dZ[r + j] = (w * Math.exp(Z[r + j] - max)) / sum / n;
      dZ[r + y] -= w / n;
    }
  }
  return loss / n;
}

/**
 * Class weights w_k = N / (K · N_k) for the N labels (N_k of class k, K classes present), so that the mean weight over the
 * labels, (1/N) Σ_i w_{y_i}, is 1; a class with no label gets weight 0. Shape: c.
 */
export function classWeights(labels: ArrayLike<number>, c: number): Float64Array {
  const counts = new Float64Array(c);
  for (let i = 0; i < labels.length; i++) counts[labels[i]]++;
  const present = counts.reduce((k, nk) => k + (nk > 0 ? 1 : 0), 0);
  return counts.map((nk) => (nk > 0 ? labels.length / (present * nk) : 0));
}

/**
 * Mean squared error, L = (1/n) Σ_i ½‖Y_i − T_i‖² (½ as in d2l, so dY = (Y − T)/n).
 * Labels stand for one-hot targets. Shapes: Y, dY n×c; targets n (labels) or n×c. Returns L.
 */
export function meanSquaredError(Y: Vec, targets: Targets, n: number, c: number, dY: Vec | null): number {
  let loss = 0;
  const labels = targets instanceof Uint8Array;
  for (let i = 0; i < n; i++) {
    const r = i * c;
    for (let j = 0; j < c; j++) {
      const t = labels ? (targets[i] === j ? 1 : 0) : targets[r + j];
      const e = Y[r + j] - t;
      loss += 0.5 * e * e;
      if (dY) dY[r + j] = e / n;
    }
  }
  return loss / n;
}

/** Number of rows whose argmax equals the label. Shapes: Z n×c, labels n. */
export function countCorrect(Z: Vec, labels: Uint8Array, n: number, c: number): number {
  let correct = 0;
  for (let i = 0; i < n; i++) {
    const r = i * c;
    let best = 0;
    for (let j = 1; j < c; j++) if (Z[r + j] > Z[r + best]) best = j;
    if (best === labels[i]) correct++;
  }
  return correct;
}
