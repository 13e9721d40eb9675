// Seed 004 §四 at reduced size: 300 digits, 7-layer ReLU net overfits; weight decay λ = 0.1 and dropout shrink the gap.
import { describe, expect, it } from 'vitest';
import { createTrainer, type HyperUpdate } from '../../../src/engine/train';
import { mnistNet, mnistSmall } from './mnistFixtures';

// Book: 300 digits, 6 hidden layers of 100 ReLU (7 layers), SGD η = 0.01 for 201 epochs (603 steps).
// Here the same net and data with η = 0.1 for 50 epochs (150 steps), so the test stays fast.
const STEPS = 150;

describe('overfitting on 300 MNIST digits (seed 004: weight decay and dropout shrink the train–test gap)', () => {
  it('fits the training set almost perfectly with a large test gap; λ = 0.1 and dropout p = 0.3 shrink it', () => {
    const data = mnistSmall(300, 1000);
    const gap = (hp: HyperUpdate) => {
      const t = createTrainer(mnistNet(6, { scheme: 'he' }), data, { optimizer: 'sgd', lr: 0.1, batchSize: 100, ...hp }, 1, {
        evalEachEpoch: false,
      });
      t.step(STEPS);
      const r = t.evaluate();
      return { train: r.train.accuracy, gap: r.train.accuracy - (r.test?.accuracy ?? NaN) };
    };
    const plain = gap({});
    expect(plain.train).toBeGreaterThan(0.98);
    expect(plain.gap).toBeGreaterThan(0.2);
    const decay = gap({ weightDecay: 0.1 });
    expect(decay.train).toBeLessThan(0.95);
    expect(decay.gap).toBeLessThan(plain.gap - 0.05);
    const dropout = gap({ dropout: 0.3 });
    expect(dropout.train).toBeLessThan(0.95);
    expect(dropout.gap).toBeLessThan(plain.gap - 0.02);
  }, 60_000);
});
