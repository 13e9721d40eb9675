// Batch norm forward: normalised batch statistics in training, running averages, running statistics at evaluation.
import { describe, expect, it } from 'vitest';
import {
  batchNormForwardEval,
  batchNormForwardTrain,
  batchNormUpdateRunning,
  type BatchNormCache,
} from '../../../src/engine/nn';
import { uniform } from '../../../src/engine/rng';

const n = 50;
const u = 3;
const cache = (): BatchNormCache => ({
  xhat: new Float64Array(n * u),
  mean: new Float64Array(u),
  variance: new Float64Array(u),
  invStd: new Float64Array(u),
});
const X = Float64Array.from({ length: n * u }, (_, i) => 5 * (i % u) + 3 * uniform(1, 0, i));
const column = (M: Float64Array, j: number) => Array.from({ length: n }, (_, i) => M[i * u + j]);
const mean = (a: number[]) => a.reduce((s, v) => s + v, 0) / a.length;
const variance = (a: number[]) => mean(a.map((v) => (v - mean(a)) ** 2));

describe('batchNormForwardTrain', () => {
  it('gives each column mean β and variance γ²·σ²/(σ² + ε)', () => {
    const gamma = Float64Array.from([1, 2, 0.5]);
    const beta = Float64Array.from([0, -1, 3]);
    const Y = new Float64Array(n * u);
    const c = cache();
    batchNormForwardTrain(X, Y, n, u, gamma, beta, c, 1e-5);
    for (let j = 0; j < u; j++) {
      const s2 = variance(column(X, j));
      expect(c.mean[j]).toBeCloseTo(mean(column(X, j)), 12);
      expect(c.variance[j]).toBeCloseTo(s2, 12);
      expect(mean(column(Y, j))).toBeCloseTo(beta[j], 12);
      expect(variance(column(Y, j))).toBeCloseTo((gamma[j] ** 2 * s2) / (s2 + 1e-5), 10);
    }
  });
});

describe('batchNormUpdateRunning / batchNormForwardEval', () => {
  it('moves running averages by r ← m·r + (1 − m)·stat and normalises with them at evaluation', () => {
    const c = cache();
    const ones = new Float64Array(u).fill(1);
    const zeros = new Float64Array(u);
    batchNormForwardTrain(X, new Float64Array(n * u), n, u, ones, zeros, c, 1e-5);
    const runMean = new Float64Array(u);
    const runVar = new Float64Array(u).fill(1);
    batchNormUpdateRunning(runMean, runVar, c, u, 0.9);
    for (let j = 0; j < u; j++) {
      expect(runMean[j]).toBeCloseTo(0.1 * c.mean[j], 14);
      expect(runVar[j]).toBeCloseTo(0.9 + 0.1 * c.variance[j], 14);
    }
    const Y = new Float64Array(n * u);
    const e = cache();
    batchNormForwardEval(X, Y, n, u, ones, zeros, runMean, runVar, e, 1e-5);
    expect(Y[4]).toBeCloseTo((X[4] - runMean[1]) / Math.sqrt(runVar[1] + 1e-5), 12);
  });
});
