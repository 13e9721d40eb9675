// Dense kernels against naive triple loops, including zero entries that take the skip path.
import { describe, expect, it } from 'vitest';
import { addInto, colSum, matmulBias, matmulTransA, matmulTransB } from '../../../src/engine/nn';
import { uniform } from '../../../src/engine/rng';

const rand = (len: number, stream: number) =>
  Float64Array.from({ length: len }, (_, i) => (uniform(1, stream, i) < 0.3 ? 0 : uniform(2, stream, i) - 0.5));
const at = (M: Float64Array, cols: number, r: number, c: number) => M[r * cols + c];

describe('matmulBias(A, B, bias, C, n, k, m)', () => {
  it('computes A·B + bias for n×k times k×m', () => {
    const [n, k, m] = [5, 29, 3];
    const A = rand(n * k, 1);
    const B = rand(k * m, 2);
    const bias = rand(m, 3);
    const C = new Float64Array(n * m).fill(99);
    matmulBias(A, B, bias, C, n, k, m);
    for (let i = 0; i < n; i++)
      for (let j = 0; j < m; j++) {
        let s = bias[j];
        for (let p = 0; p < k; p++) s += at(A, k, i, p) * at(B, m, p, j);
        expect(C[i * m + j]).toBeCloseTo(s, 14);
      }
  });
});

describe('matmulTransA(A, B, C, n, k, m)', () => {
  it('computes Aᵀ·B for A n×k, B n×m, overwriting C', () => {
    const [n, k, m] = [27, 4, 5];
    const A = rand(n * k, 4);
    const B = rand(n * m, 5);
    const C = new Float64Array(k * m).fill(99);
    matmulTransA(A, B, C, n, k, m);
    for (let p = 0; p < k; p++)
      for (let j = 0; j < m; j++) {
        let s = 0;
        for (let i = 0; i < n; i++) s += at(A, k, i, p) * at(B, m, i, j);
        expect(C[p * m + j]).toBeCloseTo(s, 14);
      }
  });
});

describe('matmulTransB(A, B, C, n, m, k, Bt)', () => {
  it('computes A·Bᵀ for A n×m, B k×m', () => {
    const [n, m, k] = [3, 26, 4];
    const A = rand(n * m, 6);
    const B = rand(k * m, 7);
    const C = new Float64Array(n * k);
    matmulTransB(A, B, C, n, m, k, new Float64Array(k * m));
    for (let i = 0; i < n; i++)
      for (let p = 0; p < k; p++) {
        let s = 0;
        for (let j = 0; j < m; j++) s += at(A, m, i, j) * at(B, m, p, j);
        expect(C[i * k + p]).toBeCloseTo(s, 14);
      }
  });
});

describe('matmulBias with a long row', () => {
  it('handles rows longer than the initial nonzero-index buffer (k = 3000)', () => {
    const [n, k, m] = [2, 3000, 2];
    const A = rand(n * k, 8);
    const B = rand(k * m, 9);
    const C = new Float64Array(n * m);
    matmulBias(A, B, null, C, n, k, m);
    let s = 0;
    for (let p = 0; p < k; p++) s += A[k + p] * B[p * m + 1];
    expect(C[3]).toBeCloseTo(s, 12);
  });
});

describe('colSum / addInto', () => {
  it('sums columns and adds elementwise', () => {
    const A = Float64Array.from([1, 2, 3, 4, 5, 6]);
    const out = new Float64Array(3).fill(7);
    colSum(A, out, 2, 3);
    expect(Array.from(out)).toEqual([5, 7, 9]);
    const C = new Float64Array(6);
    addInto(A, A, C, 6);
    expect(Array.from(C)).toEqual([2, 4, 6, 8, 10, 12]);
  });
});
