// f(x, y) = x²/20 + y², the function of seed 004 §一 ("Deep Learning from Scratch", ch. 6).
import type { Objective2D } from './types';

export const book: Objective2D = {
  name: 'book',
  f: (x, y) => (x * x) / 20 + y * y,
  grad(x, y, out) {
    out[0] = x / 10;
    out[1] = 2 * y;
  },
  domain: [[-10, 10], [-5, 5]],
  start: [-7, 2],
};
