// The d2l weight-decay experiment: high-dimensional linear regression with far fewer samples than inputs.
import type { RegressionData, Sampler } from './types';

/** True bias b of the generating model. */
export const LINEAR_TRUE_B = 0.05;
/** Every entry of the true weight vector w. */
export const LINEAR_TRUE_W_ENTRY = 0.01;

/** Options of linearData (defaults: d2l's experiment). */
export interface LinearOptions {
  /** Training rows (default 20). */
  nTrain?: number;
  /** Test rows (default 100). */
  nTest?: number;
  /** Input dimension (default 200). */
  d?: number;
  /** Standard deviation of the noise ε (default 0.01). */
  noise?: number;
}

/** Both splits (x: n×d, y: n) and the generating parameters (trueW length d). */
export interface LinearData {
  train: RegressionData;
  test: RegressionData;
  trueW: Float64Array;
  trueB: number;
}

function split(sampler: Sampler, first: number, n: number, d: number, noise: number): RegressionData {
  const x = new Float32Array(n * d);
  const y = new Float32Array(n);
  for (let r = 0; r < n; r++) {
    const base = (first + r) * (d + 1);
    let sum = 0;
    for (let k = 0; k < d; k++) {
      const v = Math.fround(sampler.gaussian(base + k));
      x[r * d + k] = v;
      sum += v;
    }
    y[r] = LINEAR_TRUE_B + LINEAR_TRUE_W_ENTRY * sum + noise * sampler.gaussian(base + d);
  }
  return { x, y, n, d };
}

/**
 * d2l's weight-decay set: xᵢ ~ N(0, 1), y = 0.05 + Σᵢ 0.01·xᵢ + ε, ε ~ N(0, noise²).
 * Row j (train rows first, then test) uses sampler.gaussian(j(d + 1) + k) for x_k and gaussian(j(d + 1) + d)
 * for ε, so the training rows do not depend on nTest. Targets are computed from the float32-stored x.
 */
export function linearData(sampler: Sampler, options: LinearOptions = {}): LinearData {
  const { nTrain = 20, nTest = 100, d = 200, noise = 0.01 } = options;
  for (const [name, v] of [['nTrain', nTrain], ['nTest', nTest], ['d', d]] as const) {
    if (!Number.isInteger(v) || v < 0) throw new RangeError(`linearData: ${name} must be a non-negative integer, got ${v}`);
  }
  if (!(noise >= 0) || !Number.isFinite(noise)) throw new RangeError(`linearData: noise must be finite and ≥ 0, got ${noise}`);
  return {
    train: split(sampler, 0, nTrain, d, noise),
    test: split(sampler, nTrain, nTest, d, noise),
    trueW: new Float64Array(d).fill(LINEAR_TRUE_W_ENTRY),
    trueB: LINEAR_TRUE_B,
  };
}
