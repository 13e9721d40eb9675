// polynomialData: d2l's cubic, its features xⁱ/i!, its noise and its sampler layout.
import { describe, expect, it } from 'vitest';
import { POLYNOMIAL_TRUE_W, polynomialData, polynomialFeatures, polynomialTarget } from '../../../src/engine/data';
import { testSampler } from './sampler';

describe('polynomialTarget(x)', () => {
  it('is 5 + 1.2x − 3.4x²/2! + 5.6x³/3!', () => {
    expect(polynomialTarget(0)).toBe(5);
    expect(polynomialTarget(1)).toBeCloseTo(5 + 1.2 - 1.7 + 5.6 / 6, 12);
    expect(polynomialTarget(-2)).toBeCloseTo(5 - 2.4 - 6.8 - (5.6 * 8) / 6, 12);
  });
});

describe('polynomialFeatures(x, features, out)', () => {
  it('writes xⁱ/i! for i < features at the offset', () => {
    const out = new Float64Array(7);
    polynomialFeatures(1.5, 5, out, 2);
    expect(Array.from(out)).toEqual([0, 0, 1, 1.5, 1.125, 0.5625, 0.2109375]);
  });
});

describe('polynomialData(sampler, options)', () => {
  it("has d2l's shapes by default: 100 + 100 rows of 20 features", () => {
    const { train, test, trueW } = polynomialData(testSampler(1));
    expect([train.n, train.d, train.x.length, train.y.length, train.scalar.length]).toEqual([100, 20, 2000, 100, 100]);
    expect([test.n, test.d, test.x.length, test.y.length]).toEqual([100, 20, 2000, 100]);
    expect(Array.from(trueW.subarray(0, 4))).toEqual([...POLYNOMIAL_TRUE_W]);
    expect(trueW.subarray(4).every((w) => w === 0)).toBe(true);
  });

  it('without noise, targets equal the formula and the dot product of features and true weights', () => {
    const { train, test, trueW } = polynomialData(testSampler(2), { noise: 0 });
    for (const set of [train, test]) {
      for (let r = 0; r < set.n; r++) {
        const t = set.scalar[r];
        expect(set.y[r]).toBe(Math.fround(polynomialTarget(t)));
        let dot = 0;
        for (let i = 0; i < set.d; i++) dot += set.x[r * set.d + i] * trueW[i];
        expect(set.y[r]).toBeCloseTo(dot, 4);
        expect(set.x[r * set.d + 3]).toBeCloseTo((t * t * t) / 6, 5);
      }
    }
  });

  it('draws x from gaussian(2j) and adds noise·gaussian(2j + 1), train rows before test rows', () => {
    const s = testSampler(3);
    const { train, test } = polynomialData(s, { nTrain: 10, nTest: 5, noise: 0.1 });
    for (const [set, first] of [[train, 0], [test, 10]] as const) {
      for (let r = 0; r < set.n; r++) {
        const j = first + r;
        expect(set.scalar[r]).toBe(Math.fround(s.gaussian(2 * j)));
        expect(set.y[r]).toBe(Math.fround(polynomialTarget(set.scalar[r]) + 0.1 * s.gaussian(2 * j + 1)));
      }
    }
  });

  it('has noise of standard deviation 0.1 by default', () => {
    const { train } = polynomialData(testSampler(4), { nTrain: 5000, nTest: 0 });
    let sum = 0;
    for (let r = 0; r < train.n; r++) sum += (train.y[r] - polynomialTarget(train.scalar[r])) ** 2;
    expect(Math.sqrt(sum / train.n)).toBeCloseTo(0.1, 2);
  });

  it('keeps the training rows when nTest or the feature count changes', () => {
    const a = polynomialData(testSampler(5), { features: 20 });
    const b = polynomialData(testSampler(5), { features: 4, nTest: 7 });
    expect(b.train.scalar).toEqual(a.train.scalar);
    expect(b.train.y).toEqual(a.train.y);
    for (let r = 0; r < 100; r++) expect(Array.from(b.train.x.subarray(4 * r, 4 * r + 4))).toEqual(Array.from(a.train.x.subarray(20 * r, 20 * r + 4)));
  });

  it('is a function of the seed', () => {
    expect(polynomialData(testSampler(6)).train.y).toEqual(polynomialData(testSampler(6)).train.y);
    expect(polynomialData(testSampler(6)).train.y).not.toEqual(polynomialData(testSampler(7)).train.y);
  });

  it('rejects bad sizes and a negative noise', () => {
    expect(() => polynomialData(testSampler(1), { nTrain: -1 })).toThrow(RangeError);
    expect(() => polynomialData(testSampler(1), { features: 1.5 })).toThrow(RangeError);
    expect(() => polynomialData(testSampler(1), { noise: -1 })).toThrow(RangeError);
  });
});
