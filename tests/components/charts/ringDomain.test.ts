// The ring chart's domains and nearest-row search: never empty or non-finite, and the row nearest in x.
import { describe, expect, it } from 'vitest';
import { nearestRow, niceDomain, ringDomain } from '../../../src/components/charts/ringDomain';
import { RingTable } from '../../../src/worker/page/ringTable';

function ring(rows: [number, number][]): RingTable<string> {
  const r = new RingTable(['x', 'y'], 16);
  for (const [x, y] of rows) r.push({ x, y });
  return r;
}
const series = (r: RingTable<string>, xOffset = 0) => [{ ring: () => r, x: 'x', y: 'y', xOffset }];

describe('ringDomain', () => {
  it('keeps the fallback when no row is plottable (empty ring, NaN, ∞, non-positive on a log axis)', () => {
    expect(ringDomain(series(ring([])), false, [0, 1])).toEqual({ x: [0, 1], y: [0, 1] });
    expect(ringDomain(series(ring([[0, NaN], [1, Infinity]])), false, [0, 1]).y).toEqual([0, 1]);
    expect(ringDomain(series(ring([[0, 0], [1, -2]])), true, [1e-3, 10]).y).toEqual([1e-3, 10]);
  });
  it('gives a single value a non-empty domain', () => {
    const lin = ringDomain(series(ring([[0, 3]])), false, [0, 1]).y;
    expect(lin[1]).toBeGreaterThan(lin[0]);
    expect(lin[0]).toBeLessThanOrEqual(3);
    expect(lin[1]).toBeGreaterThanOrEqual(3);
    expect(ringDomain(series(ring([[0, 0.05]])), true, [1e-3, 10]).y).toEqual([0.01, 1]);
  });
  it('covers the values with decades on a log axis and the shifted last x', () => {
    const d = ringDomain(series(ring([[0, 14.7], [1, 0.031], [2, 0.02]]), 1), true, [1e-3, 10]);
    expect(d.y).toEqual([0.01, 100]);
    expect(d.x[0]).toBe(0);
    expect(d.x[1]).toBeGreaterThanOrEqual(3);
  });
  it('uses the fixed y domain and x maximum when given', () => {
    expect(ringDomain(series(ring([[0, 0.4], [7, 0.9]])), false, [0, 1], [0, 1], 50)).toEqual({ x: [0, 50], y: [0, 1] });
  });
  it('niceDomain rounds outward', () => {
    // About 5 ticks over [0.13, 0.97]: step 0.2, so 0.13 rounds down to 0 and 0.97 up to 1.
    expect(niceDomain(0.13, 0.97, false)).toEqual([0, 1]);
    expect(niceDomain(0.02, 14.7, true)).toEqual([0.01, 100]);
  });
});

describe('nearestRow', () => {
  const r = ring([[0, 1], [10, 2], [20, 3], [30, 4]]);
  it('finds the row nearest in x, ends included', () => {
    expect([-5, 0, 4, 6, 14, 16, 29, 99].map((x) => nearestRow(r, 'x', x))).toEqual([0, 0, 0, 1, 1, 2, 3, 3]);
  });
  it('is −1 on an empty ring', () => expect(nearestRow(ring([]), 'x', 3)).toBe(-1));
});
