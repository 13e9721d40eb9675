// Seed 004 §二 at reduced size: a 5-layer, 100-unit ReLU net on MNIST learns with He init and not with std 0.01.
import { describe, expect, it } from 'vitest';
import { createTrainer } from '../../../src/engine/train';
import { mnistNet, mnistSmall } from './mnistFixtures';

// Book: 2000 iterations of SGD (η = 0.01), batch 128, on 60 000 digits. Here: 150 steps, batch 100, 2000 digits.
const STEPS = 150;

describe('weight initialisation on MNIST (seed 004: std 0.01 does not learn, He does)', () => {
  it('He init learns well past chance while Gaussian std 0.01 stays at chance', () => {
    const data = mnistSmall(2000, 1000);
    const run = (init: Parameters<typeof mnistNet>[1]) => {
      const t = createTrainer(mnistNet(4, init), data, { optimizer: 'sgd', lr: 0.01, batchSize: 100 }, 1, { evalEachEpoch: false });
      t.step(STEPS);
      return t.evaluate();
    };
    const he = run({ scheme: 'he' });
    const small = run({ scheme: 'gaussian', std: 0.01 });
    // Chance is 10% accuracy and loss ln 10 ≈ 2.303.
    expect(he.test?.accuracy).toBeGreaterThan(0.5);
    expect(he.train.loss).toBeLessThan(1.5);
    expect(small.test?.accuracy).toBeLessThan(0.2);
    expect(small.train.loss).toBeGreaterThan(2.25);
  }, 60_000);
});
