// Pure model of the high-dimension section: 2⁻ⁿ as an exponent for n up to 20 000, and the random-Hessian shares for n = 1…6.
import { log10AllUp, positiveDefiniteShare } from '../../engine/linalg/randomHessian';

/** Dimensions of the random-Hessian check. */
export const HESSIAN_DIMS = [1, 2, 3, 4, 5, 6] as const;
/** Dimensions at which 2⁻ⁿ is tabulated, 1 … 20 000 (the article's 20 000-dimensional space). */
export const ALL_UP_DIMS = [1, 2, 3, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000, 20000] as const;

/** A row of saddle/all-up: log10_p with p = 2⁻ⁿ. */
export interface AllUpRow {
  n: number;
  log10_p: number;
}

/** A row of the random-Hessian check: the share of `samples` random n×n Hessians with all eigenvalues positive, and 2⁻ⁿ. */
export interface HessianRow {
  n: number;
  share: number;
  two_pow_minus_n: number;
}

/** Rows of saddle/all-up. */
export function allUpRows(): AllUpRow[] {
  return ALL_UP_DIMS.map((n) => ({ n, log10_p: log10AllUp(n) }));
}

/** One row of the random-Hessian check. */
export function hessianRow(n: number, samples: number, seed: number): HessianRow {
  return { n, share: positiveDefiniteShare(n, samples, seed), two_pow_minus_n: Math.pow(2, -n) };
}
