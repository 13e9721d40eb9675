// The d2l under/overfitting experiment: a cubic with Gaussian noise, fitted through the features xⁱ/i!.
import type { RegressionData, Sampler } from './types';

/** Weights of the generating cubic on the features xⁱ/i!, i = 0 … 3 (d2l's true_w). */
export const POLYNOMIAL_TRUE_W = [5, 1.2, -3.4, 5.6] as const;

/** The noiseless target: 5 + 1.2x − 3.4x²/2! + 5.6x³/3!. */
export function polynomialTarget(x: number): number {
  return 5 + 1.2 * x - (3.4 * x * x) / 2 + (5.6 * x * x * x) / 6;
}

/** Writes xⁱ/i! for i = 0 … features − 1 into out[offset …]; computed in float64, so out may be either array. */
export function polynomialFeatures(x: number, features: number, out: Float32Array | Float64Array, offset = 0): void {
  let f = 1;
  for (let i = 0; i < features; i++) {
    out[offset + i] = f;
    f = (f * x) / (i + 1);
  }
}

/** Options of polynomialData (defaults: d2l's experiment). */
export interface PolynomialOptions {
  /** Training rows (default 100). */
  nTrain?: number;
  /** Test rows (default 100). */
  nTest?: number;
  /** Feature columns xⁱ/i!, i = 0 … features − 1 (default 20, d2l's max_degree). */
  features?: number;
  /** Standard deviation of the Gaussian noise on y (default 0.1). */
  noise?: number;
}

/** One split: x is n×features, y length n, and scalar holds the raw x of each row (length n) for plotting. */
export interface PolynomialSplit extends RegressionData {
  scalar: Float32Array;
}

/** Both splits and the generating weights padded with zeros to the feature count (length features). */
export interface PolynomialData {
  train: PolynomialSplit;
  test: PolynomialSplit;
  trueW: Float64Array;
}

function split(sampler: Sampler, first: number, n: number, features: number, noise: number): PolynomialSplit {
  const x = new Float32Array(n * features);
  const y = new Float32Array(n);
  const scalar = new Float32Array(n);
  for (let r = 0; r < n; r++) {
    const j = first + r;
    const t = Math.fround(sampler.gaussian(2 * j));
    scalar[r] = t;
    polynomialFeatures(t, features, x, r * features);
    y[r] = polynomialTarget(t) + noise * sampler.gaussian(2 * j + 1);
  }
  return { x, y, n, d: features, scalar };
}

/**
 * d2l's polynomial regression set: x ~ N(0, 1), y = 5 + 1.2x − 3.4x²/2! + 5.6x³/3! + N(0, noise²),
 * features xⁱ/i! (i < features). Row j (train rows first, then test) uses sampler.gaussian(2j) for x and
 * gaussian(2j + 1) for the noise, so a row does not depend on nTest or on the feature count: models fitted on
 * the first 2, 4 or 20 columns (under, right, over) see the same points. x is stored as float32 first and
 * features and target are computed from that value.
 */
export function polynomialData(sampler: Sampler, options: PolynomialOptions = {}): PolynomialData {
  const { nTrain = 100, nTest = 100, features = 20, noise = 0.1 } = options;
  for (const [name, v] of [['nTrain', nTrain], ['nTest', nTest], ['features', features]] as const) {
    if (!Number.isInteger(v) || v < 0) throw new RangeError(`polynomialData: ${name} must be a non-negative integer, got ${v}`);
  }
  if (!(noise >= 0) || !Number.isFinite(noise)) throw new RangeError(`polynomialData: noise must be finite and ≥ 0, got ${noise}`);
  const trueW = new Float64Array(features);
  for (let i = 0; i < Math.min(features, POLYNOMIAL_TRUE_W.length); i++) trueW[i] = POLYNOMIAL_TRUE_W[i];
  return {
    train: split(sampler, 0, nTrain, features, noise),
    test: split(sampler, nTrain, nTest, features, noise),
    trueW,
  };
}
