// The resampling lesson's model: recall and accuracy from hand-made counts, and the default population's shape; a short real run
// on MNIST (CPU engine) where the data descriptor makes 5–9 rare and the four members rebalance differently.
import { describe, expect, it } from 'vitest';
import { accuracy, meanRecall, METHODS, population, RARE, recalls } from '../../../src/lessons/resampling/model';
import { buildData } from '../../../src/worker/shared/data/buildData';
import { createCpuPopulation } from '../../../src/engine/train';
import { confusionCounts } from '../../../src/engine/nn';
import { unitOutputs } from '../../../src/engine/experiments/unitOutputs';
import { loadMnistBytesNode } from '../../helpers/mnistNode';

describe('recalls(counts, c) and accuracy(counts, c)', () => {
  it('read diagonal / row sum and trace / total from a hand-made 2×2 matrix', () => {
    expect(recalls([3, 1, 2, 2], 2)).toEqual([0.75, 0.5]);
    expect(accuracy([3, 1, 2, 2], 2)).toBe(5 / 8);
    expect(meanRecall([0.75, 0.5], [0, 1])).toBe(0.625);
  });
});

describe('population({ share, epochs, seed })', () => {
  it('is one member per method, same seed, with 5–9 rare at the share', () => {
    const p = population({ share: 0.05, epochs: 3, seed: 1 });
    expect(p.members.map((m) => m.hyper?.rebalance)).toEqual([...METHODS]);
    expect(new Set(p.members.map((m) => m.seed)).size).toBe(1);
    expect(p.data).toMatchObject({ kind: 'mnist', rare: { classes: [...RARE], share: 0.05 } });
  });
});

describe('the default run, measured', () => {
  it('oversampling and class weights recall 5–9 better (by more than 0.05) than plain training at 5 %', async () => {
    const config = population({ share: 0.05, epochs: 10, seed: 1 });
    const data = await buildData(config.data, () => Promise.resolve(loadMnistBytesNode()));
    const pop = createCpuPopulation(config.spec, data, config.members, { epochs: 10, evalEachEpoch: false });
    while (pop.progress(0).stopped === null) pop.step(50);
    const test = data.test!;
    const rare = METHODS.map((_, k) => {
      const state = pop.getState(k);
      const { output } = unitOutputs(config.spec, state.params, state.running, test.x, test.n, state.hyper);
      const counts = confusionCounts(output, test.y as Uint8Array, test.n, 10);
      const r = recalls(counts, 10);
      return meanRecall(r, RARE);
    });
    expect(rare[1]).toBeGreaterThan(rare[0] + 0.05);
    expect(rare[3]).toBeGreaterThan(rare[0] + 0.05);
  }, 300_000);
});
