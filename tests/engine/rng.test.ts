// The counter RNG: Random123 known answers, determinism, independence of streams and seeds, moments, shuffles.
import { describe, expect, it } from 'vitest';
import {
  STREAM,
  fillGaussian,
  gaussian,
  mulhi32,
  permutation,
  philox2x32,
  randomU32,
  shuffleInPlace,
  streamWord,
  uniform,
} from '../../src/engine/rng';

const N = 20000;

function draws(f: (i: number) => number, n = N): Float64Array {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = f(i);
  return out;
}

function mean(a: Float64Array): number {
  let s = 0;
  for (const v of a) s += v;
  return s / a.length;
}

function variance(a: Float64Array): number {
  const m = mean(a);
  let s = 0;
  for (const v of a) s += (v - m) * (v - m);
  return s / a.length;
}

function correlation(a: Float64Array, b: Float64Array): number {
  const ma = mean(a);
  const mb = mean(b);
  let sab = 0;
  let saa = 0;
  let sbb = 0;
  for (let i = 0; i < a.length; i++) {
    sab += (a[i] - ma) * (b[i] - mb);
    saa += (a[i] - ma) ** 2;
    sbb += (b[i] - mb) ** 2;
  }
  return sab / Math.sqrt(saa * sbb);
}

// Bounds are k·σ/√n with k = 5: a correct generator fails one with probability < 1e-6.
const K = 5;

describe('philox2x32', () => {
  it('matches the Random123 known-answer vectors for Philox-2x32-10', () => {
    const out = new Uint32Array(2);
    expect(Array.from(philox2x32(0, 0, 0, out))).toEqual([0xff1dae59, 0x6cd10df2]);
    expect(Array.from(philox2x32(0xffffffff, 0xffffffff, 0xffffffff, out))).toEqual([0x2c3f628b, 0xab4fd7ad]);
    expect(Array.from(philox2x32(0x243f6a88, 0x85a308d3, 0x13198a2e, out))).toEqual([0xdd7ce038, 0xf62a4c12]);
  });
});

describe('mulhi32', () => {
  it('equals the high word of the exact 64-bit product', () => {
    for (let i = 0; i < 2000; i++) {
      const a = randomU32(1, 9, i);
      const b = randomU32(2, 9, i);
      const exact = Number((BigInt(a) * BigInt(b)) >> 32n);
      expect(mulhi32(a, b)).toBe(exact);
    }
    expect(mulhi32(0xffffffff, 0xffffffff)).toBe(0xfffffffe);
  });
});

describe('uniform(seed, stream, index)', () => {
  it('is a pure function of its three words', () => {
    const a = draws((i) => uniform(42, STREAM.init, i), 100);
    const b = draws((i) => uniform(42, STREAM.init, i), 100);
    expect(a).toEqual(b);
  });
  it('lies in [0, 1) on a 2⁻²⁴ grid (exact in float32)', () => {
    const a = draws((i) => uniform(3, STREAM.data, i));
    const bad = a.filter((v) => !(v >= 0 && v < 1 && Math.fround(v) === v && Number.isInteger(v * 2 ** 24)));
    expect(bad.length).toBe(0);
  });
  it('has mean 1/2 and variance 1/12 within 5σ/√n', () => {
    const a = draws((i) => uniform(7, STREAM.shuffle, i));
    expect(Math.abs(mean(a) - 0.5)).toBeLessThan((K * Math.sqrt(1 / 12)) / Math.sqrt(N));
    // Var of (U − 1/2)² is 1/180, so the sample variance has σ ≈ √(1/180)/√n.
    expect(Math.abs(variance(a) - 1 / 12)).toBeLessThan((K * Math.sqrt(1 / 180)) / Math.sqrt(N));
  });
  it('gives uncorrelated sequences for different streams, sub-streams, seeds and neighbouring indices', () => {
    const bound = K / Math.sqrt(N);
    const base = draws((i) => uniform(11, STREAM.init, i));
    expect(Math.abs(correlation(base, draws((i) => uniform(11, STREAM.dropout, i))))).toBeLessThan(bound);
    expect(Math.abs(correlation(base, draws((i) => uniform(12, STREAM.init, i))))).toBeLessThan(bound);
    expect(Math.abs(correlation(base, draws((i) => uniform(11, streamWord(STREAM.init, 1), i))))).toBeLessThan(bound);
    expect(Math.abs(correlation(base, draws((i) => uniform(11, STREAM.init, i + 1))))).toBeLessThan(bound);
  });
});

describe('gaussian(seed, stream, index)', () => {
  it('has mean 0 and variance 1 within 5σ/√n', () => {
    const g = fillGaussian(new Float64Array(N), 5, STREAM.init) as Float64Array;
    expect(Math.abs(mean(g))).toBeLessThan(K / Math.sqrt(N));
    // Var of Z² is 2 for a standard normal.
    expect(Math.abs(variance(g) - 1)).toBeLessThan((K * Math.SQRT2) / Math.sqrt(N));
  });
  it('is finite for every index and deterministic', () => {
    const g = draws((i) => gaussian(0, 0, i));
    expect(g.every(Number.isFinite)).toBe(true);
    expect(gaussian(0, 0, 17)).toBe(g[17]);
  });
  it('fillGaussian scales by std and shifts by mean', () => {
    const g = fillGaussian(new Float64Array(N), 5, STREAM.init, 3, 0.5) as Float64Array;
    expect(Math.abs(mean(g) - 3)).toBeLessThan((K * 0.5) / Math.sqrt(N));
    expect(Math.abs(Math.sqrt(variance(g)) - 0.5)).toBeLessThan(0.02);
  });
});

describe('streamWord(stream, sub)', () => {
  it('puts the name in the low byte and the sub-stream in the upper 24 bits', () => {
    expect(streamWord(STREAM.dropout, 5)).toBe(3 | (5 << 8));
    expect(streamWord(STREAM.shuffle, 0xffffff)).toBe(0xffffff02);
    expect(streamWord(STREAM.shuffle, 0x1000000)).toBe(streamWord(STREAM.shuffle, 0));
  });
});

describe('shuffleInPlace / permutation', () => {
  it('returns a permutation of 0…n−1', () => {
    for (const n of [1, 2, 3, 10, 1000]) {
      const p = permutation(n, 9, STREAM.shuffle);
      expect(Array.from(p).sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, i) => i));
    }
  });
  it('depends on the stream word and is reproducible', () => {
    const a = permutation(100, 9, streamWord(STREAM.shuffle, 0));
    const b = permutation(100, 9, streamWord(STREAM.shuffle, 1));
    expect(a).toEqual(permutation(100, 9, streamWord(STREAM.shuffle, 0)));
    expect(a).not.toEqual(b);
  });
  it('puts each element at each position with equal frequency (χ² over 3! orders)', () => {
    const counts = new Map<string, number>();
    const trials = 6000;
    for (let s = 0; s < trials; s++) {
      const key = Array.from(shuffleInPlace([0, 1, 2], s, STREAM.shuffle)).join('');
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    expect(counts.size).toBe(6);
    let chi2 = 0;
    for (const c of counts.values()) chi2 += (c - trials / 6) ** 2 / (trials / 6);
    expect(chi2).toBeLessThan(25); // χ²(5 dof) exceeds 25 with probability ≈ 1.4e-4
  });
});
