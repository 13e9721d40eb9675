// Pure model of the minibatch lesson's first part: linear regression y = w₁x + w₂ on a seeded set, trained by batch, mini-batch and stochastic gradient descent.
import { STREAM, gaussian, permutation, streamWord, uniform } from '../../engine/rng';

/** Points of the synthetic set, the generating line and the start of every path. */
export const N_POINTS = 64;
export const TRUE_W: readonly [number, number] = [1.5, 1];
export const W0: readonly [number, number] = [-2, -2];
/** The plotted parameter domain: [w₁ range, w₂ range]. */
export const DOMAIN: readonly [readonly [number, number], readonly [number, number]] = [
  [-3, 4],
  [-3, 4],
];

/** n points (x_i, y_i): x ~ U(−1, 2), y = 1.5x + 1 + noise·N(0, 1), from the seed's data stream. */
export interface RegressionData {
  n: number;
  x: Float64Array;
  y: Float64Array;
}

export function regressionData(seed: number, noise: number, n = N_POINTS): RegressionData {
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    x[i] = -1 + 3 * uniform(seed, streamWord(STREAM.data, 0), i);
    y[i] = TRUE_W[0] * x[i] + TRUE_W[1] + noise * gaussian(seed, streamWord(STREAM.data, 1), i);
  }
  return { n, x, y };
}

/** L(w) = 1/(2n) Σ (w₁x_i + w₂ − y_i)² over the whole set. */
export function loss(d: RegressionData, w1: number, w2: number): number {
  let s = 0;
  for (let i = 0; i < d.n; i++) {
    const r = w1 * d.x[i] + w2 - d.y[i];
    s += r * r;
  }
  return s / (2 * d.n);
}

/** The least-squares optimum w* (the normal equations of the 2 × 2 problem). */
export function leastSquares(d: RegressionData): [number, number] {
  let sx = 0, sxx = 0, sy = 0, sxy = 0;
  for (let i = 0; i < d.n; i++) {
    sx += d.x[i];
    sxx += d.x[i] * d.x[i];
    sy += d.y[i];
    sxy += d.x[i] * d.y[i];
  }
  const det = d.n * sxx - sx * sx;
  return [(d.n * sxy - sx * sy) / det, (sxx * sy - sx * sxy) / det];
}

/**
 * One path: w after every update. w[2k], w[2k+1] = (w₁, w₂) after k updates (k = 0 is W0); f[k] = L(w) there.
 * updatesPerEpoch = ⌈n / batchSize⌉ (the last batch of an epoch holds the rows left).
 */
export interface Path {
  batchSize: number;
  updatesPerEpoch: number;
  steps: number;
  w: Float64Array;
  f: Float64Array;
}

/**
 * Mini-batch gradient descent: each epoch visits the points in the order permutation(n, seed, shuffle stream, epoch),
 * ⌈n/B⌉ updates per epoch, each w ← w − lr·(1/|B|) Σ_{i∈B} (w₁x_i + w₂ − y_i)(x_i, 1). B = n is batch gradient descent.
 */
export function minibatchPath(d: RegressionData, batchSize: number, lr: number, epochs: number, seed: number): Path {
  const B = Math.max(1, Math.min(d.n, Math.floor(batchSize)));
  const updatesPerEpoch = Math.ceil(d.n / B);
  const steps = epochs * updatesPerEpoch;
  const w = new Float64Array(2 * (steps + 1));
  const f = new Float64Array(steps + 1);
  let w1 = W0[0], w2 = W0[1];
  w[0] = w1;
  w[1] = w2;
  f[0] = loss(d, w1, w2);
  let k = 0;
  for (let e = 0; e < epochs; e++) {
    const order = permutation(d.n, seed, streamWord(STREAM.shuffle, e));
    for (let start = 0; start < d.n; start += B) {
      const end = Math.min(d.n, start + B);
      let g1 = 0, g2 = 0;
      for (let j = start; j < end; j++) {
        const i = order[j];
        const r = w1 * d.x[i] + w2 - d.y[i];
        g1 += r * d.x[i];
        g2 += r;
      }
      w1 -= (lr * g1) / (end - start);
      w2 -= (lr * g2) / (end - start);
      k++;
      w[2 * k] = w1;
      w[2 * k + 1] = w2;
      f[k] = loss(d, w1, w2);
    }
  }
  return { batchSize: B, updatesPerEpoch, steps, w, f };
}

/** The three compared batch sizes: 1 (stochastic), b (mini-batch) and n (batch). */
export function comparedSizes(b: number, n = N_POINTS): number[] {
  return [1, Math.min(n - 1, Math.max(2, b)), n];
}

/** Distance ‖w − w*‖ after each update of the path's last epoch (updatesPerEpoch values). */
export function lastEpochDistances(p: Path, opt: readonly [number, number]): number[] {
  const out: number[] = [];
  for (let k = p.steps - p.updatesPerEpoch + 1; k <= p.steps; k++) out.push(Math.hypot(p.w[2 * k] - opt[0], p.w[2 * k + 1] - opt[1]));
  return out;
}

/** Updates of path p taken once `samples` training points have been used (cursor of the playback). */
export function stepsAfter(p: Path, samples: number, n: number): number {
  const epochs = Math.floor(samples / n);
  const inEpoch = samples - epochs * n;
  return Math.min(p.steps, epochs * p.updatesPerEpoch + Math.floor(inEpoch / p.batchSize));
}

/** A row of the table minibatch/paths: the weights (w1, w2) of one batch size's path after `step` updates. */
export interface PathRow {
  batch_size: number;
  step: number;
  w1: number;
  w2: number;
}

/** Rows of the table minibatch/paths, every point of every path. */
export function pathRows(paths: readonly Path[]): PathRow[] {
  const rows: PathRow[] = [];
  for (const p of paths) for (let k = 0; k <= p.steps; k++) rows.push({ batch_size: p.batchSize, step: k, w1: p.w[2 * k], w2: p.w[2 * k + 1] });
  return rows;
}
