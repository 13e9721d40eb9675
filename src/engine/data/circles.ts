// A disc inside a ring: separable only by a curved boundary.
import { TOY_DEFAULTS, toySet, type ToyOptions } from './toy';
import type { ClassificationData, Sampler } from './types';

/**
 * Circles: class 0 uniform over the disc of radius 0.5, class 1 uniform over the ring 0.7 ≤ r ≤ 1, classes
 * alternating by row, plus N(0, noise²) per coordinate. Returns x: Float32Array n×2, y: Uint8Array n,
 * d = 2, classes = 2. Row j uses sampler.uniform(2j), uniform(2j + 1), gaussian(2j), gaussian(2j + 1).
 */
export function circles(sampler: Sampler, options: ToyOptions = {}): ClassificationData {
  const { n = TOY_DEFAULTS.n, noise = TOY_DEFAULTS.noise } = options;
  return toySet(sampler, n, noise, 2, (j, xy) => {
    const c = j % 2;
    const angle = 2 * Math.PI * sampler.uniform(2 * j);
    const u = sampler.uniform(2 * j + 1);
    const r = c === 0 ? 0.5 * Math.sqrt(u) : Math.sqrt(0.49 + 0.51 * u);
    xy[0] = r * Math.cos(angle);
    xy[1] = r * Math.sin(angle);
    return c;
  });
}
