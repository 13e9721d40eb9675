// Logistic sigmoid: σ(x) = 1 / (1 + e^(−x)), σ′(x) = σ(x)(1 − σ(x)).
import type { Activation } from './types';

/** σ(x), written so that e^(±x) never overflows. */
function sigma(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}

export const sigmoid: Activation = {
  name: 'sigmoid',
  f: (x) => sigma(x),
  df: (_x, y) => y * (1 - y),
  forward(X, Y, len) {
    for (let i = 0; i < len; i++) Y[i] = sigma(X[i]);
  },
  backward(_X, Y, dY, dX, len) {
    for (let i = 0; i < len; i++) {
      const y = Y[i];
      dX[i] = dY[i] * y * (1 - y);
    }
  },
};
