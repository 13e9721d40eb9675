// takeRows: row ranges as views of a data set.
import { describe, expect, it } from 'vitest';
import { linearData, takeRows, twoSpirals } from '../../../src/engine/data';
import { testSampler } from './sampler';

describe('takeRows(data, start, count)', () => {
  it('returns rows start … start + count − 1 as views, keeping d and classes', () => {
    const data = twoSpirals(testSampler(1), { n: 10 });
    const part = takeRows(data, 3, 4);
    expect([part.n, part.d, part.classes]).toEqual([4, 2, 2]);
    expect(Array.from(part.x)).toEqual(Array.from(data.x.subarray(6, 14)));
    expect(Array.from(part.y)).toEqual(Array.from(data.y.subarray(3, 7)));
    expect(part.x.buffer).toBe(data.x.buffer);
  });

  it('works on regression sets', () => {
    const { train } = linearData(testSampler(1), { nTrain: 6, d: 3 });
    const part = takeRows(train, 4, 2);
    expect([part.n, part.d, part.x.length]).toEqual([2, 3, 6]);
    expect(part.y).toBeInstanceOf(Float32Array);
    expect(part.y[1]).toBe(train.y[5]);
  });

  it('rejects ranges that do not fit', () => {
    const data = twoSpirals(testSampler(1), { n: 10 });
    expect(() => takeRows(data, 8, 3)).toThrow(RangeError);
    expect(() => takeRows(data, -1, 2)).toThrow(RangeError);
  });
});
