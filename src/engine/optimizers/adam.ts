// Adam: v ← β₁v + (1−β₁)g; s ← β₂s + (1−β₂)g⊙g; v̂ = v/(1−β₁ᵗ); ŝ = s/(1−β₂ᵗ); x ← x − η v̂ / (√ŝ + ε), ε = 1e-8.
import { BASE_HYPER, type Optimizer } from './types';

export const adam: Optimizer = {
  name: 'adam',
  defaults: { ...BASE_HYPER, lr: 0.4, beta1: 0.9, beta2: 0.999, eps: 1e-8 },
  uses: { v: true, s: true, dx: false },
  step(x, g, state, hp) {
    const { lr, beta1, beta2, eps } = hp;
    const { v, s } = state;
    const t = ++state.t;
    const c1 = 1 - Math.pow(beta1, t);
    const c2 = 1 - Math.pow(beta2, t);
    for (let i = 0; i < x.length; i++) {
      v[i] = beta1 * v[i] + (1 - beta1) * g[i];
      s[i] = beta2 * s[i] + (1 - beta2) * g[i] * g[i];
      const vHat = v[i] / c1;
      const sHat = s[i] / c2;
      x[i] -= (lr * vHat) / (Math.sqrt(sHat) + eps);
    }
  },
};
