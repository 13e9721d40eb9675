// The initialization lesson's MNIST comparison as one population: each member is the single run of its initialization.
import { describe, expect, it } from 'vitest';
import { createCpuPopulation, createTrainer } from '../../../src/engine/train';
import { BATCH, comparisonNet, comparisonPopulation, VARIANTS } from '../../../src/lessons/initialization/mnistRuns';
import { mnistSmall } from '../../engine/train/mnistFixtures';

// Four networks of ~120 000 parameters stepped on the CPU and compared weight by weight: ~1 s alone, several on a
// busy machine (it hit the 5 s default at load 20), so the cases get a limit that fits that work.
describe('comparisonPopulation(q)', { timeout: 30_000 }, () => {
  it('member k trains exactly as the single run of comparisonNet(VARIANTS[k].init) with the same seed and SGD', () => {
    const q = { lr: 0.1, seed: 3, epochs: 1 };
    const data = mnistSmall(300, 0);
    const c = comparisonPopulation(q);
    expect(c.members.map((m) => m.init)).toEqual(VARIANTS.map((v) => v.init));
    const population = createCpuPopulation(c.spec, data, c.members, c.options);
    const report = population.step(3);
    VARIANTS.forEach((v, k) => {
      const single = createTrainer(comparisonNet(v.init), data, { optimizer: 'sgd', lr: q.lr, batchSize: BATCH }, q.seed, { epochs: 1, evalEachEpoch: false });
      expect(report.members[k].steps.map((s) => s.loss), v.id).toEqual(single.step(3).steps.map((s) => s.loss));
      expect(population.getParams(k), v.id).toEqual(single.getParams());
    });
  });

  it('std 0.01 starts at chance (loss ≈ ln 10) while He already moves: the members differ only in their initialization', () => {
    const data = mnistSmall(300, 0);
    const c = comparisonPopulation({ lr: 0.1, seed: 1, epochs: 1 });
    const report = createCpuPopulation(c.spec, data, c.members, c.options).step(1);
    expect(report.members[0].steps[0].loss).toBeCloseTo(Math.log(10), 2);
    expect(new Set(report.members.map((m) => m.steps[0].loss)).size).toBe(3);
  });
});
