// sortedByLabel and headSplit: data as stored, class by class, and the hold-out split without a shuffle.
import { describe, expect, it } from 'vitest';
import { headSplit, sortedByLabel } from '../../../src/engine/train/ordered';

const data = { x: Float32Array.from([0, 1, 2, 3, 4, 5]), y: Uint8Array.from([2, 0, 1, 0, 2, 1]), n: 6, d: 1 };

describe('sortedByLabel(data)', () => {
  it('orders rows by label, ties in their original order, rows kept whole', () => {
    const s = sortedByLabel(data);
    expect(Array.from(s.y)).toEqual([0, 0, 1, 1, 2, 2]);
    expect(Array.from(s.x)).toEqual([1, 3, 2, 5, 0, 4]);
  });
  it('leaves real-valued targets as they are', () => {
    const r = { x: Float32Array.from([1, 2]), y: Float32Array.from([0.5, -1]), n: 2, d: 1 };
    expect(sortedByLabel(r)).toBe(r);
  });
});

describe('headSplit(data, fraction)', () => {
  it('validates on the first ⌊fraction·n⌋ rows as they are and trains on the rest', () => {
    const { train, validation } = headSplit(sortedByLabel(data), 0.34);
    expect(Array.from(validation.y)).toEqual([0, 0]);
    expect(Array.from(train.y)).toEqual([1, 1, 2, 2]);
  });
  it('rejects a fraction outside [0, 1)', () => {
    expect(() => headSplit(data, 1)).toThrow(RangeError);
  });
});
