// Surfaces around a saddle (seed 000 §7.6): x₁² − x₂², the monkey saddle x₁³ − 3x₁x₂², and a plateau before a drop.
import type { Objective2D } from '../objectives/types';

/** f = x₁² − x₂²: curves up along x₁, down along x₂; the origin is a saddle (Hessian diag(2, −2)). */
export const saddle: Objective2D = {
  name: 'saddle',
  f: (x1, x2) => x1 * x1 - x2 * x2,
  grad(x1, x2, out) {
    out[0] = 2 * x1;
    out[1] = -2 * x2;
  },
  domain: [[-2, 2], [-2, 2]],
  start: [-1.5, 1e-3],
};

/** f = x₁³ − 3x₁x₂² = Re (x₁ + i x₂)³: three valleys (at 180° and ±60°), and a Hessian of zero at the origin. */
export const monkey: Objective2D = {
  name: 'monkey',
  f: (x1, x2) => x1 * x1 * x1 - 3 * x1 * x2 * x2,
  grad(x1, x2, out) {
    out[0] = 3 * x1 * x1 - 3 * x2 * x2;
    out[1] = -6 * x1 * x2;
  },
  domain: [[-2, 2], [-2, 2]],
  start: [1.5, 1e-3],
};

/** Steepness of the plateau's drop (the tanh's slope factor). */
export const PLATEAU_SLOPE = 3;

/**
 * f = x₁² − 1 − tanh(3(x₂ − 1)): for x₂ ≪ 1 the tanh is ≈ −1 and f ≈ x₁², a nearly flat shelf along x₂
 * (∂f/∂x₂ = −3·sech²(3(x₂ − 1)) ≈ −0.03 at x₂ = 0); past x₂ = 1 it drops by 2 to f ≈ x₁² − 2.
 */
export const plateau: Objective2D = {
  name: 'plateau',
  f: (x1, x2) => x1 * x1 - 1 - Math.tanh(PLATEAU_SLOPE * (x2 - 1)),
  grad(x1, x2, out) {
    const c = Math.cosh(PLATEAU_SLOPE * (x2 - 1));
    out[0] = 2 * x1;
    out[1] = -PLATEAU_SLOPE / (c * c);
  },
  domain: [[-2, 2], [-1, 3]],
  start: [-1.5, 0],
};

/** The saddle lesson's surfaces, keyed by URL name. */
export const SADDLE_SURFACES = { saddle, monkey, plateau } satisfies Record<string, Objective2D>;
export type SaddleSurfaceName = keyof typeof SADDLE_SURFACES;
