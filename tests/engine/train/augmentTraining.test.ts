// TrainHyper.augment and trainRows in the CPU trainer and the run schedule: an augmented run equals a plain run on data whose
// rows were augmented beforehand for that epoch, with the labels unchanged; trainRows trains on (and evaluates) the first rows only.
import { describe, expect, it } from 'vitest';
import { augmentRow, type Augment } from '../../../src/engine/data/augment';
import { STREAM, gaussian, streamWord } from '../../../src/engine/rng';
import { createTrainer, type Dataset } from '../../../src/engine/train';
import { RunSchedule } from '../../../src/engine/train/schedule';
import { resolveSpec } from '../../../src/engine/nn/spec';
import { smallSpec } from './fixtures';

/** 24 random 6×6 "images" in [0, 1], labels 0, 1, 2, 0, … */
function images(n = 24): Dataset {
  const x = new Float32Array(n * 36).map((_, i) => Math.min(1, Math.abs(gaussian(3, streamWord(STREAM.data, 7), i)) / 2));
  const y = new Uint8Array(n).map((_, i) => i % 3);
  return { x, y, n, d: 36 };
}

const AUG: Augment = { shift: 1, rotate: 20, elastic: 3, elasticSigma: 1, noise: 0.05, side: 6 };

describe('CpuTrainer with hyper.augment', () => {
  it('takes in epoch 0 exactly the steps of a plain run on the rows augmented for (seed, epoch 0, row), same labels', () => {
    const data = images();
    const pre: Dataset = { ...data, x: Float32Array.from(data.x) };
    for (let i = 0; i < data.n; i++) pre.x.set(augmentRow(data.x.subarray(i * 36, (i + 1) * 36), i, AUG, 5, 0, new Float64Array(36)), i * 36);
    const spec = smallSpec(36, 3);
    const hp = { optimizer: 'sgd' as const, lr: 0.1, batchSize: 8 };
    const augmented = createTrainer(spec, { train: data }, { ...hp, augment: AUG }, 5, { evalEachEpoch: false });
    const plain = createTrainer(spec, { train: pre }, hp, 5, { evalEachEpoch: false });
    const a = augmented.step(3).steps.map((s) => [s.loss, s.accuracy]);
    const b = plain.step(3).steps.map((s) => [s.loss, s.accuracy]);
    expect(a).toEqual(b);
    expect(augmented.getState().params).toEqual(plain.getState().params);
  });
  it('differs from the unaugmented run, and all strengths 0 is the unaugmented run', () => {
    const data = images();
    const spec = smallSpec(36, 3);
    const hp = { optimizer: 'sgd' as const, lr: 0.1, batchSize: 8 };
    const none = createTrainer(spec, { train: data }, hp, 5, {}).step(3).steps.map((s) => s.loss);
    const zero = createTrainer(spec, { train: data }, { ...hp, augment: { shift: 0, rotate: 0, elastic: 0, noise: 0, side: 6 } }, 5, {}).step(3).steps.map((s) => s.loss);
    const aug = createTrainer(spec, { train: data }, { ...hp, augment: AUG }, 5, {}).step(3).steps.map((s) => s.loss);
    expect(zero).toEqual(none);
    expect(aug).not.toEqual(none);
  });
  it('refuses transforms whose image side does not fit the rows', () => {
    expect(() => createTrainer(smallSpec(36, 3), { train: images() }, { augment: { ...AUG, side: 28 } }, 1, {})).toThrow(RangeError);
  });
});

describe('RunSchedule with hyper.trainRows', () => {
  it('an epoch is a permutation of the first k rows, and the epoch end evaluates at most k training rows', () => {
    const spec = resolveSpec(smallSpec(36, 3));
    const run = new RunSchedule(spec, { train: images() }, { batchSize: 4, trainRows: 10 }, 2, { evalTrainSamples: 20 });
    const seen: number[] = [];
    for (;;) {
      const batch = run.nextBatch();
      seen.push(...batch);
      run.step++;
      if (run.advance(batch.length)) break;
    }
    expect(seen.sort((p, q) => p - q)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(run.step).toBe(3);
    expect(run.endEpoch().trainCap).toBe(10);
  });
  it('with rebalance, rebalances among the first k rows only', () => {
    const spec = resolveSpec(smallSpec(36, 3));
    // First 7 rows: labels 0 1 2 0 1 2 0 → class 0 has 3, oversampled to 3 each: 9 rows, all < 7.
    const run = new RunSchedule(spec, { train: images() }, { batchSize: 9, trainRows: 7, rebalance: 'oversample' }, 2, {});
    const batch = Array.from(run.nextBatch());
    expect(batch).toHaveLength(9);
    expect(Math.max(...batch)).toBeLessThan(7);
  });
});
