// buildData's K-fold and stored-order options: fold i is kFoldSplits' split i, sorted data without a shuffle validates on the first classes.
import { describe, expect, it } from 'vitest';
import { buildData } from '../../src/worker/shared/data/buildData';
import { kFoldSplits } from '../../src/engine/train';
import type { DataDescriptor } from '../../src/worker/shared/protocol';

const noMnist = () => Promise.reject(new Error('no MNIST in this test'));
const blobs: DataDescriptor = { kind: 'toy', name: 'blobs', n: 40, seed: 3, classes: 4 };

describe('buildData(descriptor with fold)', () => {
  it('gives fold i of kFoldSplits(train, k, splitSeed): every row validates exactly once over the k folds', async () => {
    const whole = (await buildData(blobs, noMnist)).train;
    const expected = kFoldSplits(whole, 5, 7);
    const seen: number[] = [];
    for (let i = 0; i < 5; i++) {
      const got = await buildData({ ...blobs, fold: { k: 5, index: i }, splitSeed: 7 }, noMnist);
      expect(got.validation?.x).toEqual(expected[i].validation.x);
      expect(got.train.x).toEqual(expected[i].train.x);
      expect(got.train.n + (got.validation?.n ?? 0)).toBe(40);
      seen.push(got.validation!.n);
    }
    expect(seen.reduce((a, b) => a + b, 0)).toBe(40);
  });
  it('rejects a fold index outside 0 … k − 1', async () => {
    await expect(buildData({ ...blobs, fold: { k: 4, index: 4 } }, noMnist)).rejects.toThrow(RangeError);
  });
});

describe('buildData(descriptor with sortByLabel)', () => {
  it('without the shuffle the 25 % validation split holds only the lowest label; with it, several labels', async () => {
    const head = await buildData({ ...blobs, sortByLabel: true, validation: 0.25, shuffleSplit: false }, noMnist);
    expect(new Set(head.validation!.y)).toEqual(new Set([0]));
    const shuffled = await buildData({ ...blobs, sortByLabel: true, validation: 0.25, splitSeed: 1 }, noMnist);
    expect(new Set(shuffled.validation!.y).size).toBeGreaterThan(1);
    expect(shuffled.validation!.n).toBe(10);
  });
});

describe('buildData(descriptor with keepClasses)', () => {
  it('keeps only the listed labels in train and test, the first perClass of each in train', async () => {
    const all = await buildData({ ...blobs, nTest: 40 }, noMnist);
    const got = await buildData({ ...blobs, nTest: 40, keepClasses: { keep: [1, 3], perClass: 2 } }, noMnist);
    expect(Array.from(got.train.y).sort()).toEqual([1, 1, 3, 3]);
    const firstOnes = Array.from(all.train.y).flatMap((c, i) => (c === 1 || c === 3 ? [i] : []));
    const firstTwoEach = [1, 3].flatMap((c) => firstOnes.filter((i) => all.train.y[i] === c).slice(0, 2)).sort((a, b) => a - b);
    expect(got.train.x).toEqual(Float32Array.from(firstTwoEach.flatMap((i) => Array.from(all.train.x.subarray(2 * i, 2 * i + 2)))));
    expect(new Set(got.test!.y)).toEqual(new Set([1, 3]));
    expect(got.test!.n).toBe(Array.from(all.test!.y).filter((c) => c === 1 || c === 3).length);
  });
});
