// f(x) = 0.1 x1² + 2 x2², the ill-conditioned bowl of seed 000 §7 (d2l).
import type { Objective2D } from './types';

export const quadratic: Objective2D = {
  name: 'quadratic',
  f: (x1, x2) => 0.1 * x1 * x1 + 2 * x2 * x2,
  grad(x1, x2, out) {
    out[0] = 0.2 * x1;
    out[1] = 4 * x2;
  },
  domain: [[-6, 6], [-3, 3]],
  start: [-5, -2],
};
