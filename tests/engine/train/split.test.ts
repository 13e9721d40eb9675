// Data splits: shuffled 20% validation split, K-fold splits, and cross-validation over them.
import { describe, expect, it } from 'vitest';
import { crossValidate, kFoldSplits, splitTrainValidation, subset, type Dataset } from '../../../src/engine/train';
import { blobs, smallSpec } from './fixtures';

/** A data set whose first feature is the row number, so every row can be traced through a split. */
function tagged(n: number): Dataset {
  const x = new Float32Array(2 * n).map((_, i) => (i % 2 === 0 ? i / 2 : -1));
  return { x, y: new Uint8Array(n).map((_, i) => i % 3), n, d: 2 };
}
const ids = (d: Dataset) => Array.from({ length: d.n }, (_, i) => d.x[2 * i]);
const range = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('subset(data, indices)', () => {
  it('copies the given rows with their labels', () => {
    const s = subset(tagged(10), [7, 2]);
    expect(ids(s)).toEqual([7, 2]);
    expect(Array.from(s.y)).toEqual([1, 2]);
  });
});

describe('splitTrainValidation(data, 0.2, seed)', () => {
  it('puts ⌊0.2n⌋ shuffled samples in validation, the rest in train, with no overlap', () => {
    const { train, validation } = splitTrainValidation(tagged(103), 0.2, 1);
    expect(validation.n).toBe(20);
    expect(train.n).toBe(83);
    expect([...ids(train), ...ids(validation)].sort((a, b) => a - b)).toEqual(range(103));
    expect(ids(validation)).not.toEqual(range(20)); // shuffled first
    expect(Array.from(validation.y)).toEqual(ids(validation).map((i) => i % 3));
  });
});

describe('kFoldSplits(data, k, seed)', () => {
  it('validates every sample exactly once, with folds of ⌊n/k⌋ or ⌈n/k⌉', () => {
    const folds = kFoldSplits(tagged(23), 5, 2);
    const validated = folds.flatMap((f) => ids(f.validation));
    expect(validated.sort((a, b) => a - b)).toEqual(range(23));
    for (const f of folds) {
      expect([4, 5]).toContain(f.validation.n);
      expect(f.train.n + f.validation.n).toBe(23);
      expect(ids(f.train).some((i) => ids(f.validation).includes(i))).toBe(false);
    }
    expect(() => kFoldSplits(tagged(3), 4, 1)).toThrow(RangeError);
  });
});

describe('crossValidate(spec, data, hp, seed, k, epochs)', () => {
  it('trains one model per fold and reports mean ± std of the validation metrics', () => {
    const r = crossValidate(smallSpec(), blobs(60), { optimizer: 'adam', lr: 0.02, batchSize: 12 }, 1, 3, 10);
    expect(r.folds.map((f) => f.validation.n)).toEqual([20, 20, 20]);
    const accs = r.folds.map((f) => f.validation.accuracy);
    expect(r.mean.accuracy).toBeCloseTo(accs.reduce((a, b) => a + b, 0) / 3, 12);
    expect(r.mean.accuracy).toBeGreaterThan(0.9);
    expect(r.std.accuracy).toBeGreaterThanOrEqual(0);
    expect(r.std.loss).toBeGreaterThan(0);
  });
});
