// The class-weighted softmax cross-entropy: a hand-worked example, finite differences, and the class weights' normalisation.
import { describe, expect, it } from 'vitest';
import { classWeights, softmaxCrossEntropy } from '../../../src/engine/nn';

describe('softmaxCrossEntropy(Z, labels, n, c, dZ, weights)', () => {
  it('weighs each row by its class: a hand-worked example with two rows of two classes', () => {
    // Row 0: logits (0, 0), label 0 → −log ½ = ln 2; row 1: logits (ln 3, 0), label 1 → p₁ = 1/4, −log ¼ = ln 4.
    // Weights (2, 0.5): L = (2·ln 2 + 0.5·ln 4)/2 = (2 ln 2 + ln 2)/2 = 1.5 ln 2.
    const Z = Float64Array.from([0, 0, Math.log(3), 0]);
    const dZ = new Float64Array(4);
    const loss = softmaxCrossEntropy(Z, Uint8Array.from([0, 1]), 2, 2, dZ, [2, 0.5]);
    expect(loss).toBeCloseTo(1.5 * Math.log(2), 14);
    // dZ row 0 = 2·((½, ½) − (1, 0))/2 = (−½, ½); row 1 = 0.5·((¾, ¼) − (0, 1))/2 = (3/16, −3/16).
    expect(Array.from(dZ)).toEqual([-0.5, 0.5, 3 / 16, -3 / 16].map((v) => expect.closeTo(v, 14)));
  });
  it('with every weight 1 equals the unweighted loss and gradient', () => {
    const Z = Float64Array.from([0.3, -1.2, 2, 0.5, 0.1, -0.4]);
    const labels = Uint8Array.from([2, 0]);
    const a = new Float64Array(6), b = new Float64Array(6);
    expect(softmaxCrossEntropy(Z, labels, 2, 3, a, [1, 1, 1])).toBe(softmaxCrossEntropy(Z, labels, 2, 3, b));
    expect(Array.from(a)).toEqual(Array.from(b));
  });
  it('has the gradient of its value: central finite differences on every logit', () => {
    const n = 4, c = 5;
    const Z = Float64Array.from({ length: n * c }, (_, k) => Math.sin(1.7 * k + 0.3) * 2);
    const labels = Uint8Array.from([3, 0, 3, 1]);
    const w = [0.4, 2.5, 1, 0.7, 3];
    const dZ = new Float64Array(n * c);
    softmaxCrossEntropy(Z, labels, n, c, dZ, w);
    const h = 1e-6;
    for (let k = 0; k < n * c; k++) {
      const zp = Z.slice(), zm = Z.slice();
      zp[k] += h;
      zm[k] -= h;
      const fd = (softmaxCrossEntropy(zp, labels, n, c, null, w) - softmaxCrossEntropy(zm, labels, n, c, null, w)) / (2 * h);
      expect(dZ[k]).toBeCloseTo(fd, 8);
    }
  });
});

describe('classWeights(labels, c)', () => {
  it('gives w_k = N/(K·N_k): 6 of class 0, 2 of class 1, 0 of class 2 → (8/12, 8/4, 0)', () => {
    const labels = [0, 0, 1, 0, 0, 0, 1, 0];
    expect(Array.from(classWeights(labels, 3))).toEqual([8 / 12, 2, 0]);
  });
  it('has mean weight 1 over the training labels', () => {
    const labels = Array.from({ length: 997 }, (_, i) => (i * i + 3 * i) % 7 === 0 ? 6 : i % 6);
    const w = classWeights(labels, 10);
    expect(labels.reduce((s, y) => s + w[y], 0) / labels.length).toBeCloseTo(1, 12);
  });
});
