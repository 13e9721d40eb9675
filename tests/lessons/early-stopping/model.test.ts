// The early-stopping lesson's model: replayStop agrees with the engine's own early stopping on the same run.
import { describe, expect, it } from 'vitest';
import { blobs, dataSampler } from '../../../src/engine/data';
import { createTrainer, splitTrainValidation } from '../../../src/engine/train';
import { populationConfig, replayStop, stepsPerEpoch } from '../../../src/lessons/early-stopping/model';

describe('replayStop(valLosses, patience, budget)', () => {
  it('stops at the first epoch that makes `patience` epochs without a new minimum', () => {
    expect(replayStop([3, 2, 2.5, 2.1, 2.2], 3, 10)).toEqual({ best: 2, bestLoss: 2, stop: 5, reason: 'early-stopping' });
  });
  it('is undecided before the budget ends, then reports the budget', () => {
    expect(replayStop([3, 2, 1], 3, 4)).toBeNull();
    expect(replayStop([3, 2, 1, 1.5], 3, 4)).toEqual({ best: 3, bestLoss: 1, stop: 4, reason: 'epochs' });
  });
  it('matches the engine: a run with earlyStopping stops where the replay of the same run without it says', () => {
    const all = blobs(dataSampler(5, 0), { n: 120, classes: 3, noise: 2 });
    const { train, validation } = splitTrainValidation(all, 0.2, 5);
    const spec = { inputSize: 2, hidden: [{ units: 32, activation: 'relu' as const }], outputSize: 3, loss: 'softmax-ce' as const, init: { scheme: 'he' as const } };
    const hyper = { optimizer: 'sgd' as const, lr: 0.5, batchSize: 16 };
    const epochs = 60;
    const full = createTrainer(spec, { train, validation }, hyper, 5, { epochs });
    const curve = full.step(epochs * 6).epochs.map((e) => e.validation!.loss);
    const stopped = createTrainer(spec, { train, validation }, hyper, 5, { epochs, earlyStopping: { patience: 4 } });
    const report = stopped.step(epochs * 6);
    const replay = replayStop(curve, 4, epochs)!;
    expect(report.stopped).toBe(replay.reason);
    expect(report.epochs.length).toBe(replay.stop);
    expect(stopped.progress().bestEpoch + 1).toBe(replay.best);
    expect(stopped.evaluate(['validation']).validation!.loss).toBeCloseTo(replay.bestLoss, 6);
  });
});

describe('populationConfig', () => {
  it('two members on the same seed and data, only the weight decay differs', () => {
    const c = populationConfig({ n: 500, epochs: 80, patience: 10, lambda: 0.01, lr: 0.1, seed: 4 });
    expect(c.members.map((m) => m.hyper?.weightDecay)).toEqual([0, 0.01]);
    expect(new Set(c.members.map((m) => m.seed))).toEqual(new Set([4]));
    expect(stepsPerEpoch(500)).toBe(8);
  });
});
