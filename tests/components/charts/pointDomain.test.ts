// The point chart's y domain (decades on log), the x values its crosshair steps through, and the nearest pixel.
import { describe, expect, it } from 'vitest';
import { nearestIndex, readableXs, yExtent } from '../../../src/components/charts/pointDomain';

const finite = (p: readonly [number, number]) => Number.isFinite(p[1]);

describe('yExtent', () => {
  it('widens a log axis to whole decades and skips NaN, ∞ and non-positive values', () => {
    expect(yExtent([{ points: [[0, 0.02], [1, 3], [2, NaN], [3, -1], [4, Infinity]] }], true)).toEqual([0.01, 10]);
  });
  it('starts a linear axis at 0 for positive data and falls back when nothing is plottable', () => {
    expect(yExtent([{ points: [[0, 2], [1, 7.3]] }], false)).toEqual([0, 8]); // 7.3 rounds up to the next whole tick
    expect(yExtent([{ points: [[0, NaN]] }], false)).toEqual([0, 1]);
    expect(yExtent([], true)).toEqual([1e-3, 1]);
  });
});

describe('readableXs', () => {
  it('is the sorted union of the series’ x values whose point is plottable', () => {
    const a = { points: [[0, 1], [0.1, 2], [1, NaN]] as [number, number][] };
    const b = { points: [[10, 1], [0.1, 3], [1, 4]] as [number, number][] };
    expect(readableXs([a, b], finite)).toEqual([0, 0.1, 1, 10]);
    expect(readableXs([a], finite)).toEqual([0, 0.1]);
  });
});

describe('nearestIndex', () => {
  it('picks the nearest pixel (the first on a tie), null with none', () => {
    expect(nearestIndex([10, 40, 90], 60)).toBe(1);
    expect(nearestIndex([10, 40, 90], 66)).toBe(2);
    expect(nearestIndex([10, 30], 20)).toBe(0);
    expect(nearestIndex([], 5)).toBeNull();
  });
});
