// Gaussian blobs: one isotropic cloud per class, centres evenly spaced on a circle.
import { TOY_DEFAULTS, toySet, type ToyOptions } from './toy';
import type { ClassificationData, Sampler } from './types';

/** Options of blobs. */
export interface BlobOptions extends ToyOptions {
  /** Number of classes, 2–10 (default 2). */
  classes?: number;
  /** Standard deviation of each blob before noise (default 0.15). */
  spread?: number;
  /** Distance of the centres from the origin (default 0.5). */
  radius?: number;
}

/**
 * Blobs: class k = j mod classes is centred at radius·(cos φₖ, sin φₖ), φₖ = π/4 + 2πk/classes, with
 * per-coordinate standard deviation √(spread² + noise²). Returns x: Float32Array n×2, y: Uint8Array n,
 * d = 2, classes. Uses sampler.gaussian(0 … 2n − 1) only.
 */
export function blobs(sampler: Sampler, options: BlobOptions = {}): ClassificationData {
  const { n = TOY_DEFAULTS.n, noise = TOY_DEFAULTS.noise, classes = 2, spread = 0.15, radius = 0.5 } = options;
  if (!(noise >= 0)) throw new RangeError(`blobs: noise must be ≥ 0, got ${noise}`);
  if (!Number.isInteger(classes) || classes < 2 || classes > 10) throw new RangeError(`blobs: classes must be 2–10, got ${classes}`);
  return toySet(sampler, n, Math.hypot(spread, noise), classes, (j, xy) => {
    const k = j % classes;
    const phi = Math.PI / 4 + (2 * Math.PI * k) / classes;
    xy[0] = radius * Math.cos(phi);
    xy[1] = radius * Math.sin(phi);
    return k;
  });
}
