// TrainHyper.rebalance: an epoch through the oversampled or undersampled row list, or a class-weighted loss, in the run schedule and the CPU trainer.
import { describe, expect, it } from 'vitest';
import { createMlp, createWorkspace, forward, initMlp, lossForward } from '../../../src/engine/nn/mlp';
import { resolveSpec } from '../../../src/engine/nn/spec';
import { STREAM, permutationInto, streamWord } from '../../../src/engine/rng';
import { createTrainer, type Dataset } from '../../../src/engine/train';
import { RunSchedule } from '../../../src/engine/train/schedule';
import { blobs, smallSpec } from './fixtures';

const spec = resolveSpec(smallSpec());

/** 12 rows: class 0 at rows 0–7, class 1 at rows 8–9, class 2 at rows 10–11 (8 : 2 : 2). */
function skewed(): Dataset {
  const base = blobs(12);
  const y = Uint8Array.from([0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 2, 2]);
  return { ...base, y };
}

function epochRows(run: RunSchedule): number[] {
  const seen: number[] = [];
  for (;;) {
    const batch = run.nextBatch();
    seen.push(...batch);
    run.step++;
    if (run.advance(batch.length)) break;
  }
  run.endEpoch();
  return seen;
}

describe('RunSchedule with rebalance', () => {
  it("'oversample': an epoch is every class repeated to 8 rows, in the order of a permutation of 24", () => {
    const run = new RunSchedule(spec, { train: skewed() }, { batchSize: 5, rebalance: 'oversample' }, 3, { evalEachEpoch: false });
    const list = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 8, 9, 8, 9, 8, 9, 10, 11, 10, 11, 10, 11, 10, 11];
    const pi = permutationInto(new Uint32Array(24), 3, streamWord(STREAM.shuffle, 0));
    expect(epochRows(run)).toEqual(Array.from(pi, (k) => list[k]));
  });
  it("a learning-rate schedule reads progress through the resampled epoch: 12 of 24 oversampled rows is half an epoch", () => {
    const run = new RunSchedule(spec, { train: skewed() }, { batchSize: 6, rebalance: 'oversample' }, 3, { evalEachEpoch: false });
    run.advance(6);
    run.advance(6);
    expect(run.progressEpochs).toBe(0.5);
  });
  it("'undersample': an epoch holds two rows of each class", () => {
    const run = new RunSchedule(spec, { train: skewed() }, { batchSize: 4, rebalance: 'undersample' }, 3, { evalEachEpoch: false });
    expect(epochRows(run).sort((a, b) => a - b)).toEqual([0, 1, 8, 9, 10, 11]);
  });
  it("'class-weights': weights N/(K·N_k) = 12/24, 12/6, 12/6; 'none' and the default have none", () => {
    const run = new RunSchedule(spec, { train: skewed() }, { rebalance: 'class-weights' }, 3, {});
    expect(Array.from(run.classWeights ?? [])).toEqual([0.5, 2, 2]);
    expect(new RunSchedule(spec, { train: skewed() }, {}, 3, {}).classWeights).toBeNull();
    expect(new RunSchedule(spec, { train: skewed() }, {}, 3, {}).perm.length).toBe(12);
  });
  it('a new rebalance through setHyper changes the row list', () => {
    const run = new RunSchedule(spec, { train: skewed() }, { batchSize: 100 }, 3, { evalEachEpoch: false });
    run.setHyper({ rebalance: 'undersample' });
    expect(run.perm.length).toBe(6);
  });
  it('rejects an unknown rebalance', () => {
    expect(() => new RunSchedule(spec, { train: skewed() }, { rebalance: 'smote' as never }, 3, {})).toThrow(RangeError);
  });
});

describe("createTrainer with rebalance 'class-weights'", () => {
  it("reports the weighted data loss of its first batch: lossForward with the weights on the same network and rows", () => {
    const data = { train: skewed() };
    const trainer = createTrainer(smallSpec(), data, { batchSize: 12, lr: 0.1, rebalance: 'class-weights' }, 5, { evalEachEpoch: false });
    const net = createMlp(smallSpec());
    initMlp(net, 5);
    const ws = createWorkspace(net, 12);
    const run = new RunSchedule(net.spec, data, { batchSize: 12 }, 5, {});
    const rows = run.nextBatch();
    const xb = new Float32Array(24);
    const yb = new Uint8Array(12);
    rows.forEach((i, r) => {
      xb[2 * r] = data.train.x[2 * i];
      xb[2 * r + 1] = data.train.x[2 * i + 1];
      yb[r] = data.train.y[i];
    });
    forward(net, ws, xb, 12, { train: true, dropout: [0, 0], seed: 5, step: 0 });
    const expected = lossForward(net, ws, yb, false, [0.5, 2, 2]);
    const plain = lossForward(net, ws, yb, false);
    const report = trainer.step(1);
    expect(report.steps[0].dataLoss).toBeCloseTo(expected, 5);
    expect(Math.abs(expected - plain)).toBeGreaterThan(1e-3);
  });
});
