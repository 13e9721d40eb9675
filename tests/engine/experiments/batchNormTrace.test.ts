// batchNormTrace on a hand-set two-unit network: the batch statistics, x̂ and y worked out by hand, and the batch of one.
import { describe, expect, it } from 'vitest';
import { batchNormTrace } from '../../../src/engine/experiments/batchNormTrace';
import type { ModelSpec } from '../../../src/engine/nn';

const spec: ModelSpec = {
  inputSize: 2,
  hidden: [{ units: 2, activation: 'relu' }],
  outputSize: 2,
  init: { scheme: 'he' },
  loss: 'softmax-ce',
  batchNorm: 'before',
  bnEps: 1e-6,
};
// Layout W₀ b₀ γ₀ β₀ W₁ b₁: W₀ = I, b₀ = 0, γ = (2, 1), β = (0.5, 0), W₁ = [[1, −1], [2, 3]], b₁ = (0.1, −0.2).
const params = [1, 0, 0, 1, 0, 0, 2, 1, 0.5, 0, 1, -1, 2, 3, 0.1, -0.2];
// Running means (1, 1), variances (4, 9).
const running = [1, 1, 4, 9];
const X = new Float32Array([1, 0, 3, 2, 5, 4]);

describe('batchNormTrace(spec, params, running, X, n, layer, singles)', () => {
  const t = batchNormTrace(spec, params, running, X, 3, 0, 3);

  it('reports the layer input and the batch mean and biased variance', () => {
    expect(Array.from(t.x)).toEqual([1, 0, 3, 2, 5, 4]);
    expect(t.mean[0]).toBeCloseTo(3, 6); // (1 + 3 + 5) / 3
    expect(t.mean[1]).toBeCloseTo(2, 6);
    expect(t.variance[0]).toBeCloseTo(8 / 3, 5); // (4 + 0 + 4) / 3, divided by n, not n − 1
    expect(t.variance[1]).toBeCloseTo(8 / 3, 5);
    expect(t.eps).toBe(1e-6);
  });

  it('normalises to x̂ = (x − μ)/√(σ² + ε) and scales to y = γx̂ + β', () => {
    const s = Math.sqrt(8 / 3 + 1e-6);
    const xhat = [-2 / s, -2 / s, 0, 0, 2 / s, 2 / s];
    xhat.forEach((v, i) => expect(t.xhat[i]).toBeCloseTo(v, 5));
    const y = [2 * xhat[0] + 0.5, xhat[1], 0.5, 0, 2 * xhat[4] + 0.5, xhat[5]];
    y.forEach((v, i) => expect(t.y[i]).toBeCloseTo(v, 5));
    expect(Array.from(t.gamma)).toEqual([2, 1]);
    expect(Array.from(t.beta)).toEqual([0.5, 0]);
  });

  it('leaves the running averages as they were', () => {
    expect(Array.from(t.runMean)).toEqual([1, 1]);
    expect(Array.from(t.runVar)).toEqual([4, 9]);
  });

  it('a batch of one in training mode gives x̂ = 0, so every input gets the same logits: relu(β)·W₁ + b₁', () => {
    // relu(β) = (0.5, 0): logits = (0.5·1 + 0·2 + 0.1, 0.5·(−1) + 0·3 − 0.2) = (0.6, −0.7) for every row.
    for (let i = 0; i < 3; i++) {
      expect(t.singleTrain[2 * i]).toBeCloseTo(0.6, 6);
      expect(t.singleTrain[2 * i + 1]).toBeCloseTo(-0.7, 6);
    }
  });

  it('with the running averages the logits depend on the input again', () => {
    // Row (5, 4): x̂ = ((5 − 1)/2, (4 − 1)/3) = (2, 1) (ε negligible), y = (4.5, 1), logits = (4.5 + 2 + 0.1, −4.5 + 3 − 0.2).
    expect(t.singleEval[4]).toBeCloseTo(6.6, 4);
    expect(t.singleEval[5]).toBeCloseTo(-1.7, 4);
    // Row (1, 0): x̂ = (0, −1/3), y = (0.5, −1/3) → relu (0.5, 0), logits = (0.6, −0.7).
    expect(t.singleEval[0]).toBeCloseTo(0.6, 4);
    expect(t.singleEval[1]).toBeCloseTo(-0.7, 4);
  });

  it('throws without batch norm and for a layer out of range', () => {
    expect(() => batchNormTrace({ ...spec, batchNorm: 'none' }, params.slice(0, 12), [], X, 3, 0)).toThrow(RangeError);
    expect(() => batchNormTrace(spec, params, running, X, 3, 1)).toThrow(RangeError);
  });
});
