// Momentum: v ← γ v + η g; x ← x − v.
import { BASE_HYPER, type Optimizer } from './types';

export const momentum: Optimizer = {
  name: 'momentum',
  defaults: { ...BASE_HYPER, lr: 0.4, gamma: 0.5 },
  uses: { v: true, s: false, dx: false },
  step(x, g, state, hp) {
    const { lr, gamma } = hp;
    const v = state.v;
    for (let i = 0; i < x.length; i++) {
      v[i] = gamma * v[i] + lr * g[i];
      x[i] -= v[i];
    }
    state.t++;
  },
};
