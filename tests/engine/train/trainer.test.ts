// The CPU trainer: epochs and shuffling, determinism, divergence, mid-run hyperparameters, early stopping, state.
import { describe, expect, it } from 'vitest';
import { createTrainer, type StepReport } from '../../../src/engine/train';
import { createWorkspace, forward } from '../../../src/engine/nn/mlp';
import { blobs, hidden, noiseLabels, regression, smallSpec } from './fixtures';

describe('trainer.step: mini-batches and epochs', () => {
  it('visits every training sample exactly once per epoch, in a new order each epoch', () => {
    const n = 53;
    const t = createTrainer(smallSpec(), { train: blobs(n) }, { batchSize: 10 }, 4, { evalEachEpoch: false });
    const epochOrder = () => {
      const seen: number[] = [];
      for (let s = 0; s < 6; s++) {
        t.step(1);
        seen.push(...t.lastBatch());
      }
      return seen;
    };
    const first = epochOrder();
    expect(t.progress()).toMatchObject({ epoch: 1, cursor: 0, step: 6 });
    expect([...first].sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, i) => i));
    const second = epochOrder();
    expect([...second].sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, i) => i));
    expect(second).not.toEqual(first);
  });

  it('reports per-step metrics and per-epoch evaluations', () => {
    const data = { train: blobs(60), validation: blobs(30, 3, 0.3, 2), test: blobs(30, 3, 0.3, 3) };
    const t = createTrainer(smallSpec(), data, { batchSize: 20, optimizer: 'adam', lr: 0.01 }, 1);
    const r = t.step(7);
    expect(r.taken).toBe(7);
    expect(r.steps.map((m) => m.step)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(r.steps[3].epoch).toBe(1);
    expect(r.epochs.map((e) => [e.epoch, e.step])).toEqual([[0, 3], [1, 6]]);
    expect(r.epochs[1]).toMatchObject({ train: { n: 60 }, validation: { n: 30 }, test: { n: 30 } });
    const m = r.steps[6];
    expect(m.gradNorms.length).toBe(3);
    expect(m.weightNorms.every((w) => w > 0)).toBe(true);
    expect(m.gradNorm).toBeGreaterThan(0);
    expect(m.loss).toBe(m.dataLoss);
  });

  it('stops after the epoch budget', () => {
    const t = createTrainer(smallSpec(), { train: blobs(30) }, { batchSize: 10 }, 1, { epochs: 2, evalEachEpoch: false });
    const r = t.step(100);
    expect(r).toMatchObject({ taken: 6, stopped: 'epochs', diverged: false, epoch: 2 });
    expect(t.step(5).taken).toBe(0);
  });

  it('learns a separable problem (blobs: accuracy ≥ 0.95 after 60 Adam steps, from 1/3)', () => {
    const t = createTrainer(smallSpec(), { train: blobs(90), test: blobs(90, 3, 0.3, 9) }, { batchSize: 15, optimizer: 'adam', lr: 0.02 }, 2);
    const before = t.evaluate(['test']).test?.accuracy ?? 0;
    t.step(60);
    expect(before).toBeLessThan(0.7);
    expect(t.evaluate(['test']).test?.accuracy).toBeGreaterThanOrEqual(0.95);
  });

  it('fits real-valued targets with the MSE loss (accuracy is NaN)', () => {
    const spec = smallSpec(2, 1, { loss: 'mse', hidden: hidden([16], 'tanh'), init: { scheme: 'xavier' } });
    const t = createTrainer(spec, { train: regression(100) }, { batchSize: 20, optimizer: 'adam', lr: 0.02 }, 1, { evalEachEpoch: false });
    const before = t.evaluate().train.loss;
    const r = t.step(150);
    expect(t.evaluate().train.loss).toBeLessThan(before / 10);
    expect(r.steps[0].accuracy).toBeNaN();
  });
});

describe('determinism', () => {
  it('gives bit-identical runs for the same seed, and reset() replays them', () => {
    const make = (seed: number) =>
      createTrainer(smallSpec(2, 3, { dropout: [0.3, 0.3] }), { train: blobs(40) }, { batchSize: 8, optimizer: 'momentum' }, seed, { evalEachEpoch: false });
    const a = make(5);
    const b = make(5);
    a.step(12);
    b.step(12);
    expect(a.getParams()).toEqual(b.getParams());
    const params = a.getParams();
    a.reset();
    a.step(12);
    expect(a.getParams()).toEqual(params);
    const c = make(6);
    c.step(12);
    expect(c.getParams()).not.toEqual(params);
  });
});

describe('divergence', () => {
  it('stops with {diverged: true, step} instead of throwing, and takes no further steps', () => {
    const t = createTrainer(smallSpec(), { train: blobs(60) }, { batchSize: 20, lr: 1e12 }, 1, { evalEachEpoch: false });
    let r: StepReport | undefined;
    expect(() => (r = t.step(1000))).not.toThrow();
    expect(r?.diverged).toBe(true);
    expect(r?.stopped).toBe('diverged');
    expect(r?.taken).toBeLessThan(1000);
    expect(r?.step).toBe(r?.taken);
    expect(t.progress().divergedAt).toBe(r?.step);
    const last = r?.steps.at(-1);
    expect(Number.isFinite(last?.loss) && last?.weightNorms.every(Number.isFinite)).toBe(false);
    expect(t.step(10)).toMatchObject({ taken: 0, diverged: true, step: r?.step });
    t.reset();
    expect(t.progress()).toMatchObject({ step: 0, stopped: null, divergedAt: -1 });
  });
});

describe('trainer.setHyper mid-run', () => {
  it('lr = 0 freezes the parameters (SGD) without resetting the step counter', () => {
    const t = createTrainer(smallSpec(), { train: blobs(40) }, { batchSize: 10, lr: 0.1 }, 1, { evalEachEpoch: false });
    t.step(3);
    t.setHyper({ lr: 0 });
    const frozen = t.getParams();
    t.step(3);
    expect(t.getParams()).toEqual(frozen);
    expect(t.progress().step).toBe(6);
  });

  it('continues exactly like a run created with the new value from the same state', () => {
    const data = { train: blobs(40) };
    const a = createTrainer(smallSpec(), data, { batchSize: 10, optimizer: 'momentum', lr: 0.05 }, 3, { evalEachEpoch: false });
    a.step(5);
    const state = a.getState();
    a.setHyper({ lr: 0.2, gamma: 0.5, weightDecay: 0.01 });
    a.step(5);
    const b = createTrainer(smallSpec(), data, { batchSize: 10, optimizer: 'momentum', lr: 0.2, gamma: 0.5, weightDecay: 0.01 }, 99, {
      evalEachEpoch: false,
    });
    b.setState({ ...state, hyper: b.getHyper() });
    b.step(5);
    expect(b.getParams()).toEqual(a.getParams());
  });

  it('weight decay adds ½λ‖W‖² to the reported loss from the next step on', () => {
    const t = createTrainer(smallSpec(), { train: blobs(40) }, { batchSize: 10 }, 1, { evalEachEpoch: false });
    const r0 = t.step(1).steps[0];
    expect(r0.loss).toBe(r0.dataLoss);
    t.setHyper({ weightDecay: 0.5 });
    const r1 = t.step(1).steps[0];
    const w2 = r0.weightNorms.reduce((s, w) => s + w * w, 0);
    expect(r1.loss - r1.dataLoss).toBeCloseTo(0.25 * w2, 4);
  });

  it('dropout can be switched on mid-run and the masks are readable', () => {
    const t = createTrainer(smallSpec(2, 3, { hidden: hidden([100, 100]) }), { train: blobs(40) }, { batchSize: 20 }, 1, {
      evalEachEpoch: false,
    });
    t.step(1);
    expect(t.dropoutMasks().map((m) => m.p)).toEqual([0, 0]);
    t.setHyper({ dropout: [0.5, 0.2] });
    t.step(1);
    const masks = t.dropoutMasks();
    expect(masks.map((m) => [m.p, m.rows, m.units])).toEqual([[0.5, 20, 100], [0.2, 20, 100]]);
    const dropRate = (m: Uint8Array) => m.filter((b) => b === 0).length / m.length;
    expect(dropRate(masks[0].mask)).toBeGreaterThan(0.4);
    expect(dropRate(masks[0].mask)).toBeLessThan(0.6);
    expect(dropRate(masks[1].mask)).toBeLessThan(0.3);
    expect(() => t.setHyper({ dropout: 1 })).toThrow(RangeError);
    expect(t.getHyper().dropout).toEqual([0.5, 0.2]);
  });

  it("the book's dropout variant: the same masks and steps as inverted, evaluation with every unit × (1 − p)", () => {
    const spec = smallSpec(2, 3, { hidden: hidden([30, 30]) });
    const data = { train: blobs(40), test: blobs(30, 3, 0.3, 3) };
    const make = (dropoutVariant: 'inverted' | 'book') =>
      createTrainer(spec, data, { batchSize: 20, dropout: [0.4, 0.25], dropoutVariant }, 7, { evalEachEpoch: false });
    const book = make('book');
    const inv = make('inverted');
    book.step(3);
    inv.step(3);
    expect(book.getHyper().dropoutVariant).toBe('book');
    expect(book.dropoutMasks()).toEqual(inv.dropoutMasks());
    // Its evaluation is the eval-mode forward with the book's factor (not the identity of inverted dropout).
    const { test } = book.evaluate(['test']);
    const net = book.getState();
    const probe = createTrainer(spec, data, { batchSize: 20 }, 7, { evalEachEpoch: false });
    probe.setState(net);
    expect(probe.getHyper().dropoutVariant).toBe('book');
    expect(probe.evaluate(['test']).test).toEqual(test);
    probe.setHyper({ dropoutVariant: 'inverted' });
    const plain = probe.evaluate(['test']).test!;
    expect(Math.abs(plain.loss - test!.loss)).toBeGreaterThan(1e-4);
    expect(() => book.setHyper({ dropoutVariant: 'other' as 'book' })).toThrow(RangeError);
  });

  it('switching optimizer starts fresh state and adopts the new optimizer’s defaults for unset fields', () => {
    const t = createTrainer(smallSpec(), { train: blobs(40) }, { batchSize: 10 }, 1, { evalEachEpoch: false });
    expect(t.getHyper()).toMatchObject({ optimizer: 'sgd', lr: 0.01 });
    t.step(2);
    t.setHyper({ optimizer: 'adam' });
    expect(t.getHyper()).toMatchObject({ optimizer: 'adam', lr: 0.001, beta1: 0.9, beta2: 0.999, eps: 1e-8 });
    expect(t.getState().optimizer).toMatchObject({ name: 'adam', t: 0 });
    t.step(2);
    expect(t.getState().optimizer.t).toBe(2);
  });

  it('a larger batch size reallocates the buffers and takes effect', () => {
    const t = createTrainer(smallSpec(), { train: blobs(100) }, { batchSize: 10 }, 1, { evalEachEpoch: false });
    t.step(1);
    t.setHyper({ batchSize: 40 });
    t.step(1);
    expect(t.lastBatch().length).toBe(40);
    expect(t.progress().cursor).toBe(50);
  });
});

describe('gradient clipping in the trainer', () => {
  it('bounds the SGD update by lr·clipNorm', () => {
    const t = createTrainer(smallSpec(), { train: blobs(40) }, { batchSize: 10, lr: 1, clipNorm: 1e-3 }, 1, { evalEachEpoch: false });
    const before = t.getParams();
    const r = t.step(1);
    const after = t.getParams();
    let d2 = 0;
    for (let i = 0; i < before.length; i++) d2 += (after[i] - before[i]) ** 2;
    expect(r.steps[0].gradNorm).toBeGreaterThan(1e-2);
    expect(Math.sqrt(d2)).toBeLessThan(1e-3 * 1.001);
  });
});

describe('early stopping', () => {
  it('stops when the validation loss has not improved for `patience` epochs and restores the best weights', () => {
    // Random labels: the net memorises the training set, so the validation loss soon rises.
    const data = { train: noiseLabels(40, 5, 4, 1), validation: noiseLabels(40, 5, 4, 2) };
    const spec = smallSpec(5, 4, { hidden: hidden([64, 64]) });
    const t = createTrainer(spec, data, { batchSize: 10, optimizer: 'adam', lr: 0.01 }, 1, {
      epochs: 300,
      earlyStopping: { patience: 4 },
    });
    const epochs = [];
    for (let s = 0; s < 300 && !t.progress().stopped; s++) epochs.push(...t.step(10).epochs);
    const p = t.progress();
    expect(p.stopped).toBe('early-stopping');
    expect(p.epoch).toBeLessThan(300);
    expect(p.epoch).toBe(p.bestEpoch + 4 + 1);
    const losses = epochs.map((e) => e.validation?.loss ?? NaN);
    expect(Math.min(...losses)).toBe(p.bestValidationLoss);
    expect(losses.slice(p.bestEpoch + 1).every((l) => l >= p.bestValidationLoss)).toBe(true);
    expect(t.evaluate(['validation']).validation?.loss).toBeCloseTo(p.bestValidationLoss, 6);
  });
});

describe('state hand-over and inspection', () => {
  it('getParams/setParams round-trip and check the length', () => {
    const t = createTrainer(smallSpec(), { train: blobs(30) }, {}, 1);
    const p = t.getParams();
    expect(p.length).toBe(t.layout.size);
    p[0] = 42;
    t.setParams(p);
    expect(t.getParams()[0]).toBe(42);
    expect(() => t.setParams(new Float32Array(3))).toThrow(RangeError);
  });

  it('keeps batch-norm running statistics in the state and uses them at evaluation', () => {
    const spec = smallSpec(2, 3, { batchNorm: 'after' });
    const t = createTrainer(spec, { train: blobs(60) }, { batchSize: 20 }, 1, { evalEachEpoch: false });
    const initial = t.getState().running;
    t.step(6);
    const state = t.getState();
    expect(state.running).not.toEqual(initial);
    const u = createTrainer(spec, { train: blobs(60) }, { batchSize: 20 }, 1, { evalEachEpoch: false });
    u.setState(state);
    expect(u.evaluate().train.loss).toBe(t.evaluate().train.loss);
  });

  it('histograms bin every activation of the last batch, or of given inputs', () => {
    const t = createTrainer(smallSpec(), { train: blobs(60) }, { batchSize: 20 }, 1, { evalEachEpoch: false });
    t.step(1);
    const hists = t.histograms({ bins: 10 });
    expect(hists.map((h) => h.total)).toEqual([20 * 16, 20 * 16]);
    expect(hists[0].lo).toBe(0); // ReLU outputs start at 0
    const x = blobs(50, 3, 0.3, 7).x;
    const fixed = t.histograms({ bins: 5, lo: 0, hi: 100, x });
    expect(fixed.map((h) => h.total)).toEqual([50 * 16, 50 * 16]);
    expect(fixed[1].counts.reduce((a, b) => a + b, 0)).toBe(50 * 16);
  });

  it('histograms keep a bound given alone (lo without hi, or hi without lo) and measure the other', () => {
    const t = createTrainer(smallSpec(), { train: blobs(60) }, { batchSize: 20 }, 1, { evalEachEpoch: false });
    const before = createTrainer(smallSpec(), { train: blobs(60) }, { batchSize: 20 }, 1, { evalEachEpoch: false });
    t.step(1);
    const x = blobs(50, 3, 0.3, 7).x;
    // The activations themselves, from an independent eval-mode forward pass (no dropout, no batch norm: as in training);
    // the last batch went through the parameters before the update.
    const activations = (rows: Float32Array, n: number, net = t.net) => {
      const ws = createWorkspace(net, n);
      forward(net, ws, rows, n, { train: false });
      return ws.hidden.map((B) => Array.from(B.h.subarray(0, n * B.units)));
    };
    const batch = t.lastBatch();
    const train = blobs(60);
    const batchX = new Float32Array(batch.length * 2);
    batch.forEach((i, r) => batchX.set(train.x.subarray(2 * i, 2 * i + 2), 2 * r));
    for (const [source, values] of [
      ['last batch', activations(batchX, batch.length, before.net)],
      ['given inputs', activations(x, 50)],
    ] as const) {
      const lo = 0.25;
      const hists = source === 'last batch' ? t.histograms({ bins: 8, lo }) : t.histograms({ bins: 8, lo, x });
      hists.forEach((h, l) => {
        const max = Math.max(...values[l]);
        expect(h.lo, `${source}, layer ${l}: lo kept`).toBe(lo);
        expect(h.hi, `${source}, layer ${l}: hi measured`).toBeCloseTo(max, 6);
        expect(h.total, `${source}, layer ${l}: values in [lo, max]`).toBe(values[l].filter((v) => v >= lo && v <= max).length);
      });
      const onlyHi = source === 'last batch' ? t.histograms({ bins: 8, hi: 1 }) : t.histograms({ bins: 8, hi: 1, x });
      onlyHi.forEach((h, l) => {
        expect(h.lo).toBeCloseTo(Math.min(...values[l]), 6);
        expect(h.hi).toBe(1);
      });
    }
  });

  it('rejects data that does not fit the spec', () => {
    expect(() => createTrainer(smallSpec(3), { train: blobs(10) })).toThrow(RangeError);
    expect(() => createTrainer(smallSpec(), { train: regression(10) })).toThrow(RangeError);
  });
});
