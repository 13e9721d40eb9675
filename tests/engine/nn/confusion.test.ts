// confusionCounts against a hand count.
import { describe, expect, it } from 'vitest';
import { confusionCounts } from '../../../src/engine/nn';

describe('confusionCounts(scores, labels, n, c)', () => {
  it('counts (true, predicted) pairs: five rows of three classes, counted by hand', () => {
    // argmax per row: 0, 2, 2, 1, 0 (row 4 ties 0 and 1 → 0); labels 0, 2, 1, 1, 1.
    const scores = [5, 1, 0, /**/ 0, 1, 3, /**/ 0.1, 0.2, 0.9, /**/ -1, 4, 2, /**/ 2, 2, 1];
    const C = confusionCounts(scores, [0, 2, 1, 1, 1], 5, 3);
    // rows = true class: 0 → {0: 1}; 1 → {2: 1, 1: 1, 0: 1}; 2 → {2: 1}.
    expect(Array.from(C)).toEqual([1, 0, 0, 1, 1, 1, 0, 0, 1]);
  });
  it('rejects a label that is no class', () => {
    expect(() => confusionCounts([1, 0], [2], 1, 2)).toThrow(RangeError);
  });
});
