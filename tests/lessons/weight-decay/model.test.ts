// The weight-decay lesson's model: its population plan, d2l's results reproduced on the CPU engine, the penalties checked
// against d2l's training loop written out by hand, and the readings' helpers.
import { describe, expect, it } from 'vitest';
import { dataSampler, linearData } from '../../../src/engine/data';
import { createTrainer, type CpuTrainer, type TrainData } from '../../../src/engine/train';
import {
  countNearZero,
  gapVerdict,
  histogram,
  LINEAR,
  LINEAR_SPEC,
  linearPlan,
  linearPopulation,
  meanGap,
  mnistPopulation,
  norm1,
  norm2,
  SWEEP,
} from '../../../src/lessons/weight-decay/model';

/** The linear data of a seed, as the worker builds it for the population (buildData: linearData(dataSampler(seed, 0), …)). */
const dataOf = (seed: number): TrainData => {
  const d = linearData(dataSampler(seed, 0), { nTrain: LINEAR.nTrain, nTest: LINEAR.nTest, d: LINEAR.d, noise: LINEAR.noise });
  return { train: d.train, test: d.test };
};

/** Member k of the lesson's population as a single CPU run. */
function memberRun(lambda: number, l1: number, k: number, seed: number, epochs: number): CpuTrainer {
  const pop = linearPopulation(linearPlan(lambda, l1), { epochs, seed });
  const m = pop.members[k];
  return createTrainer(pop.spec, dataOf(seed), m.hyper, m.seed, { epochs, evalEachEpoch: true });
}

/** Final train/test loss and ‖w‖₂ of an L2 run with λ after `epochs` epochs. */
function finalOf(l2: number, seed: number, epochs = 100) {
  const plan = linearPlan(l2, 1);
  const k = plan.penalties.findIndex((p) => p.l1 === 0 && p.l2 === l2);
  const r = memberRun(l2, 1, k, seed, epochs);
  const report = r.step(epochs * 4);
  const e = report.epochs[report.epochs.length - 1];
  return { train: e.train.loss, test: e.test!.loss, norm: norm2(r.getParams(), LINEAR.d) };
}

describe('linearPlan(λ, λ₁)', () => {
  it('trains every SWEEP value once, adds λ and λ₁ as L2 runs only when missing, and the L1 run last', () => {
    const inSweep = linearPlan(3, 1);
    expect(inSweep.penalties.length).toBe(SWEEP.length + 1);
    expect(inSweep.penalties[inSweep.chosen]).toEqual({ l2: 3, l1: 0 });
    expect(inSweep.penalties[inSweep.l2Match]).toEqual({ l2: 1, l1: 0 });
    expect(inSweep.penalties[inSweep.l1]).toEqual({ l2: 0, l1: 1 });
    expect(inSweep.penalties[inSweep.zero]).toEqual({ l2: 0, l1: 0 });
    const outside = linearPlan(0.5, 0.7);
    expect(outside.penalties.length).toBe(SWEEP.length + 3);
    expect(outside.penalties[outside.chosen]).toEqual({ l2: 0.5, l1: 0 });
    expect(outside.penalties[outside.l2Match]).toEqual({ l2: 0.7, l1: 0 });
    const same = linearPlan(0.5, 0.5);
    expect(same.chosen).toBe(same.l2Match);
  });
  it('the population uses d2l’s settings: 200 inputs, no hidden layer, squared loss, N(0, 1) weights, batch 5, η = 0.003', () => {
    const pop = linearPopulation(linearPlan(3, 1), { epochs: 100, seed: 1 });
    expect(pop.spec).toEqual(LINEAR_SPEC);
    expect(LINEAR_SPEC).toMatchObject({ inputSize: 200, hidden: [], outputSize: 1, loss: 'mse', init: { scheme: 'gaussian', std: 1 } });
    expect(pop.data).toEqual({ kind: 'linear', seed: 1, nTrain: 20, nTest: 100, d: 200, noise: 0.01 });
    for (const m of pop.members) expect(m.hyper).toMatchObject({ optimizer: 'sgd', lr: 0.003, batchSize: 5 });
  });
});

describe('d2l’s weight-decay experiment on the CPU engine', () => {
  for (const seed of [1, 2, 7]) {
    it(`seed ${seed}: λ = 0 overfits (train ≈ 0, test large, ‖w‖ ≈ 13–14 as d2l prints); λ = 3 closes most of the gap (‖w‖ ≈ 0.4)`, () => {
      const zero = finalOf(0, seed);
      expect(zero.train).toBeLessThan(1e-3);
      expect(zero.test).toBeGreaterThan(10);
      expect(zero.norm).toBeGreaterThan(11);
      expect(zero.norm).toBeLessThan(16);
      const three = finalOf(3, seed);
      expect(three.norm).toBeGreaterThan(0.2);
      expect(three.norm).toBeLessThan(0.6);
      expect(three.test).toBeLessThan(zero.test / 100);
      expect(three.test - three.train).toBeLessThan((zero.test - zero.train) / 100);
    }, 30_000);
  }
  it.each([1, 2, 3])('seed %i: along the sweep, a larger λ gives a smaller ‖w‖ and a narrower test − train gap; from λ = 0.1 on, a higher training loss', (seed) => {
    const rows = SWEEP.map((l) => finalOf(l, seed));
    for (let k = 1; k < rows.length; k++) {
      expect(rows[k].norm).toBeLessThan(rows[k - 1].norm);
      expect(rows[k].test - rows[k].train).toBeLessThan(rows[k - 1].test - rows[k - 1].train);
      if (SWEEP[k - 1] >= 0.1) expect(rows[k].train).toBeGreaterThan(rows[k - 1].train);
    }
    // Large λ levels off near the loss of w = 0: ½ · 200 · 0.01² = 0.01 (plus noise and the bias' error).
    const big = rows[rows.length - 1];
    expect(big.test).toBeGreaterThan(0.005);
    expect(big.test).toBeLessThan(0.03);
  }, 30_000);
});

describe('the penalties against d2l’s training loop written out by hand', () => {
  /**
   * d2l's loop in float64: per mini-batch B, loss Σ_B [½(wᵀx + b − y)² + λ·½‖w‖² + λ₁‖w‖₁] and sgd dividing by |B|, i.e.
   * w ← w − η((1/|B|) Σ_B (ŷ − y)x + λw + λ₁ sign(w)), b ← b − η (1/|B|) Σ_B (ŷ − y). The batches are the engine's (lastBatch).
   */
  function check(l2: number, l1: number) {
    const seed = 3;
    const data = dataOf(seed);
    const r = createTrainer(LINEAR_SPEC, data, { optimizer: 'sgd', lr: LINEAR.lr, batchSize: LINEAR.batch, weightDecay: l2, l1 }, seed, { epochs: 5 });
    const p0 = r.getParams();
    const w = Float64Array.from(p0.subarray(0, LINEAR.d));
    let b = p0[LINEAR.d];
    const { x, y } = data.train;
    for (let s = 0; s < 20; s++) {
      r.step(1);
      const batch = r.lastBatch();
      const g = new Float64Array(LINEAR.d);
      let gb = 0;
      for (const i of batch) {
        let yhat = b;
        for (let k = 0; k < LINEAR.d; k++) yhat += w[k] * x[i * LINEAR.d + k];
        const e = yhat - y[i];
        for (let k = 0; k < LINEAR.d; k++) g[k] += (e * x[i * LINEAR.d + k]) / batch.length;
        gb += e / batch.length;
      }
      for (let k = 0; k < LINEAR.d; k++) w[k] -= LINEAR.lr * (g[k] + l2 * w[k] + l1 * Math.sign(w[k]));
      b -= LINEAR.lr * gb;
    }
    const p = r.getParams();
    for (let k = 0; k < LINEAR.d; k++) expect(p[k]).toBeCloseTo(w[k], 4);
    expect(p[LINEAR.d]).toBeCloseTo(b, 4);
  }
  it('L2: the engine adds λw to the weights’ gradient and leaves the bias alone', () => check(3, 0));
  it('L1: the engine adds λ₁·sign(w)', () => check(0, 2));
});

describe('helpers', () => {
  it('norm2, norm1 and countNearZero over the first `count` entries', () => {
    const v = [3, -4, 0.001, -0.002, 100];
    expect(norm2(v, 2)).toBe(5);
    expect(norm1(v, 4)).toBeCloseTo(7.003, 12);
    expect(countNearZero(v, 0.0015, 4)).toBe(1);
    expect(countNearZero(v, 0.002, 4)).toBe(2);
  });
  it('histogram(v, lo, hi, bins) counts equal bins and puts values outside into the end bins', () => {
    expect(Array.from(histogram([-5, -1, -0.2, 0, 0.2, 0.9, 5], -1, 1, 4))).toEqual([2, 1, 2, 2]);
  });
  it('meanGap averages train − test over the last entries; gapVerdict reads two gaps with a margin', () => {
    const rows = [0.5, 0.9, 1, 1].map((train, i) => ({ train, test: 0.6 + 0.01 * i }));
    expect(meanGap(rows, 2)).toBeCloseTo((0.38 + 0.37) / 2, 12);
    expect(Number.isNaN(meanGap([]))).toBe(true);
    expect(gapVerdict(0.3, 0.1)).toBe('narrower');
    expect(gapVerdict(0.3, 0.29)).toBe('similar');
    expect(gapVerdict(0.1, 0.3)).toBe('wider');
  });
  it('mnistPopulation: seed 004’s net (6 × 100 ReLU + output, He), λ = 0 against λ, same seed and η', () => {
    const pop = mnistPopulation({ 'mnist.lambda': 0.1, 'mnist.lr': 0.01, 'mnist.epochs': 201, 'mnist.n': 300, seed: 4 });
    expect(pop.spec.hidden).toEqual(Array.from({ length: 6 }, () => ({ units: 100, activation: 'relu' })));
    expect(pop.spec.init).toEqual({ scheme: 'he' });
    expect(pop.members.map((m) => [m.seed, m.hyper?.weightDecay, m.hyper?.lr, m.hyper?.batchSize])).toEqual([
      [4, 0, 0.01, 100],
      [4, 0.1, 0.01, 100],
    ]);
    expect(pop.data).toEqual({ kind: 'mnist', nTrain: 300, nTest: 1000 });
  });
});
