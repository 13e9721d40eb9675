// confusionCells and moveCell: counts and row shares of a hand-made 3×3 matrix; arrow keys clamped at the edges.
import { describe, expect, it } from 'vitest';
import { confusionCells, moveCell } from '../../../src/components/charts/confusionCells';

describe('confusionCells(counts, c)', () => {
  it('gives each cell its count and its share of the true-class row; an empty row has NaN shares', () => {
    const cells = confusionCells([3, 1, 0, 0, 0, 0, 2, 2, 4], 3);
    expect(cells).toHaveLength(9);
    expect(cells[0]).toEqual({ t: 0, p: 0, count: 3, share: 0.75 });
    expect(cells[1].share).toBe(0.25);
    expect(Number.isNaN(cells[4].share)).toBe(true);
    expect(cells[8]).toEqual({ t: 2, p: 2, count: 4, share: 0.5 });
  });
});

describe('moveCell(t, p, key, c)', () => {
  it('moves by one cell and stops at the edges; other keys give null', () => {
    expect(moveCell(0, 0, 'ArrowUp', 3)).toEqual([0, 0]);
    expect(moveCell(0, 0, 'ArrowDown', 3)).toEqual([1, 0]);
    expect(moveCell(1, 2, 'ArrowRight', 3)).toEqual([1, 2]);
    expect(moveCell(1, 2, 'Home', 3)).toEqual([1, 0]);
    expect(moveCell(1, 1, 'a', 3)).toBeNull();
  });
});
