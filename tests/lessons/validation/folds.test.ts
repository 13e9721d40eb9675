// The lesson's K fold runs, built the worker's way (descriptor → buildData → trainer), are crossValidate's folds, loss for loss.
import { describe, expect, it } from 'vitest';
import { takeRows } from '../../../src/engine/data';
import { createTrainer, crossValidate } from '../../../src/engine/train';
import { buildData } from '../../../src/worker/shared/data/buildData';
import { foldConfig } from '../../../src/lessons/validation/model';
import { loadMnistBytesNode, loadMnistNode } from '../../helpers/mnistNode';

const q = { n: 150, epochs: 2, lr: 0.1, seed: 3 };
const k = 3;

describe('foldConfig(i, k, q) through buildData', () => {
  it('trains fold i exactly as crossValidate’s fold i: same rows, weights and batches, same final losses', async () => {
    const mnist = loadMnistNode();
    const loader = () => Promise.resolve(loadMnistBytesNode());
    const c0 = foldConfig(0, k, q);
    const cv = crossValidate(c0.spec, takeRows(mnist.train, 0, q.n), c0.hyper!, q.seed, k, q.epochs);
    for (let i = 0; i < k; i++) {
      const c = foldConfig(i, k, q);
      const data = await buildData(c.data, loader);
      expect(data.train.n + data.validation!.n).toBe(q.n);
      const trainer = createTrainer(c.spec, data, c.hyper!, c.seed!, c.options);
      const steps = q.epochs * Math.ceil(data.train.n / trainer.getHyper().batchSize);
      const report = trainer.step(steps + 5);
      expect(report.stopped).toBe('epochs');
      const r = trainer.evaluate(['train', 'validation']);
      expect(r.validation!.loss).toBeCloseTo(cv.folds[i].validation.loss, 6);
      expect(r.train.loss).toBeCloseTo(cv.folds[i].train.loss, 6);
    }
  }, 60_000);
});
