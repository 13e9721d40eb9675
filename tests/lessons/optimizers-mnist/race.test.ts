// The optimizer race on the CPU engine: the book's result at the browser test's CI size, and the shared start.
import { describe, expect, it } from 'vitest';
import { createCpuPopulation, createTrainer, type EvalReport } from '../../../src/engine/train';
import { BOOK_LRS } from '../../../src/lessons/optimizers-mnist/params';
import { N_TEST, raceNet, racePopulation, racerHyper, racersOf, type LearningRates } from '../../../src/lessons/optimizers-mnist/race';
import { mnistSmall } from '../../engine/train/mnistFixtures';

/** The browser test's configuration: 1280 digits, 10 epochs of 10 updates. */
const N_TRAIN = 1280;
const STEPS = 100;
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

// Four networks of ~120 000 parameters, 100 updates each, per seed: a few seconds alone, more on a busy machine.
describe('racePopulation', { timeout: 120_000 }, () => {
  it('member k is the single run of its optimizer with the same seed (same initial weights and batches)', () => {
    const data = mnistSmall(300, 0);
    const racers = racersOf(['rmsprop', 'adadelta']);
    const c = racePopulation({ racers, lrs: BOOK_LRS, seed: 5, nTrain: 300, epochs: 1 });
    const report = createCpuPopulation(c.spec, data, c.members, { ...c.options, evalEachEpoch: false }).step(2);
    racers.forEach((r, k) => {
      const single = createTrainer(raceNet(), data, racerHyper(r, (BOOK_LRS as LearningRates)[r]), 5, { epochs: 1, evalEachEpoch: false });
      expect(report.members[k].steps.map((s) => s.loss), r).toEqual(single.step(2).steps.map((s) => s.loss));
    });
    // Update 1 is measured before any update: the same weights on the same batch give one loss for all six.
    expect(new Set(report.members.map((m) => m.steps[0].loss)).size).toBe(1);
  });

  for (const seed of [1, 2, 3]) {
    it(`seed ${seed}: after ${STEPS} updates at the book's learning rates SGD's loss is the highest of the four (far above) and its test accuracy the lowest`, () => {
      const data = mnistSmall(N_TRAIN, N_TEST);
      const racers = racersOf([]);
      const c = racePopulation({ racers, lrs: BOOK_LRS, seed, nTrain: N_TRAIN, epochs: 10 });
      const population = createCpuPopulation(c.spec, data, c.members, { ...c.options, evalEachEpoch: false });
      const report = population.step(STEPS);
      // The browser test's reading: the mean of the last 20 mini-batch losses.
      const late = report.members.map((m) => mean(m.steps.slice(-20).map((s) => s.loss)));
      const [sgd, ...others] = late;
      expect(report.members.every((m) => m.steps.length === STEPS)).toBe(true);
      for (const o of others) expect(o).toBeLessThan(sgd / 2);
      // The book: the other three generally also reach a higher recognition accuracy.
      const [sgdAcc, ...otherAcc] = (population.evaluate(['test']) as EvalReport[]).map((e) => e.test!.accuracy);
      for (const a of otherAcc) expect(a).toBeGreaterThan(sgdAcc);
    });
  }
});
