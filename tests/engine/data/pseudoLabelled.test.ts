// pseudoLabelled: the first rows keep their labels, the chosen rows follow with their pseudo-labels.
import { describe, expect, it } from 'vitest';
import { pseudoLabelled } from '../../../src/engine/data/resample';

describe('pseudoLabelled(data, keep, rows, labels)', () => {
  const data = { x: Float32Array.from([0, 0, 1, 1, 2, 2, 3, 3, 4, 4]), y: Uint8Array.from([0, 1, 2, 3, 4]), n: 5, d: 2 };
  it('keeps rows 0–1, then rows 4 and 3 with labels 9 and 7', () => {
    const out = pseudoLabelled(data, 2, [4, 3], [9, 7]);
    expect(out.n).toBe(4);
    expect(Array.from(out.x)).toEqual([0, 0, 1, 1, 4, 4, 3, 3]);
    expect(Array.from(out.y)).toEqual([0, 1, 9, 7]);
  });
  it('rejects mismatched lengths and rows out of range', () => {
    expect(() => pseudoLabelled(data, 2, [4], [])).toThrow(RangeError);
    expect(() => pseudoLabelled(data, 2, [5], [1])).toThrow(RangeError);
    expect(() => pseudoLabelled(data, 6, [], [])).toThrow(RangeError);
  });
});
