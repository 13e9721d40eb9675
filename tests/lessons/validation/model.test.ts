// The validation lesson's model: the choice of a degree, the hold-out's digits, fold statistics and the fresh-sample loss.
import { describe, expect, it } from 'vitest';
import { crossValidate, createTrainer, kFoldSplits } from '../../../src/engine/train';
import { blobs, dataSampler } from '../../../src/engine/data';
import { chooseBy, foldRange, freshLoss, freshSample, holdoutCounts, meanStd, MAX_DEGREE, POLY_FRESH } from '../../../src/lessons/validation/model';

describe('chooseBy(candidates, by)', () => {
  it('picks the least finite loss, the first on ties', () => {
    const c = (degree: number, val: number, test: number) => ({ degree, train: 0, val, test, fresh: 1 });
    const cands = [c(1, 3, NaN), c(2, 1, 2), c(3, 1, 0.5), c(4, 2, 0.5)];
    expect(chooseBy(cands, 'val')?.degree).toBe(2);
    expect(chooseBy(cands, 'test')?.degree).toBe(3);
    expect(chooseBy([], 'val')).toBeNull();
  });
});

describe('holdoutCounts(labels, n, seed)', () => {
  const labels = Uint8Array.from({ length: 100 }, (_, i) => (i * 7) % 10);
  it('unshuffled, the first 20 % of the sorted labels: only the two smallest digits', () => {
    const { unshuffled, shuffled } = holdoutCounts(labels, 100, 1);
    expect(unshuffled).toEqual([10, 10, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(shuffled.reduce((a, b) => a + b, 0)).toBe(20);
    expect(shuffled.filter((x) => x > 0).length).toBeGreaterThan(4);
  });
});

describe('meanStd(values)', () => {
  it('equals crossValidate’s mean and sample std of the fold validation losses', () => {
    const data = blobs(dataSampler(2, 0), { n: 60, classes: 3, noise: 1.5 });
    const spec = { inputSize: 2, hidden: [{ units: 8, activation: 'relu' as const }], outputSize: 3, loss: 'softmax-ce' as const, init: { scheme: 'he' as const } };
    const cv = crossValidate(spec, data, { optimizer: 'sgd', lr: 0.2, batchSize: 10 }, 2, 4, 5);
    const s = meanStd(cv.folds.map((f) => f.validation.loss));
    expect(s.mean).toBeCloseTo(cv.mean.loss, 12);
    expect(s.std).toBeCloseTo(cv.std.loss, 12);
    expect(meanStd([1]).std).toBeNaN();
  });
});

describe('foldRange(f, k, n)', () => {
  it('cuts as kFoldSplits does', () => {
    const data = blobs(dataSampler(1, 0), { n: 23, classes: 2 });
    const splits = kFoldSplits(data, 4, 1);
    splits.forEach((s, f) => {
      const [lo, hi] = foldRange(f, 4, 23);
      expect(s.validation.n).toBe(hi - lo);
    });
  });
});

describe('freshLoss(params, degree, fresh)', () => {
  it('is ½·mean squared error of the linear model on the first degree + 1 columns, computed by hand', () => {
    const fresh = freshSample(3, 1);
    expect(fresh.n).toBe(POLY_FRESH);
    expect(fresh.d).toBe(MAX_DEGREE + 1);
    const params = Float32Array.from([0.5, -1, 2, 0.25]); // w0, w1, w2, b (input → output weights, then the bias)
    const trainer = createTrainer({ inputSize: 3, hidden: [], outputSize: 1, loss: 'mse', init: { scheme: 'gaussian', std: 0.01 } }, { train: { x: new Float32Array(3), y: new Float32Array(1), n: 1, d: 3 } }, {}, 0);
    expect(trainer.layout.size).toBe(4);
    let sum = 0;
    for (let r = 0; r < fresh.n; r++) {
      const x = fresh.x.subarray(r * fresh.d, r * fresh.d + 3);
      const yhat = Math.fround(params[0] * x[0] + params[1] * x[1] + params[2] * x[2] + params[3]);
      sum += (yhat - fresh.y[r]) ** 2;
    }
    // d2l's squared loss: the mean of ½(ŷ − y)².
    const byHand = sum / fresh.n / 2;
    expect(freshLoss(params, 2, fresh)).toBeCloseTo(byHand, 3);
  });
});
