// Two interleaved spirals, the classic set a linear model cannot separate.
import { TOY_DEFAULTS, toySet, type ToyOptions } from './toy';
import type { ClassificationData, Sampler } from './types';

/** Options of twoSpirals. */
export interface SpiralOptions extends ToyOptions {
  /** Turns of each arm (default 1.75). */
  turns?: number;
}

/**
 * Two spirals, classes 0 and 1 alternating by row. The i-th of the m points of class c sits at
 * t = i/m, radius t, angle 2π·turns·t + cπ: (t sin θ, t cos θ), plus N(0, noise²) per coordinate.
 * Returns x: Float32Array n×2, y: Uint8Array n, d = 2, classes = 2. Uses sampler.gaussian(0 … 2n − 1) only.
 */
export function twoSpirals(sampler: Sampler, options: SpiralOptions = {}): ClassificationData {
  const { n = TOY_DEFAULTS.n, noise = TOY_DEFAULTS.noise, turns = 1.75 } = options;
  return toySet(sampler, n, noise, 2, (j, xy) => {
    const c = j % 2;
    const m = Math.floor((n - c + 1) / 2);
    const t = Math.floor(j / 2) / m;
    const theta = 2 * Math.PI * turns * t + c * Math.PI;
    xy[0] = t * Math.sin(theta);
    xy[1] = t * Math.cos(theta);
    return c;
  });
}
