// A 1-D regression set: a noisy sine wave, the playground's curve to fit.
import type { RegressionData, Sampler } from './types';

/** Options of noisySine. */
export interface SineOptions {
  /** Number of points (default 100). */
  n?: number;
  /** Standard deviation of the Gaussian noise on y (default 0.1). */
  noise?: number;
}

/** Half-width of the x range: x ~ U(−SINE_X, SINE_X). */
export const SINE_X = 1.2;

/** The noiseless target y = sin(2.5x). */
export function sineTarget(x: number): number {
  return Math.sin(2.5 * x);
}

/**
 * n points x ~ U(−SINE_X, SINE_X), y = sin(2.5x) + N(0, noise²). Returns x: Float32Array n×1, y: Float32Array n, d = 1.
 * Row j uses sampler.uniform(j) for x and sampler.gaussian(j) for the noise; y is computed from x stored as float32.
 */
export function noisySine(sampler: Sampler, options: SineOptions = {}): RegressionData {
  const { n = 100, noise = 0.1 } = options;
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`noisySine: n must be a non-negative integer, got ${n}`);
  if (!(noise >= 0) || !Number.isFinite(noise)) throw new RangeError(`noisySine: noise must be finite and ≥ 0, got ${noise}`);
  const x = new Float32Array(n);
  const y = new Float32Array(n);
  for (let j = 0; j < n; j++) {
    x[j] = Math.fround(SINE_X * (2 * sampler.uniform(j) - 1));
    y[j] = sineTarget(x[j]) + noise * sampler.gaussian(j);
  }
  return { x, y, n, d: 1 };
}
