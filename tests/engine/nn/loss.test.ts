// Losses: softmax cross-entropy (value, stability, gradient), mean squared error, accuracy.
import { describe, expect, it } from 'vitest';
import { countCorrect, meanSquaredError, softmaxCrossEntropy } from '../../../src/engine/nn';

describe('softmaxCrossEntropy(Z, labels, n, c, dZ)', () => {
  it('equals −mean log softmax of the true class', () => {
    const Z = Float64Array.from([1, 2, 3, 0, 0, 0]);
    const labels = Uint8Array.from([2, 1]);
    const dZ = new Float64Array(6);
    const loss = softmaxCrossEntropy(Z, labels, 2, 3, dZ);
    const p0 = Math.exp(3) / (Math.exp(1) + Math.exp(2) + Math.exp(3));
    expect(loss).toBeCloseTo((-Math.log(p0) + Math.log(3)) / 2, 14);
    // dZ = (softmax − onehot)/n: each row sums to 0.
    expect(dZ[0] + dZ[1] + dZ[2]).toBeCloseTo(0, 15);
    expect(dZ[2]).toBeCloseTo((p0 - 1) / 2, 14);
    expect(dZ[4]).toBeCloseTo((1 / 3 - 1) / 2, 14);
  });
  it('stays finite for logits of ±1000 (log-sum-exp with the row max subtracted)', () => {
    const Z = Float32Array.from([1000, -1000, 0]);
    const dZ = new Float32Array(3);
    expect(softmaxCrossEntropy(Z, Uint8Array.from([1]), 1, 3, dZ)).toBeCloseTo(2000, 3);
    expect(Array.from(dZ).every(Number.isFinite)).toBe(true);
    expect(softmaxCrossEntropy(Z, Uint8Array.from([0]), 1, 3, null)).toBe(0);
  });
  it('gives log c for equal logits', () => {
    expect(softmaxCrossEntropy(new Float64Array(10), Uint8Array.from([4]), 1, 10, null)).toBeCloseTo(Math.log(10), 14);
  });
});

describe('meanSquaredError(Y, targets, n, c, dY)', () => {
  it('is (1/n)Σ½‖y − t‖² with dY = (Y − T)/n', () => {
    const Y = Float64Array.from([1, 2, 3, 4]);
    const T = Float64Array.from([0, 2, 1, 1]);
    const dY = new Float64Array(4);
    expect(meanSquaredError(Y, T, 2, 2, dY)).toBeCloseTo((0.5 * 1 + 0.5 * (4 + 9)) / 2, 14);
    expect(Array.from(dY)).toEqual([0.5, 0, 1, 1.5]);
  });
  it('treats labels as one-hot targets', () => {
    const Y = Float64Array.from([1, 0, 0, 0.5, 0.5, 0]);
    expect(meanSquaredError(Y, Uint8Array.from([0, 2]), 2, 3, null)).toBeCloseTo((0 + 0.5 * (0.25 + 0.25 + 1)) / 2, 14);
  });
});

describe('countCorrect(Z, labels, n, c)', () => {
  it('counts rows whose argmax is the label', () => {
    const Z = Float64Array.from([0.1, 0.9, 0.5, 0.2, 3, 1]);
    expect(countCorrect(Z, Uint8Array.from([1, 0, 1]), 3, 2)).toBe(2);
  });
});
