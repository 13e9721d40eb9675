// Hyperbolic tangent: f(x) = tanh x, f′(x) = 1 − tanh² x.
import type { Activation } from './types';

export const tanh: Activation = {
  name: 'tanh',
  f: (x) => Math.tanh(x),
  df: (_x, y) => 1 - y * y,
  forward(X, Y, len) {
    for (let i = 0; i < len; i++) Y[i] = Math.tanh(X[i]);
  },
  backward(_X, Y, dY, dX, len) {
    for (let i = 0; i < len; i++) {
      const y = Y[i];
      dX[i] = dY[i] * (1 - y * y);
    }
  },
};
