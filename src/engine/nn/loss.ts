// Losses over a mini-batch: fused softmax + cross-entropy on labels, mean squared error; argmax accuracy.
import type { Vec } from '../optimizers/types';

/** Class labels (Uint8Array, length n) or real targets (n×c row-major). */
export type Targets = Uint8Array | Float32Array | Float64Array;

/**
 * Softmax cross-entropy, L = −(1/n) Σ_i log softmax(Z_i)[y_i], computed stably as
 * log Σ_j e^(Z_ij − max_i) − (Z_iy − max_i). Writes dZ = (softmax(Z) − onehot(y))/n when dZ is given.
 * Shapes: Z, dZ n×c; labels n. Returns L.
 */
export function softmaxCrossEntropy(Z: Vec, labels: Uint8Array, n: number, c: number, dZ: Vec | null): number {
  let loss = 0;
  for (let i = 0; i < n; i++) {
    const r = i * c;
    let max = -Infinity;
    for (let j = 0; j < c; j++) if (Z[r + j] > max) max = Z[r + j];
    let sum = 0;
    for (let j = 0; j < c; j++) sum += Math.exp(Z[r + j] - max);
    const y = labels[i];
    loss += Math.log(sum) - (Z[r + y] - max);
    if (dZ) {
      for (let j = 0; j < c; j++) dZ[r + j] = Math.exp(Z[r + j] - max) / sum / n;
      dZ[r + y] -= 1 / n;
    }
  }
  return loss / n;
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
