// Dense kernels on row-major flat arrays: A·B + bias, Aᵀ·B, A·Bᵀ and column sums, skipping zeros of A.
//
// Speed notes (plain JS, no SIMD): every product streams whole rows (i-k-j order), and eight
// nonzero entries of A are applied per pass over a row of C, so C is loaded and stored once per
// eight multiply-adds instead of once per one. Zeros of A are gathered out first: ReLU outputs,
// dropped units, ReLU-masked gradients and blank MNIST pixels (≈ 80%) cost nothing.
import type { Vec } from '../optimizers/types';

/** Indices of nonzero entries of the current row/column (grown on demand, then reused). */
let nz = new Int32Array(1024);

function nzCapacity(len: number): Int32Array {
  if (nz.length < len) nz = new Int32Array(Math.max(len, 2 * nz.length));
  return nz;
}

/**
 * C = A·B + bias (bias broadcast over rows). Shapes: A n×k, B k×m, bias m (or null for 0), C n×m (overwritten).
 */
export function matmulBias(A: Vec, B: Vec, bias: Vec | null, C: Vec, n: number, k: number, m: number): void {
  const idx = nzCapacity(k);
  for (let i = 0; i < n; i++) {
    const ci = i * m;
    if (bias) for (let j = 0; j < m; j++) C[ci + j] = bias[j];
    else C.fill(0, ci, ci + m);
    const ai = i * k;
    let cnt = 0;
    for (let p = 0; p < k; p++) if (A[ai + p] !== 0) idx[cnt++] = p;
    let q = 0;
    for (; q + 8 <= cnt; q += 8) {
      const b0 = idx[q] * m, b1 = idx[q + 1] * m, b2 = idx[q + 2] * m, b3 = idx[q + 3] * m;
      const b4 = idx[q + 4] * m, b5 = idx[q + 5] * m, b6 = idx[q + 6] * m, b7 = idx[q + 7] * m;
      const a0 = A[ai + idx[q]], a1 = A[ai + idx[q + 1]], a2 = A[ai + idx[q + 2]], a3 = A[ai + idx[q + 3]];
      const a4 = A[ai + idx[q + 4]], a5 = A[ai + idx[q + 5]], a6 = A[ai + idx[q + 6]], a7 = A[ai + idx[q + 7]];
      for (let j = 0; j < m; j++) {
        C[ci + j] += a0 * B[b0 + j] + a1 * B[b1 + j] + a2 * B[b2 + j] + a3 * B[b3 + j] + a4 * B[b4 + j] + a5 * B[b5 + j] + a6 * B[b6 + j] + a7 * B[b7 + j];
      }
    }
    for (; q < cnt; q++) {
      const p = idx[q];
      const a = A[ai + p];
      const bp = p * m;
      for (let j = 0; j < m; j++) C[ci + j] += a * B[bp + j];
    }
  }
}

/**
 * C = Aᵀ·B. Shapes: A n×k, B n×m, C k×m (overwritten). Used for dW = A_{l−1}ᵀ·dZ:
 * row p of C accumulates A[i,p]·(row i of B) over the rows i where A[i,p] ≠ 0.
 */
export function matmulTransA(A: Vec, B: Vec, C: Vec, n: number, k: number, m: number): void {
  const idx = nzCapacity(n);
  for (let p = 0; p < k; p++) {
    const cp = p * m;
    C.fill(0, cp, cp + m);
    let cnt = 0;
    for (let i = 0; i < n; i++) if (A[i * k + p] !== 0) idx[cnt++] = i;
    let q = 0;
    for (; q + 8 <= cnt; q += 8) {
      const b0 = idx[q] * m, b1 = idx[q + 1] * m, b2 = idx[q + 2] * m, b3 = idx[q + 3] * m;
      const b4 = idx[q + 4] * m, b5 = idx[q + 5] * m, b6 = idx[q + 6] * m, b7 = idx[q + 7] * m;
      const a0 = A[idx[q] * k + p], a1 = A[idx[q + 1] * k + p], a2 = A[idx[q + 2] * k + p], a3 = A[idx[q + 3] * k + p];
      const a4 = A[idx[q + 4] * k + p], a5 = A[idx[q + 5] * k + p], a6 = A[idx[q + 6] * k + p], a7 = A[idx[q + 7] * k + p];
      for (let j = 0; j < m; j++) {
        C[cp + j] += a0 * B[b0 + j] + a1 * B[b1 + j] + a2 * B[b2 + j] + a3 * B[b3 + j] + a4 * B[b4 + j] + a5 * B[b5 + j] + a6 * B[b6 + j] + a7 * B[b7 + j];
      }
    }
    for (; q < cnt; q++) {
      const i = idx[q];
      const a = A[i * k + p];
      const bi = i * m;
      for (let j = 0; j < m; j++) C[cp + j] += a * B[bi + j];
    }
  }
}

/**
 * C = A·Bᵀ. Shapes: A n×m, B k×m, C n×k (overwritten), Bt scratch ≥ m·k. Used for dA_{l−1} = dZ·Wᵀ:
 * B is transposed into Bt (m×k) and the product runs as matmulBias(A, Bt), so zeros of dZ are skipped.
 */
export function matmulTransB(A: Vec, B: Vec, C: Vec, n: number, m: number, k: number, Bt: Vec): void {
  transpose(B, Bt, k, m);
  matmulBias(A, Bt, null, C, n, m, k);
}

/** T = Mᵀ. Shapes: M r×c, T c×r. */
export function transpose(M: Vec, T: Vec, r: number, c: number): void {
  for (let i = 0; i < r; i++) {
    const mi = i * c;
    for (let j = 0; j < c; j++) T[j * r + i] = M[mi + j];
  }
}

/** out[j] = Σ_i A[i, j]. Shapes: A n×m, out m (overwritten). Used for db = Σ_rows dZ. */
export function colSum(A: Vec, out: Vec, n: number, m: number): void {
  out.fill(0, 0, m);
  for (let i = 0; i < n; i++) {
    const ai = i * m;
    for (let j = 0; j < m; j++) out[j] += A[ai + j];
  }
}

/** C[i] = A[i] + B[i] for i < len. C may alias A or B. */
export function addInto(A: Vec, B: Vec, C: Vec, len: number): void {
  for (let i = 0; i < len; i++) C[i] = A[i] + B[i];
}
