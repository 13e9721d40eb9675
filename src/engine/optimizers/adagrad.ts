// AdaGrad: s ← s + g⊙g; x ← x − η / √(s + ε) ⊙ g, ε = 1e-6 inside the root.
import { BASE_HYPER, type Optimizer } from './types';

export const adagrad: Optimizer = {
  name: 'adagrad',
  defaults: { ...BASE_HYPER, lr: 0.4, eps: 1e-6 },
  uses: { v: false, s: true, dx: false },
  step(x, g, state, hp) {
    const { lr, eps } = hp;
    const s = state.s;
    for (let i = 0; i < x.length; i++) {
      s[i] += g[i] * g[i];
      x[i] -= (lr / Math.sqrt(s[i] + eps)) * g[i];
    }
    state.t++;
  },
};
