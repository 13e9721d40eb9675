// Starting from another run's weights: the lower layers are the given ones (their forward pass is the given net's), the
// output layer is drawn from the run's own seed, reset() goes back to the start, a population member is its single run.
import { describe, expect, it } from 'vitest';
import { unitOutputs } from '../../../src/engine/experiments/unitOutputs';
import { applyStart, createCpuPopulation, createTrainer, layerRanges } from '../../../src/engine/train';
import { blobs, smallSpec } from './fixtures';

const spec = smallSpec(2, 3);
const source = { train: blobs(60, 3, 0.4, 1) };
const target = { train: blobs(30, 3, 0.6, 2), test: blobs(24, 3, 0.6, 3) };

/** Weights of a short run on the source set (the "pre-trained" net). */
function pretrained(): Float32Array {
  const t = createTrainer(spec, source, { optimizer: 'adam', lr: 0.02, batchSize: 10 }, 7);
  t.step(30);
  return t.getParams();
}

describe('TrainOptions.start', () => {
  it("gives the hidden layers the given weights: the first forward pass's hidden activations are the pre-trained net's", () => {
    const P = pretrained();
    const t = createTrainer(spec, target, { optimizer: 'sgd', lr: 0.1, batchSize: 10 }, 11, { start: { params: P } });
    const x = target.test.x;
    const n = target.test.n;
    const mine = unitOutputs(t.spec, t.getParams(), new Float32Array(0), x, n);
    const theirs = unitOutputs(t.spec, P, new Float32Array(0), x, n);
    mine.hidden.forEach((h, l) => expect(Array.from(h)).toEqual(Array.from(theirs.hidden[l])));
  });

  it('draws the output layer from its own seed (as a fresh run of that seed), not from the given weights', () => {
    const P = pretrained();
    const started = createTrainer(spec, target, {}, 11, { start: { params: P } }).getParams();
    const fresh = createTrainer(spec, target, {}, 11).getParams();
    const ranges = layerRanges(createTrainer(spec, target, {}, 11).layout);
    const [a, b] = ranges[ranges.length - 1];
    expect(Array.from(started.subarray(a, b))).toEqual(Array.from(fresh.subarray(a, b)));
    expect(Array.from(started.subarray(0, a))).toEqual(Array.from(P.subarray(0, a)));
  });

  it('the first evaluation equals a net assembled by hand from the given lower layers and the seed-drawn output layer', () => {
    const P = pretrained();
    const t = createTrainer(spec, target, {}, 11, { start: { params: P } });
    const assembled = Float32Array.from(P);
    const [a, b] = layerRanges(t.layout)[2];
    assembled.set(createTrainer(spec, target, {}, 11).getParams().subarray(a, b), a);
    const out = unitOutputs(t.spec, assembled, new Float32Array(0), target.test.x, target.test.n).output;
    // unitOutputs gives softmax probabilities: the cross-entropy is the mean of −log p_y.
    let loss = 0;
    for (let i = 0; i < target.test.n; i++) loss -= Math.log(out[3 * i + target.test.y[i]]);
    expect(t.evaluate(['test']).test!.loss).toBeCloseTo(loss / target.test.n, 5);
  });

  it('redraw: 0 keeps every given weight; reset() goes back to the start after training', () => {
    const P = pretrained();
    const t = createTrainer(spec, target, { lr: 0.1, batchSize: 10 }, 11, { start: { params: P, redraw: 0 } });
    expect(Array.from(t.getParams())).toEqual(Array.from(P));
    t.step(10);
    t.reset();
    expect(Array.from(t.getParams())).toEqual(Array.from(P));
  });

  it('refuses weights of the wrong length and a redraw outside [0, layers]', () => {
    const P = pretrained();
    expect(() => createTrainer(spec, target, {}, 1, { start: { params: P.subarray(1) } })).toThrow(RangeError);
    const layout = createTrainer(spec, target, {}, 1).layout;
    expect(() => applyStart(new Float32Array(layout.size), layout, { params: P, redraw: 4 })).toThrow(RangeError);
  });

  it('a population member with start weights (and a frozen first layer) is its single run bit for bit', () => {
    const P = pretrained();
    const hyper = { optimizer: 'adam' as const, lr: 0.01, batchSize: 10, lrFactors: [0, 1, 1] };
    const pop = createCpuPopulation(spec, target, [{ seed: 3, hyper, start: { params: P } }, { seed: 3, hyper }]);
    pop.step(12);
    const single = createTrainer(spec, target, hyper, 3, { start: { params: P } });
    single.step(12);
    expect(Array.from(pop.getParams(0))).toEqual(Array.from(single.getParams()));
    expect(Array.from(pop.getParams(1))).not.toEqual(Array.from(single.getParams()));
  });
});
