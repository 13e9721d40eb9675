// Stochastic gradient descent: x ← x − η g.
import { BASE_HYPER, type Optimizer } from './types';

export const sgd: Optimizer = {
  name: 'sgd',
  defaults: { ...BASE_HYPER, lr: 0.4 },
  uses: { v: false, s: false, dx: false },
  step(x, g, state, hp) {
    const lr = hp.lr;
    for (let i = 0; i < x.length; i++) x[i] -= lr * g[i];
    state.t++;
  },
};
