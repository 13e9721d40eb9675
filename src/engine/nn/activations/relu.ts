// The ReLU family: ReLU f(x) = max(0, x) and leaky ReLU f(x) = x for x > 0, kx otherwise (slope k, default 0.01).
import type { Activation } from './types';

/** ReLU; f′(0) is taken as 0. */
export const relu: Activation = {
  name: 'relu',
  f: (x) => (x > 0 ? x : 0),
  df: (x) => (x > 0 ? 1 : 0),
  forward(X, Y, len) {
    for (let i = 0; i < len; i++) {
      const x = X[i];
      Y[i] = x > 0 ? x : 0;
    }
  },
  backward(X, _Y, dY, dX, len) {
    for (let i = 0; i < len; i++) dX[i] = X[i] > 0 ? dY[i] : 0;
  },
};

/** Leaky ReLU with slope k for x ≤ 0; f′(0) is taken as k. */
export const leakyRelu: Activation = {
  name: 'leaky-relu',
  f: (x, k) => (x > 0 ? x : k * x),
  df: (x, _y, k) => (x > 0 ? 1 : k),
  forward(X, Y, len, k) {
    for (let i = 0; i < len; i++) {
      const x = X[i];
      Y[i] = x > 0 ? x : k * x;
    }
  },
  backward(X, _Y, dY, dX, len, k) {
    for (let i = 0; i < len; i++) dX[i] = X[i] > 0 ? dY[i] : k * dY[i];
  },
};
