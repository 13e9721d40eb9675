// linearData: d2l's weight-decay set, y = 0.05 + Σ 0.01·xᵢ + ε with 200 inputs and 20 training rows.
import { describe, expect, it } from 'vitest';
import { LINEAR_TRUE_B, LINEAR_TRUE_W_ENTRY, linearData } from '../../../src/engine/data';
import { testSampler } from './sampler';

describe('linearData(sampler, options)', () => {
  it("has d2l's shapes by default: 20 training and 100 test rows of 200 inputs", () => {
    const { train, test, trueW, trueB } = linearData(testSampler(1));
    expect([train.n, train.d, train.x.length, train.y.length]).toEqual([20, 200, 4000, 20]);
    expect([test.n, test.d, test.x.length, test.y.length]).toEqual([100, 200, 20000, 100]);
    expect(trueW.length).toBe(200);
    expect(trueW.every((w) => w === 0.01)).toBe(true);
    expect(trueB).toBe(0.05);
    expect([LINEAR_TRUE_B, LINEAR_TRUE_W_ENTRY]).toEqual([0.05, 0.01]);
  });

  it('without noise, targets equal 0.05 + 0.01·Σ xᵢ', () => {
    const { train, test } = linearData(testSampler(2), { noise: 0 });
    for (const set of [train, test]) {
      for (let r = 0; r < set.n; r++) {
        let sum = 0;
        for (let k = 0; k < set.d; k++) sum += set.x[r * set.d + k];
        expect(set.y[r]).toBe(Math.fround(0.05 + 0.01 * sum));
      }
    }
  });

  it('draws x_k from gaussian(j(d + 1) + k) and ε from gaussian(j(d + 1) + d)', () => {
    const s = testSampler(3);
    const d = 5;
    const { train, test } = linearData(s, { nTrain: 3, nTest: 2, d });
    for (const [set, first] of [[train, 0], [test, 3]] as const) {
      for (let r = 0; r < set.n; r++) {
        const base = (first + r) * (d + 1);
        let sum = 0;
        for (let k = 0; k < d; k++) {
          expect(set.x[r * d + k]).toBe(Math.fround(s.gaussian(base + k)));
          sum += set.x[r * d + k];
        }
        expect(set.y[r]).toBe(Math.fround(0.05 + 0.01 * sum + 0.01 * s.gaussian(base + d)));
      }
    }
  });

  it('has inputs ~ N(0, 1) and noise of standard deviation 0.01', () => {
    const { train } = linearData(testSampler(4), { nTrain: 2000, nTest: 0, d: 10 });
    let sx = 0;
    let sxx = 0;
    let see = 0;
    for (let r = 0; r < train.n; r++) {
      let sum = 0;
      for (let k = 0; k < 10; k++) {
        const v = train.x[r * 10 + k];
        sx += v;
        sxx += v * v;
        sum += v;
      }
      see += (train.y[r] - 0.05 - 0.01 * sum) ** 2;
    }
    expect(sx / 20000).toBeCloseTo(0, 1);
    expect(sxx / 20000).toBeCloseTo(1, 1);
    expect(Math.sqrt(see / train.n)).toBeCloseTo(0.01, 3);
  });

  it('is a function of the seed, and the training rows do not depend on nTest', () => {
    const a = linearData(testSampler(5));
    expect(linearData(testSampler(5), { nTest: 3 }).train.x).toEqual(a.train.x);
    expect(linearData(testSampler(6)).train.x).not.toEqual(a.train.x);
  });

  it('rejects bad sizes and a negative noise', () => {
    expect(() => linearData(testSampler(1), { d: -2 })).toThrow(RangeError);
    expect(() => linearData(testSampler(1), { noise: Number.NaN })).toThrow(RangeError);
  });
});
