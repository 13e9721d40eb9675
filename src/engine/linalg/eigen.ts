// Eigenvalues of a small symmetric matrix by the cyclic Jacobi method (Golub & Van Loan §8.5).

/** Largest number of sweeps before giving up; a sweep rotates every off-diagonal pair once. */
export const MAX_SWEEPS = 60;

/**
 * Eigenvalues of the symmetric n×n matrix `a` (row-major, length n², not modified), sorted ascending.
 * Each rotation zeroes a[p][q]; sweeps repeat until the off-diagonal sum of squares is below
 * `tol`² times the squared Frobenius norm. Throws if `a` is not square-sized or not symmetric.
 */
export function symmetricEigenvalues(a: ArrayLike<number>, n: number, tol = 1e-14): Float64Array {
  if (a.length !== n * n) throw new Error(`expected ${n * n} entries for a ${n}×${n} matrix, got ${a.length}`);
  const m = Float64Array.from(a);
  let frob = 0;
  for (let i = 0; i < n * n; i++) frob += m[i] * m[i];
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++)
      if (Math.abs(m[i * n + j] - m[j * n + i]) > 1e-12 * Math.sqrt(frob)) throw new Error('matrix is not symmetric');
  for (let sweep = 0; sweep < MAX_SWEEPS; sweep++) {
    let off = 0;
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) off += 2 * m[i * n + j] * m[i * n + j];
    if (off <= tol * tol * frob) break;
    for (let p = 0; p < n - 1; p++) for (let q = p + 1; q < n; q++) rotate(m, n, p, q);
  }
  const ev = new Float64Array(n);
  for (let i = 0; i < n; i++) ev[i] = m[i * n + i];
  return ev.sort();
}

/** One Jacobi rotation J(p, q, θ) applied as m ← Jᵀ m J, chosen so that m[p][q] becomes 0. */
function rotate(m: Float64Array, n: number, p: number, q: number): void {
  const apq = m[p * n + q];
  if (apq === 0) return;
  const app = m[p * n + p];
  const aqq = m[q * n + q];
  const theta = (aqq - app) / (2 * apq);
  const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
  const c = 1 / Math.sqrt(t * t + 1);
  const s = t * c;
  for (let k = 0; k < n; k++) {
    const akp = m[k * n + p];
    const akq = m[k * n + q];
    m[k * n + p] = c * akp - s * akq;
    m[k * n + q] = s * akp + c * akq;
  }
  for (let k = 0; k < n; k++) {
    const apk = m[p * n + k];
    const aqk = m[q * n + k];
    m[p * n + k] = c * apk - s * aqk;
    m[q * n + k] = s * apk + c * aqk;
  }
}
