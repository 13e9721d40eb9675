// Pure model of the high-dimension section: 2⁻ⁿ as an exponent for n up to 20 000, and the random-Hessian shares for n = 1…6.
import { log10AllUp, positiveDefiniteShare } from '../../engine/linalg/randomHessian';

/** Dimensions of the random-Hessian check. */
export const HESSIAN_DIMS = [1, 2, 3, 4, 5, 6] as const;
/** Dimensions at which 2⁻ⁿ is tabulated, 1 … 20 000 (the article's 20 000-dimensional space). */
export const ALL_UP_DIMS = [1, 2, 3, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000, 20000] as const;

/** Rows of saddle/all-up: n, log10_p with p = 2⁻ⁿ. */
export function allUpRows(): (string | number)[][] {
  return ALL_UP_DIMS.map((n) => [n, log10AllUp(n)]);
}

/** One row of the random-Hessian check: [n, share of `samples` random n×n Hessians with all eigenvalues positive, 2⁻ⁿ]. */
export function hessianRow(n: number, samples: number, seed: number): [number, number, number] {
  return [n, positiveDefiniteShare(n, samples, seed), Math.pow(2, -n)];
}
