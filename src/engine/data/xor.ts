// XOR: the four quadrants, opposite ones sharing a class.
import { TOY_DEFAULTS, toySet, type ToyOptions } from './toy';
import type { ClassificationData, Sampler } from './types';

/** Distance kept between the clean points and the axes. */
const PAD = 0.05;

/**
 * XOR: points uniform in the four squares [PAD, 1] × [PAD, 1] mirrored into every quadrant; the class is
 * (x > 0) XOR (y > 0) of the clean point (1 where the signs differ), classes alternating by row, plus
 * N(0, noise²) per coordinate (jitter may carry a point across an axis; its label stays).
 * Returns x: Float32Array n×2, y: Uint8Array n, d = 2, classes = 2.
 * Row j uses sampler.uniform(3j … 3j + 2), gaussian(2j), gaussian(2j + 1).
 */
export function xor(sampler: Sampler, options: ToyOptions = {}): ClassificationData {
  const { n = TOY_DEFAULTS.n, noise = TOY_DEFAULTS.noise } = options;
  return toySet(sampler, n, noise, 2, (j, xy) => {
    const c = j % 2;
    const s = sampler.uniform(3 * j) < 0.5 ? -1 : 1;
    xy[0] = s * (PAD + (1 - PAD) * sampler.uniform(3 * j + 1));
    xy[1] = (c === 0 ? s : -s) * (PAD + (1 - PAD) * sampler.uniform(3 * j + 2));
    return c;
  });
}
