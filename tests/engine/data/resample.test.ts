// Resampled row lists: oversampling to the largest class, undersampling to the smallest, an imbalanced subset.
import { describe, expect, it } from 'vitest';
import { imbalancedRows, oversampleRows, undersampleRows } from '../../../src/engine/data';

const labels = [0, 1, 0, 2, 0, 1, 0]; // class 0: rows 0, 2, 4, 6; class 1: rows 1, 5; class 2: row 3

function countsOf(rows: ArrayLike<number>, c: number): number[] {
  const out = new Array<number>(c).fill(0);
  for (let i = 0; i < rows.length; i++) out[labels[rows[i]]]++;
  return out;
}

describe('oversampleRows(labels, c)', () => {
  it('repeats the rows of each class, cycling, up to the largest class count', () => {
    expect(Array.from(oversampleRows(labels, 4))).toEqual([0, 2, 4, 6, 1, 5, 1, 5, 3, 3, 3, 3]);
    expect(countsOf(oversampleRows(labels, 4), 4)).toEqual([4, 4, 4, 0]);
  });
});

describe('undersampleRows(labels, c)', () => {
  it('keeps the first rows of each class, as many as the smallest class has', () => {
    expect(Array.from(undersampleRows(labels, 3))).toEqual([0, 1, 3]);
  });
});

describe('imbalancedRows(labels, rare, share)', () => {
  it('keeps every common row and round(share·N_common/(1 − share)) rare rows, the first ones', () => {
    // 100 rows alternating class 0 (common) and 1 (rare): 50 common; share 0.2 → round(0.2·50/0.8) = 13 rare rows.
    const ys = Array.from({ length: 100 }, (_, i) => i % 2);
    const rows = imbalancedRows(ys, [1], 0.2);
    const rare = Array.from(rows).filter((i) => ys[i] === 1);
    expect(rows.length).toBe(63);
    expect(rare).toEqual(Array.from({ length: 13 }, (_, k) => 2 * k + 1));
  });
  it('keeps every rare row there is when the share asks for more', () => {
    expect(imbalancedRows([0, 1, 1], [1], 0.9).length).toBe(3);
  });
  it('rejects a share outside [0, 1)', () => {
    expect(() => imbalancedRows([0], [1], 1)).toThrow(RangeError);
  });
});
