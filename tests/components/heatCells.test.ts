// heatCells: ring rows bucketed into columns and averaged in log10; decadeDomain and levelOf.
import { describe, expect, it } from 'vitest';
import { decadeDomain, heatCells, levelOf } from '../../src/components/charts/heatCells';

const source = (xs: number[], rows: number[][]) => ({ length: xs.length, x: (i: number) => xs[i], value: (r: number, i: number) => rows[r][i] });

describe('heatCells(source, rows, xMax, maxCols)', () => {
  it('keeps one column per step when xMax ≤ maxCols', () => {
    const c = heatCells(source([1, 2, 3], [[1, 10, 100]]), 1, 3, 10);
    expect([c.cols, c.bucket]).toEqual([3, 1]);
    expect(Array.from(c.log10)).toEqual([0, 1, 2]);
    expect(c.extent).toEqual([0, 2]);
  });

  it('averages a bucket in log10 (the geometric mean): 1 and 100 give 10', () => {
    // xMax 4 in 2 columns: steps 1–2 and 3–4; two rows, stored column-major.
    const c = heatCells(source([1, 2, 3, 4], [[1, 100, 1e-3, 1e-3], [10, 10, 10, 10]]), 2, 4, 2);
    expect([c.cols, c.bucket]).toEqual([2, 2]);
    expect(Array.from(c.log10)).toEqual([1, 1, -3, 1]);
  });

  it('marks cells with a non-finite or non-positive value, skips rows outside 1 … xMax, and leaves empty cells NaN', () => {
    const c = heatCells(source([0, 1, 2, 9], [[5, NaN, 1, 7]]), 1, 3, 3);
    expect(Array.from(c.bad)).toEqual([1, 0, 0]);
    expect(c.log10[0]).toBeNaN();
    expect(c.log10[1]).toBe(0);
    expect(c.log10[2]).toBeNaN();
  });
});

describe('decadeDomain(extent) and levelOf(v, lo, hi, levels)', () => {
  it('widens to whole decades, at least one', () => {
    expect(decadeDomain([-6.3, -0.2])).toEqual([-7, 0]);
    expect(decadeDomain([2, 2])).toEqual([2, 3]);
    expect(decadeDomain([NaN, NaN])).toEqual([-1, 0]);
  });

  it('splits the domain into equal levels and clamps outside it', () => {
    expect(levelOf(-7, -7, 0, 7)).toBe(0);
    expect(levelOf(-3.5, -7, 0, 7)).toBe(3);
    expect(levelOf(0, -7, 0, 7)).toBe(6);
    expect(levelOf(5, -7, 0, 7)).toBe(6);
    expect(levelOf(-9, -7, 0, 7)).toBe(0);
  });
});
