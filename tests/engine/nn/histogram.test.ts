// Histograms: fixed-range binning with the top edge in the last bin, and the finite range.
import { describe, expect, it } from 'vitest';
import { finiteRange, histogramInto } from '../../../src/engine/nn';

describe('histogramInto(values, len, lo, hi, counts)', () => {
  it('bins [lo, hi] evenly, puts hi in the last bin and skips out-of-range and NaN values', () => {
    const counts = new Uint32Array(4);
    const v = Float64Array.from([0, 0.24, 0.25, 0.5, 0.99, 1, -0.1, 1.1, NaN]);
    expect(histogramInto(v, v.length, 0, 1, counts)).toBe(6);
    expect(Array.from(counts)).toEqual([2, 1, 1, 2]);
  });
});

describe('finiteRange(values, len)', () => {
  it('ignores non-finite values', () => {
    expect(finiteRange(Float64Array.from([3, -Infinity, -2, NaN, 5]), 5)).toEqual([-2, 5]);
    expect(finiteRange(Float64Array.from([NaN]), 1)).toEqual([0, 0]);
  });
});
