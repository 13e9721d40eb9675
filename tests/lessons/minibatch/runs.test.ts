// The minibatch lesson's MNIST runs: batch sizes, configs, and the summary read off epoch rows.
import { describe, expect, it } from 'vitest';
import { batchSizes, best, runConfig, summarize, updatesPerEpoch, type EpochRow } from '../../../src/lessons/minibatch/runs';

describe('batchSizes(n)', () => {
  it('lists the sizes under n, then n itself', () => {
    expect(batchSizes(2000)).toEqual([1, 8, 32, 128, 512, 2000]);
    expect(batchSizes(256)).toEqual([1, 8, 32, 128, 256]);
    expect(batchSizes(128)).toEqual([1, 8, 32, 128]);
  });
  it('updatesPerEpoch is ⌈n/B⌉', () => {
    expect(updatesPerEpoch(2000, 512)).toBe(4);
    expect(updatesPerEpoch(2000, 2000)).toBe(1);
    expect(updatesPerEpoch(2000, 1)).toBe(2000);
  });
});

describe('runConfig(B, q)', () => {
  it('differs between batch sizes only in the batch size and how often steps are recorded', () => {
    const q = { n: 2000, mepochs: 5, mlr: 0.05, seed: 3 };
    const a = runConfig(1, q), b = runConfig(512, q);
    expect(a.hyper?.batchSize).toBe(1);
    expect(b.hyper?.batchSize).toBe(512);
    expect({ ...a, hyper: null, stream: null }).toEqual({ ...b, hyper: null, stream: null });
    expect(a.hyper?.lr).toBe(0.05);
    expect(a.seed).toBe(3);
  });
});

describe('summarize(rows, sizes, n, target, firstStep)', () => {
  const rows: EpochRow[] = [
    { batchSize: 1, epoch: 1, seconds: 4, trainLoss: 1, testAcc: 0.85 },
    { batchSize: 1, epoch: 2, seconds: 8, trainLoss: 1, testAcc: 0.8 },
    { batchSize: 1, epoch: 3, seconds: 12, trainLoss: 1, testAcc: 0.86 },
    { batchSize: 100, epoch: 1, seconds: 1, trainLoss: 1, testAcc: 0.5 },
    { batchSize: 100, epoch: 2, seconds: 2, trainLoss: 1, testAcc: 0.7 },
    { batchSize: 100, epoch: 3, seconds: 3, trainLoss: 1, testAcc: 0.9 },
  ];
  const s = summarize(rows, [1, 100], 1000, 0.85, [1000, 10]);
  it('reads speed, epochs and seconds to target, final accuracy and the largest fall', () => {
    expect(s[0]).toEqual({ batchSize: 1, epochs: 3, updatesPerEpoch: 1000, samplesPerSecond: 250, secondsPerEpoch: 4, epochsToTarget: 1, secondsToTarget: 4, finalAcc: 0.86, largestDrop: expect.closeTo(0.05, 12) });
    expect(s[1]).toEqual({ batchSize: 100, epochs: 3, updatesPerEpoch: 10, samplesPerSecond: 1000, secondsPerEpoch: 1, epochsToTarget: 3, secondsToTarget: 3, finalAcc: 0.9, largestDrop: 0 });
  });
  it('says null / NaN where a size has no rows yet, and best() skips those', () => {
    const t = summarize([], [8], 100, 0.9, []);
    expect(t[0].epochsToTarget).toBeNull();
    expect(t[0].finalAcc).toBeNaN();
    expect(best([...s, ...t], 'finalAcc', true)?.batchSize).toBe(100);
    expect(best([...s, ...t], 'secondsToTarget', false)?.batchSize).toBe(100);
    expect(best(t, 'secondsToTarget', false)).toBeNull();
  });
});
