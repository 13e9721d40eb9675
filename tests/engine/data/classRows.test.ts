// classRows / firstRowsPerClass by hand, and a trainer with hyper.perClass going through exactly those rows each epoch.
import { describe, expect, it } from 'vitest';
import { classRows, firstRowsPerClass } from '../../../src/engine/data/classRows';
import { createTrainer } from '../../../src/engine/train';
import { blobs, smallSpec } from '../train/fixtures';

describe('classRows(labels, keep, perClass)', () => {
  it('keeps the rows of the kept classes in data order, the first perClass of each', () => {
    const labels = [5, 0, 6, 5, 1, 6, 5, 7];
    expect(Array.from(classRows(labels, [5, 6]))).toEqual([0, 2, 3, 5, 6]);
    expect(Array.from(classRows(labels, [5, 6, 7], 1))).toEqual([0, 2, 7]);
    expect(Array.from(firstRowsPerClass(labels, 8, 2))).toEqual([0, 1, 2, 3, 4, 5, 7]);
    expect(() => classRows(labels, [5], -1)).toThrow(RangeError);
    // cycle 3: each class present gives 3 rows, its first 2 repeated in turn (class 7 has one row).
    expect(Array.from(firstRowsPerClass(labels, 8, 2, 3))).toEqual([1, 1, 1, 4, 4, 4, 0, 3, 0, 2, 5, 2, 7, 7, 7]);
  });
});

describe('TrainHyper.perClass', () => {
  it('an epoch goes through the first k rows of each class only, each once', () => {
    const data = { train: blobs(30, 3, 0.3, 1) }; // labels 0,1,2,0,1,2,…
    const t = createTrainer(smallSpec(2, 3), data, { batchSize: 3, perClass: 2 }, 5);
    const seen: number[] = [];
    for (let s = 0; s < 2; s++) {
      t.step(1);
      seen.push(...t.lastBatch());
    }
    expect(t.progress().epoch).toBe(1);
    expect(seen.sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('with perClassCycle every epoch has cycle rows per class: each class’s first row 4 times, an epoch of 12 rows', () => {
    const data = { train: blobs(30, 3, 0.3, 1) };
    const t = createTrainer(smallSpec(2, 3), data, { batchSize: 4, perClass: 1, perClassCycle: 4 }, 5);
    const seen: number[] = [];
    for (let s = 0; s < 3; s++) {
      t.step(1);
      seen.push(...t.lastBatch());
    }
    expect(t.progress().epoch).toBe(1);
    expect(seen.sort((a, b) => a - b)).toEqual([0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2]);
  });

  it('refuses k < 1 and k with oversampling', () => {
    const data = { train: blobs(30, 3, 0.3, 1) };
    expect(() => createTrainer(smallSpec(2, 3), data, { perClass: 0 }, 1)).toThrow(RangeError);
    expect(() => createTrainer(smallSpec(2, 3), data, { perClass: 2, rebalance: 'oversample' }, 1)).toThrow(RangeError);
  });
});
