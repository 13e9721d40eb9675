// RunSchedule, the run bookkeeping the CPU and GPU trainers share: permutations, epoch ends, stop reasons, hand-over of counters.
import { describe, expect, it } from 'vitest';
import { resolveSpec } from '../../../src/engine/nn/spec';
import { STREAM, permutationInto, streamWord } from '../../../src/engine/rng';
import { createTrainer } from '../../../src/engine/train';
import { RunSchedule } from '../../../src/engine/train/schedule';
import { blobs, smallSpec } from './fixtures';

const spec = resolveSpec(smallSpec());

describe('RunSchedule', () => {
  it("walks each epoch's permutation (stream 'shuffle', sub-stream = epoch) in batches, the last one short", () => {
    const data = { train: blobs(50) };
    const run = new RunSchedule(spec, data, { batchSize: 20 }, 7, { evalEachEpoch: false });
    const expected = (epoch: number) => {
      const p = new Uint32Array(50);
      permutationInto(p, 7, streamWord(STREAM.shuffle, epoch));
      return Array.from(p);
    };
    for (const epoch of [0, 1]) {
      const seen: number[] = [];
      for (const rows of [20, 20, 10]) {
        const batch = run.nextBatch();
        expect(batch.length).toBe(rows);
        seen.push(...batch);
        run.step++;
        expect(run.advance(rows)).toBe(rows === 10);
      }
      expect(seen).toEqual(expected(epoch));
      const end = run.endEpoch();
      expect(end).toEqual({ ended: epoch, splits: null, trainCap: undefined });
      expect(run.progress()).toMatchObject({ epoch: epoch + 1, cursor: 0, step: 3 * (epoch + 1) });
    }
  });

  it('asks for every split at epoch ends by default, only validation for early stopping alone', () => {
    const data = { train: blobs(10), validation: blobs(6, 3, 0.3, 2) };
    expect(new RunSchedule(spec, data, {}, 1, { evalTrainSamples: 4 }).endEpoch()).toEqual({
      ended: 0,
      splits: ['train', 'validation', 'test'],
      trainCap: 4,
    });
    const es = new RunSchedule(spec, data, {}, 1, { evalEachEpoch: false, earlyStopping: { patience: 1 } });
    expect(es.endEpoch().splits).toEqual(['validation']);
    expect(es.earlyStopping).toBe(true);
  });

  it("stops with 'epochs' once the budget is spent, unless something stopped it first", () => {
    const run = new RunSchedule(spec, { train: blobs(10) }, {}, 1, { epochs: 2, evalEachEpoch: false });
    run.endEpoch();
    run.checkEpochBudget();
    expect(run.stopped).toBeNull();
    run.endEpoch();
    run.diverge(5);
    run.checkEpochBudget();
    expect(run.progress()).toMatchObject({ stopped: 'diverged', divergedAt: 5 });
  });

  it('early stopping: save on improvement, stop after `patience` epochs without, restore only when asked', () => {
    const data = { train: blobs(10), validation: blobs(6, 3, 0.3, 2) };
    const run = new RunSchedule(spec, data, {}, 1, { earlyStopping: { patience: 2, minDelta: 0.1 } });
    expect(run.observeValidation(1.0, 0)).toBe('save-best');
    expect(run.observeValidation(0.95, 1)).toBeNull();
    expect(run.stopped).toBeNull();
    expect(run.observeValidation(0.91, 2)).toBe('restore-best');
    expect(run.progress()).toMatchObject({ stopped: 'early-stopping', bestEpoch: 0, bestValidationLoss: 1.0 });
    const keep = new RunSchedule(spec, data, {}, 1, { earlyStopping: { patience: 1, restoreBest: false } });
    expect(keep.observeValidation(1.0, 0)).toBeNull();
    expect(keep.observeValidation(2.0, 1)).toBeNull();
    expect(keep.stopped).toBe('early-stopping');
  });

  it('rolls back to a late-found divergence, and restores counters a trainer handed over', () => {
    const data = { train: blobs(30) };
    const run = new RunSchedule(spec, data, { batchSize: 10 }, 3, { evalEachEpoch: false });
    for (let s = 0; s < 4; s++) {
      run.step++;
      if (run.advance(10)) run.endEpoch();
    }
    run.diverge(2);
    run.rollback(2, 0, 10);
    expect(run.progress()).toMatchObject({ step: 2, epoch: 0, cursor: 10, stopped: 'diverged', divergedAt: 2 });
    const cpu = createTrainer(smallSpec(), data, { batchSize: 10, optimizer: 'adam' }, 5, { evalEachEpoch: false });
    cpu.step(4);
    const other = new RunSchedule(spec, data, {}, 0, { evalEachEpoch: false });
    other.restore(cpu.getState());
    expect(other.progress()).toEqual(cpu.progress());
    expect(other.getHyper()).toEqual(cpu.getHyper());
    const next = Array.from(other.nextBatch());
    cpu.step(1);
    expect(next).toEqual(Array.from(cpu.lastBatch()));
  });

  it('setHyper says when the optimizer changed; bad data and hyperparameters throw RangeError', () => {
    const run = new RunSchedule(spec, { train: blobs(10) }, {}, 1, {});
    expect(run.setHyper({ lr: 0.5 })).toEqual({ optimizerChanged: false });
    expect(run.setHyper({ optimizer: 'adam' })).toEqual({ optimizerChanged: true });
    expect(run.hyper.lr).toBe(0.5);
    expect(() => run.setHyper({ batchSize: 0 })).toThrow(RangeError);
    expect(() => new RunSchedule(spec, { train: { ...blobs(10), d: 3 } }, {}, 1, {})).toThrow(RangeError);
    expect(() => new RunSchedule(spec, { train: blobs(0) }, {}, 1, {})).toThrow(/empty/);
  });
});
