// Seed 004 §一 at reduced size: on MNIST, momentum, AdaGrad and Adam lower the loss faster than plain SGD.
import { describe, expect, it } from 'vitest';
import { createTrainer } from '../../../src/engine/train';
import type { OptimizerName } from '../../../src/engine/optimizers';
import { mnistNet, mnistSmall } from './mnistFixtures';

// The book's settings (SGD, AdaGrad η = 0.01; momentum η = 0.01, γ = 0.9; Adam η = 0.001), same seed and batches.
const STEPS = 150;

describe('optimizers on MNIST (seed 004: the other three learn faster than SGD)', () => {
  it('momentum, AdaGrad and Adam reach under half of SGD’s training loss after the same steps', () => {
    const data = mnistSmall(2000, 0);
    const loss = (optimizer: OptimizerName) => {
      const t = createTrainer(mnistNet(4, { scheme: 'he' }), { train: data.train }, { optimizer, batchSize: 100 }, 1, { evalEachEpoch: false });
      t.step(STEPS);
      return t.evaluate(['train']).train.loss;
    };
    const sgd = loss('sgd');
    expect(sgd).toBeLessThan(2.2); // SGD learns too, only more slowly
    for (const name of ['momentum', 'adagrad', 'adam'] as const) expect(loss(name)).toBeLessThan(0.5 * sgd);
  }, 180_000); // about 15 s alone; over 60 s on a 2-core machine running two test suites beside it
});
