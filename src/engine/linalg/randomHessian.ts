// Share of random symmetric (GOE-like) matrices whose eigenvalues are all positive, the curvature of a random critical point.
import { gaussian, STREAM, streamWord } from '../rng';
import { symmetricEigenvalues } from './eigen';

/**
 * Fills `out` (n×n, row-major) with H = (A + Aᵀ)/2 for A with i.i.d. N(0, 1) entries drawn from the
 * `hessian` stream (sub-stream n, indices sample·n² …): diagonal N(0, 1), off-diagonal N(0, ½), a GOE matrix.
 */
export function randomSymmetric(n: number, sample: number, seed: number, out: Float64Array): Float64Array {
  const stream = streamWord(STREAM.hessian, n);
  const base = sample * n * n;
  for (let i = 0; i < n; i++) {
    out[i * n + i] = gaussian(seed, stream, base + i * n + i);
    for (let j = i + 1; j < n; j++) {
      const h = (gaussian(seed, stream, base + i * n + j) + gaussian(seed, stream, base + j * n + i)) / 2;
      out[i * n + j] = h;
      out[j * n + i] = h;
    }
  }
  return out;
}

/** The share of `samples` random n×n symmetric matrices whose eigenvalues (Jacobi) are all > 0. */
export function positiveDefiniteShare(n: number, samples: number, seed: number): number {
  const h = new Float64Array(n * n);
  let count = 0;
  for (let k = 0; k < samples; k++) {
    const ev = symmetricEigenvalues(randomSymmetric(n, k, seed, h), n);
    if (ev[0] > 0) count++;
  }
  return count / samples;
}

/** log₁₀ 2⁻ⁿ = −n·log₁₀ 2: the exponent of the chance that n independent curvature signs are all up (2⁻²⁰⁰⁰⁰ underflows a double). */
export function log10AllUp(n: number): number {
  return -n * Math.LOG10E * Math.LN2;
}
