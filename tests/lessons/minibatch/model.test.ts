// The minibatch lesson's regression model: data, loss, least squares, and batch / mini-batch / stochastic paths.
import { describe, expect, it } from 'vitest';
import {
  comparedSizes,
  lastEpochDistances,
  leastSquares,
  loss,
  minibatchPath,
  pathRows,
  regressionData,
  stepsAfter,
  W0,
  type RegressionData,
} from '../../../src/lessons/minibatch/model';

const data = regressionData(1, 0.5);
const mean = (f: (i: number) => number, d: RegressionData) => {
  let s = 0;
  for (let i = 0; i < d.n; i++) s += f(i);
  return s / d.n;
};
/** ∇L in closed form from the data's moments: [w₁·E[x²] + w₂·E[x] − E[xy], w₁·E[x] + w₂ − E[y]]. */
function closedGrad(d: RegressionData, w1: number, w2: number): [number, number] {
  const ex = mean((i) => d.x[i], d), exx = mean((i) => d.x[i] ** 2, d), ey = mean((i) => d.y[i], d), exy = mean((i) => d.x[i] * d.y[i], d);
  return [w1 * exx + w2 * ex - exy, w1 * ex + w2 - ey];
}

describe('regressionData(seed, noise)', () => {
  it('draws 64 points with x in [−1, 2), the same for the same seed and different for another', () => {
    expect(data.n).toBe(64);
    for (const v of data.x) expect(v >= -1 && v < 2).toBe(true);
    expect(regressionData(1, 0.5).y).toEqual(data.y);
    expect(regressionData(2, 0.5).y).not.toEqual(data.y);
  });
  it('puts every point on y = 1.5x + 1 when the noise is 0', () => {
    const d = regressionData(3, 0);
    for (let i = 0; i < d.n; i++) expect(d.y[i]).toBeCloseTo(1.5 * d.x[i] + 1, 12);
  });
});

describe('loss and leastSquares', () => {
  it('the closed-form gradient matches central finite differences of loss', () => {
    const h = 1e-6;
    for (const [w1, w2] of [[-2, -2], [0.3, 1.7], [3, -1]]) {
      const g = closedGrad(data, w1, w2);
      expect((loss(data, w1 + h, w2) - loss(data, w1 - h, w2)) / (2 * h)).toBeCloseTo(g[0], 6);
      expect((loss(data, w1, w2 + h) - loss(data, w1, w2 - h)) / (2 * h)).toBeCloseTo(g[1], 6);
    }
  });
  it('leastSquares is where the gradient vanishes, near the generating line (1.5, 1)', () => {
    const w = leastSquares(data);
    const g = closedGrad(data, w[0], w[1]);
    expect(Math.hypot(g[0], g[1])).toBeLessThan(1e-10);
    expect(Math.abs(w[0] - 1.5)).toBeLessThan(0.4);
    expect(Math.abs(w[1] - 1)).toBeLessThan(0.4);
  });
});

describe('minibatchPath(data, B, lr, epochs, seed)', () => {
  it('with B = n equals plain gradient descent on the closed-form gradient, one update per epoch', () => {
    const lr = 0.2, epochs = 15;
    const p = minibatchPath(data, data.n, lr, epochs, 1);
    expect(p.steps).toBe(epochs);
    let w1 = W0[0], w2 = W0[1];
    for (let k = 1; k <= epochs; k++) {
      const g = closedGrad(data, w1, w2);
      w1 -= lr * g[0];
      w2 -= lr * g[1];
      expect(p.w[2 * k]).toBeCloseTo(w1, 10);
      expect(p.w[2 * k + 1]).toBeCloseTo(w2, 10);
    }
  });
  it('takes ⌈n/B⌉ updates per epoch', () => {
    for (const B of [1, 5, 8, 63, 64]) {
      const p = minibatchPath(data, B, 0.1, 3, 1);
      expect(p.updatesPerEpoch).toBe(Math.ceil(64 / B));
      expect(p.steps).toBe(3 * Math.ceil(64 / B));
      expect(p.f.length).toBe(p.steps + 1);
    }
  });
  it('the full-batch loss falls at every update when lr is below 2 / (largest curvature)', () => {
    const ex = mean((i) => data.x[i], data), exx = mean((i) => data.x[i] ** 2, data);
    // Eigenvalues of the Hessian [[E x², E x], [E x, 1]].
    const tr = exx + 1, det = exx - ex * ex;
    const lmax = tr / 2 + Math.sqrt((tr * tr) / 4 - det);
    const lr = 0.2;
    expect(lr).toBeLessThan(2 / lmax);
    const p = minibatchPath(data, data.n, lr, 20, 1);
    for (let k = 1; k <= p.steps; k++) expect(p.f[k]).toBeLessThan(p.f[k - 1]);
  });
  it('batch 1 keeps wandering around w* while the full batch settles on it (noisy data)', () => {
    const w = leastSquares(data);
    const epochs = 300;
    const full = minibatchPath(data, data.n, 0.2, epochs, 1);
    const sgd = minibatchPath(data, 1, 0.2, epochs, 1);
    const fullEnd = Math.hypot(full.w[2 * full.steps] - w[0], full.w[2 * full.steps + 1] - w[1]);
    expect(fullEnd).toBeLessThan(1e-8);
    const d = lastEpochDistances(sgd, w);
    expect(d.length).toBe(64);
    // Every update of the last epoch is off the optimum, and the distance keeps changing: it has not settled.
    expect(Math.min(...d)).toBeGreaterThan(1e-3);
    expect(Math.max(...d) - Math.min(...d)).toBeGreaterThan(0.01);
    expect(d[d.length - 1]).toBeGreaterThan(1000 * fullEnd);
  });
  it('batch 1 settles on w* too when the data have no noise (every example agrees at w*)', () => {
    const clean = regressionData(1, 0);
    const sgd = minibatchPath(clean, 1, 0.2, 300, 1);
    const d = lastEpochDistances(sgd, [1.5, 1]);
    expect(Math.max(...d)).toBeLessThan(1e-6);
  });
  it('batch 1 has a larger step-to-step loss variance than the full batch over the last epochs', () => {
    const variance = (f: Float64Array, from: number) => {
      const diffs = Array.from(f.subarray(from), (v, i) => v - f[from + i - 1]).slice(1);
      const m = diffs.reduce((a, v) => a + v, 0) / diffs.length;
      return diffs.reduce((a, v) => a + (v - m) ** 2, 0) / diffs.length;
    };
    const sgd = minibatchPath(data, 1, 0.2, 20, 1);
    const full = minibatchPath(data, data.n, 0.2, 20, 1);
    expect(variance(sgd.f, sgd.steps - 64)).toBeGreaterThan(variance(full.f, full.steps - 5));
  });
});

describe('comparedSizes, stepsAfter and pathRows', () => {
  it('compares 1, b and n', () => {
    expect(comparedSizes(8)).toEqual([1, 8, 64]);
    expect(comparedSizes(100)).toEqual([1, 63, 64]);
  });
  it('stepsAfter counts the updates whose batches were used up', () => {
    const p = minibatchPath(data, 8, 0.1, 2, 1);
    expect(stepsAfter(p, 0, 64)).toBe(0);
    expect(stepsAfter(p, 16, 64)).toBe(2);
    expect(stepsAfter(p, 64 + 24, 64)).toBe(11);
    expect(stepsAfter(p, 1e9, 64)).toBe(p.steps);
  });
  it('pathRows lists batch_size, step, w1, w2 for every point of every path', () => {
    const ps = [minibatchPath(data, 1, 0.1, 1, 1), minibatchPath(data, 64, 0.1, 1, 1)];
    const rows = pathRows(ps);
    expect(rows.length).toBe(65 + 2);
    expect(rows[0]).toEqual({ batch_size: 1, step: 0, w1: W0[0], w2: W0[1] });
    expect(rows[66]).toEqual({ batch_size: 64, step: 1, w1: ps[1].w[2], w2: ps[1].w[3] });
  });
});
