// AdaDelta: s ← ρ s + (1−ρ) g⊙g; g′ ← √((Δx + ε)/(s + ε)) ⊙ g; Δx ← ρ Δx + (1−ρ) g′⊙g′; x ← x − g′, ε = 1e-5.
import { BASE_HYPER, type Optimizer } from './types';

export const adadelta: Optimizer = {
  name: 'adadelta',
  defaults: { ...BASE_HYPER, rho: 0.9, eps: 1e-5 },
  uses: { v: false, s: true, dx: true },
  step(x, g, state, hp) {
    const { rho, eps } = hp;
    const { s, dx } = state;
    for (let i = 0; i < x.length; i++) {
      s[i] = rho * s[i] + (1 - rho) * g[i] * g[i];
      const gPrime = Math.sqrt((dx[i] + eps) / (s[i] + eps)) * g[i];
      dx[i] = rho * dx[i] + (1 - rho) * gPrime * gPrime;
      x[i] -= gPrime;
    }
    state.t++;
  },
};
