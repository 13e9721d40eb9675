// Per-layer learning-rate factors: a frozen layer stays bit for bit, factor f is the step with η·f on that layer (an
// independent SGD loop over the engine's forward/backward), Adam's first step scales by f, bad factors are refused.
import { describe, expect, it } from 'vitest';
import { backward, createMlp, createWorkspace, forward, lossForward } from '../../../src/engine/nn/mlp';
import { createCpuPopulation, createTrainer, layerRanges, resolveHyper, type TrainHyper } from '../../../src/engine/train';
import { blobs, smallSpec } from './fixtures';

const spec = smallSpec(2, 3);
const data = { train: blobs(48, 3, 0.4, 5) };

/** max |a − b| over [start, end). */
function maxDiff(a: ArrayLike<number>, b: ArrayLike<number>, start = 0, end = a.length): number {
  let m = 0;
  for (let i = start; i < end; i++) m = Math.max(m, Math.abs(a[i] - b[i]));
  return m;
}

describe('lrFactors: a factor 0 freezes its layer', () => {
  for (const optimizer of ['sgd', 'momentum', 'adam'] as const) {
    it(`leaves layer 0 bit-identical over 20 ${optimizer} steps while the others move`, () => {
      const t = createTrainer(spec, data, { optimizer, lr: 0.05, batchSize: 12, lrFactors: [0, 1, 1] }, 3);
      const p0 = t.getParams();
      t.step(20);
      const p = t.getParams();
      const [l0, l1, l2] = layerRanges(t.layout);
      expect(Array.from(p.subarray(...l0))).toEqual(Array.from(p0.subarray(...l0)));
      expect(maxDiff(p, p0, ...l1)).toBeGreaterThan(1e-4);
      expect(maxDiff(p, p0, ...l2)).toBeGreaterThan(1e-4);
    });
  }
});

describe('lrFactors: factor f is the update with η·f on that layer', () => {
  it('full-batch SGD with [0.5, 0, 2] equals a hand-written loop with per-layer η over 10 steps', () => {
    const lr = 0.1;
    const factors = [0.5, 0, 2];
    const n = data.train.n;
    const t = createTrainer(spec, data, { optimizer: 'sgd', lr, batchSize: n, lrFactors: factors }, 9, { dtype: 'f64' });
    // The reference: same initial weights, gradient of the mean loss over all rows, x ← x − η·f_l·g on layer l.
    const net = createMlp(spec, 'f64');
    net.params.set(t.getParams());
    const ws = createWorkspace(net, n);
    const ranges = layerRanges(t.layout);
    for (let s = 0; s < 10; s++) {
      forward(net, ws, Float64Array.from(data.train.x), n, { train: true });
      lossForward(net, ws, data.train.y as Uint8Array, true);
      backward(net, ws);
      ranges.forEach(([a, b], l) => {
        for (let i = a; i < b; i++) net.params[i] -= lr * factors[l] * net.grads[i];
      });
    }
    t.step(10);
    const p = t.getParams();
    // Rows are summed in shuffled order by the trainer, in data order by the loop: agreement to rounding.
    expect(maxDiff(p, net.params)).toBeLessThan(1e-5);
  });

  it("Adam's first update on a layer with factor 0.25 is 0.25 × the unfactored first update (same batch, same gradient)", () => {
    const hp = { optimizer: 'adam' as const, lr: 0.01, batchSize: 16 };
    const a = createTrainer(spec, data, hp, 4, { dtype: 'f64' });
    const b = createTrainer(spec, data, { ...hp, lrFactors: [1, 0.25] }, 4, { dtype: 'f64' });
    const p0 = a.getParams();
    a.step(1);
    b.step(1);
    const pa = a.getParams();
    const pb = b.getParams();
    const [l0, l1, l2] = layerRanges(a.layout);
    expect(maxDiff(pb, pa, ...l0)).toBe(0);
    expect(maxDiff(pb, pa, ...l2)).toBe(0);
    for (let i = l1[0]; i < l1[1]; i++) expect(pb[i] - p0[i]).toBeCloseTo(0.25 * (pa[i] - p0[i]), 7); // getParams rounds to float32
  });

  it('a population member with lrFactors is its single run bit for bit', () => {
    const members = [
      { seed: 1, hyper: { optimizer: 'momentum' as const, lr: 0.05, batchSize: 8, lrFactors: [0, 0.1] } },
      { seed: 2, hyper: { optimizer: 'adam' as const, lr: 0.01, batchSize: 8 } },
    ];
    const pop = createCpuPopulation(spec, data, members);
    pop.step(15);
    const single = createTrainer(spec, data, members[0].hyper, 1);
    single.step(15);
    expect(Array.from(pop.getParams(0))).toEqual(Array.from(single.getParams()));
  });
});

describe('resolveHyper(lrFactors)', () => {
  it('keeps the factors and refuses a negative, NaN or infinite one', () => {
    expect(resolveHyper({ lrFactors: [0, 0.5] }, [0, 0]).lrFactors).toEqual([0, 0.5]);
    for (const bad of [-0.1, NaN, Infinity]) expect(() => resolveHyper({ lrFactors: [1, bad] }, [0, 0])).toThrow(RangeError);
  });

  it('setHyper changes the factors mid-run: a layer frozen from step 5 on keeps its step-5 values', () => {
    const t = createTrainer(spec, data, { optimizer: 'sgd', lr: 0.1, batchSize: 8 }, 2);
    t.step(5);
    const p5 = t.getParams();
    t.setHyper({ lrFactors: [0] } as Partial<TrainHyper>);
    t.step(5);
    const [l0] = layerRanges(t.layout);
    expect(Array.from(t.getParams().subarray(...l0))).toEqual(Array.from(p5.subarray(...l0)));
  });
});
