// Random symmetric matrices: the all-positive share against Sylvester's criterion, the exact n = 2 value, and 2⁻ⁿ's exponent.
import { describe, expect, it } from 'vitest';
import { log10AllUp, positiveDefiniteShare, randomSymmetric } from '../../../src/engine/linalg/randomHessian';

describe('positiveDefiniteShare', () => {
  it('n = 2: equals the share by Sylvester’s criterion (a > 0, ad − b² > 0) on the same matrices', () => {
    const h = new Float64Array(4);
    const samples = 5000;
    let count = 0;
    for (let k = 0; k < samples; k++) {
      randomSymmetric(2, k, 7, h);
      if (h[0] > 0 && h[0] * h[3] - h[1] * h[2] > 0) count++;
    }
    expect(positiveDefiniteShare(2, samples, 7)).toBe(count / samples);
  });
  it('n = 2: close to the exact GOE value (2 − √2)/4 ≈ 0.146, well below 2⁻² (eigenvalues repel)', () => {
    const share = positiveDefiniteShare(2, 40000, 3);
    // Binomial standard error √(p(1−p)/N) ≈ 0.0018; allow four of them.
    expect(Math.abs(share - (2 - Math.SQRT2) / 4)).toBeLessThan(0.007);
    expect(share).toBeLessThan(0.25);
  });
  it('n = 1: about one half (the sign of one Gaussian)', () => {
    expect(Math.abs(positiveDefiniteShare(1, 20000, 5) - 0.5)).toBeLessThan(0.015);
  });
  it('the same seed gives the same share; the matrix is symmetric', () => {
    expect(positiveDefiniteShare(3, 2000, 11)).toBe(positiveDefiniteShare(3, 2000, 11));
    const h = randomSymmetric(4, 3, 11, new Float64Array(16));
    for (let i = 0; i < 4; i++) for (let j = 0; j < 4; j++) expect(h[i * 4 + j]).toBe(h[j * 4 + i]);
  });
});

describe('log10AllUp', () => {
  it('is −n·log₁₀2: 2⁻²⁰⁰⁰⁰ ≈ 10⁻⁶⁰²⁰·⁶, where Math.pow underflows to 0', () => {
    expect(log10AllUp(1)).toBeCloseTo(Math.log10(0.5), 14);
    expect(log10AllUp(10)).toBeCloseTo(Math.log10(1 / 1024), 12);
    expect(log10AllUp(20000)).toBeCloseTo(-6020.6, 1);
    expect(Math.pow(2, -20000)).toBe(0);
  });
});
