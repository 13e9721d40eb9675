// Jacobi eigenvalues against matrices with known spectra, and trace / determinant invariants.
import { describe, expect, it } from 'vitest';
import { symmetricEigenvalues } from '../../../src/engine/linalg/eigen';

/** Determinant by Gaussian elimination with partial pivoting (independent of the Jacobi code). */
function det(a: number[], n: number): number {
  const m = a.slice();
  let d = 1;
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r * n + c]) > Math.abs(m[p * n + c])) p = r;
    if (m[p * n + c] === 0) return 0;
    if (p !== c) {
      for (let k = 0; k < n; k++) [m[c * n + k], m[p * n + k]] = [m[p * n + k], m[c * n + k]];
      d = -d;
    }
    d *= m[c * n + c];
    for (let r = c + 1; r < n; r++) {
      const f = m[r * n + c] / m[c * n + c];
      for (let k = c; k < n; k++) m[r * n + k] -= f * m[c * n + k];
    }
  }
  return d;
}

describe('symmetricEigenvalues', () => {
  it('a diagonal matrix: its diagonal, sorted', () => {
    expect(Array.from(symmetricEigenvalues([3, 0, 0, 0, -1, 0, 0, 0, 2], 3))).toEqual([-1, 2, 3]);
  });
  it('[[2, 1], [1, 2]] has eigenvalues 1 and 3', () => {
    const ev = symmetricEigenvalues([2, 1, 1, 2], 2);
    expect(ev[0]).toBeCloseTo(1, 14);
    expect(ev[1]).toBeCloseTo(3, 14);
  });
  it('the tridiagonal (2, −1) matrix of size 5 has eigenvalues 2 − 2cos(kπ/6)', () => {
    const n = 5;
    const a = new Array(n * n).fill(0);
    for (let i = 0; i < n; i++) {
      a[i * n + i] = 2;
      if (i + 1 < n) a[i * n + i + 1] = a[(i + 1) * n + i] = -1;
    }
    const ev = symmetricEigenvalues(a, n);
    for (let k = 1; k <= n; k++) expect(ev[k - 1]).toBeCloseTo(2 - 2 * Math.cos((k * Math.PI) / (n + 1)), 12);
  });
  it('the all-ones 4×4 matrix has eigenvalues 0, 0, 0, 4', () => {
    const ev = symmetricEigenvalues(new Array(16).fill(1), 4);
    [0, 0, 0, 4].forEach((v, i) => expect(ev[i]).toBeCloseTo(v, 12));
  });
  it('random symmetric 6×6 matrices: sum = trace, product = determinant', () => {
    let s = 12345;
    const rand = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648) * 2 - 1;
    for (let trial = 0; trial < 20; trial++) {
      const n = 6;
      const a = new Array(n * n).fill(0);
      for (let i = 0; i < n; i++) for (let j = i; j < n; j++) a[i * n + j] = a[j * n + i] = rand();
      const ev = symmetricEigenvalues(a, n);
      const trace = a.reduce((acc, _, i) => (i % (n + 1) === 0 ? acc + a[i] : acc), 0);
      expect(ev.reduce((x, y) => x + y, 0)).toBeCloseTo(trace, 12);
      expect(ev.reduce((x, y) => x * y, 1)).toBeCloseTo(det(a, n), 12);
      for (let i = 1; i < n; i++) expect(ev[i]).toBeGreaterThanOrEqual(ev[i - 1]);
    }
  });
  it('rejects a non-symmetric matrix and a wrong length with a message', () => {
    expect(() => symmetricEigenvalues([1, 2, 3, 4], 2)).toThrow(/not symmetric/);
    expect(() => symmetricEigenvalues([1, 2, 3], 2)).toThrow(/expected 4 entries/);
  });
});
