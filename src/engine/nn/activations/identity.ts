// Identity: f(x) = x, f′(x) = 1.
import type { Activation } from './types';

export const identity: Activation = {
  name: 'identity',
  f: (x) => x,
  df: () => 1,
  forward(X, Y, len) {
    if (X !== Y) for (let i = 0; i < len; i++) Y[i] = X[i];
  },
  backward(_X, _Y, dY, dX, len) {
    if (dX !== dY) for (let i = 0; i < len; i++) dX[i] = dY[i];
  },
};
