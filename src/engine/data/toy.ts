// Shared builder of the 2-D toy sets: clean points from a generator, Gaussian jitter from the sampler, classes interleaved.
import type { ClassificationData, Sampler } from './types';

/** Options common to the 2-D toy sets. */
export interface ToyOptions {
  /** Number of points (default 400). Row j belongs to class j mod classes, so classes differ in size by at most one. */
  n?: number;
  /** Standard deviation of the Gaussian jitter added to each coordinate, in data units (points lie in about [−1, 1]²). */
  noise?: number;
}

/** Defaults of ToyOptions. */
export const TOY_DEFAULTS = { n: 400, noise: 0.05 } as const;

/**
 * Builds an n×2 set: point(j, xy) writes the clean coordinates of row j into xy and returns its class;
 * then N(0, std²) jitter from sampler.gaussian(2j) and sampler.gaussian(2j + 1) is added to x and y.
 */
export function toySet(
  sampler: Sampler,
  n: number,
  std: number,
  classes: number,
  point: (j: number, xy: Float64Array) => number,
): ClassificationData {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`toy set: n must be a non-negative integer, got ${n}`);
  if (!(std >= 0) || !Number.isFinite(std)) throw new RangeError(`toy set: noise must be finite and ≥ 0, got ${std}`);
  const x = new Float32Array(n * 2);
  const y = new Uint8Array(n);
  const xy = new Float64Array(2);
  for (let j = 0; j < n; j++) {
    y[j] = point(j, xy);
    x[2 * j] = xy[0] + std * sampler.gaussian(2 * j);
    x[2 * j + 1] = xy[1] + std * sampler.gaussian(2 * j + 1);
  }
  return { x, y, n, d: 2, classes };
}
