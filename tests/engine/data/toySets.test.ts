// The 2-D toy sets: shapes, class balance, geometry of the clean points, and determinism per seed.
import { describe, expect, it } from 'vitest';
import { blobs, circles, TOY_SET_NAMES, TOY_SETS, twoSpirals, xor } from '../../../src/engine/data';
import type { ClassificationData } from '../../../src/engine/data/types';
import { testSampler } from './sampler';

function classCounts(data: ClassificationData): number[] {
  const counts = new Array(data.classes).fill(0);
  for (const c of data.y) counts[c]++;
  return counts;
}

function radius(data: ClassificationData, j: number): number {
  return Math.hypot(data.x[2 * j], data.x[2 * j + 1]);
}

describe.each(TOY_SET_NAMES)('TOY_SETS.%s', (name) => {
  const make = TOY_SETS[name];

  it('returns n×2 float32 inputs and n labels, 400 points by default', () => {
    const data = make(testSampler(1));
    expect([data.n, data.d, data.x.length, data.y.length]).toEqual([400, 2, 800, 400]);
    expect(data.x).toBeInstanceOf(Float32Array);
    expect(data.y).toBeInstanceOf(Uint8Array);
    expect(data.x.every(Number.isFinite)).toBe(true);
  });

  it('balances the classes to within one point, also for odd n', () => {
    for (const n of [400, 101]) {
      const counts = classCounts(make(testSampler(2), { n }));
      expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
      expect(counts.reduce((a, b) => a + b, 0)).toBe(n);
    }
  });

  it('is a function of the seed: same seed, same bytes; another seed, other points', () => {
    const a = make(testSampler(3), { n: 200, noise: 0.1 });
    const b = make(testSampler(3), { n: 200, noise: 0.1 });
    const c = make(testSampler(4), { n: 200, noise: 0.1 });
    expect(b.x).toEqual(a.x);
    expect(b.y).toEqual(a.y);
    expect(c.x).not.toEqual(a.x);
  });

  it('adds noise·N(0, 1) to each coordinate (blobs: widens the spread 0.15 to √(0.15² + noise²))', () => {
    const clean = make(testSampler(5), { n: 300, noise: 0 });
    const noisy = make(testSampler(5), { n: 300, noise: 0.2 });
    const g = testSampler(5).gaussian;
    expect(noisy.y).toEqual(clean.y);
    const extra = name === 'blobs' ? Math.hypot(0.15, 0.2) - 0.15 : 0.2;
    for (let k = 0; k < 600; k++) expect(noisy.x[k]).toBeCloseTo(clean.x[k] + extra * g(k), 5);
  });

  it('rejects a negative or fractional n and a negative noise', () => {
    expect(() => make(testSampler(1), { n: -1 })).toThrow(RangeError);
    expect(() => make(testSampler(1), { n: 2.5 })).toThrow(RangeError);
    expect(() => make(testSampler(1), { noise: -0.1 })).toThrow(RangeError);
  });
});

describe('twoSpirals(sampler, options)', () => {
  it('puts both arms inside the unit disc, point-symmetric to each other', () => {
    const data = twoSpirals(testSampler(1), { n: 200, noise: 0 });
    for (let j = 0; j < 200; j++) expect(radius(data, j)).toBeLessThan(1);
    for (let j = 0; j < 200; j += 2) {
      expect(data.x[2 * (j + 1)]).toBeCloseTo(-data.x[2 * j], 6);
      expect(data.x[2 * (j + 1) + 1]).toBeCloseTo(-data.x[2 * j + 1], 6);
    }
  });
});

describe('circles(sampler, options)', () => {
  it('puts class 0 in the disc r ≤ 0.5 and class 1 in the ring 0.7 ≤ r ≤ 1', () => {
    const data = circles(testSampler(1), { n: 500, noise: 0 });
    for (let j = 0; j < data.n; j++) {
      const r = radius(data, j);
      if (data.y[j] === 0) expect(r).toBeLessThanOrEqual(0.5 + 1e-6);
      else expect(r >= 0.7 - 1e-6 && r <= 1 + 1e-6).toBe(true);
    }
  });
});

describe('xor(sampler, options)', () => {
  it('labels a clean point 1 exactly when its coordinates differ in sign, and keeps it off the axes', () => {
    const data = xor(testSampler(1), { n: 500, noise: 0 });
    for (let j = 0; j < data.n; j++) {
      const [px, py] = [data.x[2 * j], data.x[2 * j + 1]];
      expect(data.y[j]).toBe(px * py < 0 ? 1 : 0);
      expect(Math.min(Math.abs(px), Math.abs(py))).toBeGreaterThanOrEqual(0.05 - 1e-6);
      expect(Math.max(Math.abs(px), Math.abs(py))).toBeLessThanOrEqual(1 + 1e-6);
    }
  });

  it('fills all four quadrants', () => {
    const data = xor(testSampler(6), { n: 400, noise: 0 });
    const quadrants = new Set<string>();
    for (let j = 0; j < data.n; j++) quadrants.add(`${Math.sign(data.x[2 * j])},${Math.sign(data.x[2 * j + 1])}`);
    expect(quadrants.size).toBe(4);
  });
});

describe('blobs(sampler, options)', () => {
  it('centres class k at 0.5·(cos φₖ, sin φₖ), φₖ = π/4 + 2πk/classes', () => {
    const data = blobs(testSampler(1), { n: 30, classes: 3, spread: 0, noise: 0 });
    expect(data.classes).toBe(3);
    for (let j = 0; j < 30; j++) {
      const phi = Math.PI / 4 + (2 * Math.PI * (j % 3)) / 3;
      expect(data.y[j]).toBe(j % 3);
      expect(data.x[2 * j]).toBeCloseTo(0.5 * Math.cos(phi), 6);
      expect(data.x[2 * j + 1]).toBeCloseTo(0.5 * Math.sin(phi), 6);
    }
  });

  it('scatters each class with standard deviation √(spread² + noise²)', () => {
    const data = blobs(testSampler(7), { n: 4000, classes: 2, spread: 0.15, noise: 0.2 });
    let sum = 0;
    for (let j = 0; j < data.n; j++) {
      const c = 0.5 * Math.SQRT1_2 * (data.y[j] === 0 ? 1 : -1);
      sum += (data.x[2 * j] - c) ** 2 + (data.x[2 * j + 1] - c) ** 2;
    }
    expect(Math.sqrt(sum / (2 * data.n))).toBeCloseTo(0.25, 1);
  });

  it('rejects fewer than 2 or more than 10 classes', () => {
    expect(() => blobs(testSampler(1), { classes: 1 })).toThrow(RangeError);
    expect(() => blobs(testSampler(1), { classes: 11 })).toThrow(RangeError);
  });
});
