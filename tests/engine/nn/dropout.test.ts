// Dropout: keep rate, inverted 1/(1 − p) scaling, E[h′] = h, reproducible counter-keyed masks, backward; the book's variant by formula.
import { describe, expect, it } from 'vitest';
import {
  createMlp,
  createWorkspace,
  dropoutBackward,
  dropoutEval,
  dropoutForward,
  dropoutKeep,
  dropoutThreshold,
  forward,
  initMlp,
  type ModelSpec,
} from '../../../src/engine/nn';
import { resolveHyper } from '../../../src/engine/train/hyper';

const n = 200;
const u = 100;

function run(p: number, seed = 3, step = 0, layer = 0) {
  const X = Float64Array.from({ length: n * u }, (_, i) => 1 + (i % 7));
  const Y = new Float64Array(n * u);
  const mask = new Uint8Array(n * u);
  dropoutForward(X, Y, mask, n, u, p, seed, step, layer);
  return { X, Y, mask };
}

describe('dropoutForward', () => {
  it('keeps each unit with probability 1 − p (within 5σ) and scales kept units by 1/(1 − p)', () => {
    const p = 0.3;
    const { X, Y, mask } = run(p);
    const kept = mask.reduce((a, b) => a + b, 0);
    const N = n * u;
    expect(Math.abs(kept / N - (1 - p))).toBeLessThan(5 * Math.sqrt((p * (1 - p)) / N));
    for (let i = 0; i < N; i++) expect(Y[i]).toBe(mask[i] ? X[i] / (1 - p) : 0);
  });
  it('preserves the expectation: mean(h′) ≈ mean(h) (E[h′] = h)', () => {
    const { X, Y } = run(0.5);
    const mean = (a: Float64Array) => a.reduce((s, v) => s + v, 0) / a.length;
    expect(Math.abs(mean(Y) / mean(X) - 1)).toBeLessThan(0.02);
  });
  it('is reproducible from (seed, step, layer, row, unit) and changes with the step and the layer', () => {
    const a = run(0.5, 3, 10, 1).mask;
    expect(run(0.5, 3, 10, 1).mask).toEqual(a);
    expect(run(0.5, 3, 11, 1).mask).not.toEqual(a);
    expect(run(0.5, 3, 10, 2).mask).not.toEqual(a);
    expect(run(0.5, 4, 10, 1).mask).not.toEqual(a);
    for (const [r, j] of [[0, 0], [17, 42], [199, 99]]) expect(a[r * u + j]).toBe(dropoutKeep(3, 10, 1, r, u, j, 0.5) ? 1 : 0);
  });
  it('uses the integer threshold ⌈p·2²⁴⌉', () => {
    expect(dropoutThreshold(0)).toBe(0);
    expect(dropoutThreshold(0.5)).toBe(2 ** 23);
    expect(run(0).mask.every((m) => m === 1)).toBe(true);
  });
});

describe('dropoutBackward', () => {
  it('passes dY·1/(1 − p) through kept units and 0 through dropped ones', () => {
    const mask = Uint8Array.from([1, 0, 1]);
    const dX = new Float64Array(3);
    dropoutBackward(Float64Array.from([2, 3, 4]), dX, mask, 3, 0.5);
    expect(Array.from(dX)).toEqual([4, 0, 8]);
  });
});

describe('forward(…, {train: false}) with dropout', () => {
  it('is the identity at evaluation and records masks in training', () => {
    const net = createMlp({
      inputSize: 4, hidden: [{ units: 50, activation: 'relu' }], outputSize: 2, init: { scheme: 'he' }, loss: 'softmax-ce', dropout: [0.5],
    });
    initMlp(net, 1);
    const ws = createWorkspace(net, 8);
    const X = Float32Array.from({ length: 32 }, (_, i) => Math.sin(i));
    forward(net, ws, X, 8, { train: false });
    const B = ws.hidden[0];
    expect(B.p).toBe(0);
    expect(B.out).toBe(B.h);
    forward(net, ws, X, 8, { train: true, seed: 1, step: 0 });
    expect(B.p).toBe(0.5);
    expect(B.out).toBe(B.d);
    const dropped = B.mask.subarray(0, 8 * 50).filter((m) => m === 0).length;
    expect(dropped).toBeGreaterThan(100);
    expect(dropped).toBeLessThan(300);
  });
});

// "Deep Learning from Scratch", common/layers.py Dropout: forward(x, train) = x * mask in training, x * (1 − p) at
// test; backward(dout) = dout * mask. The expected values below are those formulas, written out.
describe("the book's variant (variant = 'book')", () => {
  const p = 0.3;
  const X = Float64Array.from({ length: n * u }, (_, i) => 1 + (i % 7));
  it('training forward: Y = mask ⊙ X (kept units unscaled), with the same mask as inverted dropout', () => {
    const Y = new Float64Array(n * u);
    const mask = new Uint8Array(n * u);
    dropoutForward(X, Y, mask, n, u, p, 3, 0, 0, 'book');
    expect(mask).toEqual(run(p).mask);
    for (let i = 0; i < n * u; i++) expect(Y[i]).toBe(mask[i] ? X[i] : 0);
    // E[Y] = (1 − p)·X: the training signal is not rescaled.
    const mean = (a: Float64Array) => a.reduce((t, v) => t + v, 0) / a.length;
    expect(Math.abs(mean(Y) / mean(X) - (1 - p))).toBeLessThan(0.02);
  });
  it('training backward: dX = mask ⊙ dY', () => {
    const dX = new Float64Array(3);
    dropoutBackward(Float64Array.from([2, 3, 4]), dX, Uint8Array.from([1, 0, 1]), 3, 0.5, 'book');
    expect(Array.from(dX)).toEqual([2, 0, 4]);
  });
  it('evaluation: Y = X·(1 − p) (book), Y = X (inverted)', () => {
    const x = Float64Array.from([1, -2, 0.5]);
    const y = new Float64Array(3);
    dropoutEval(x, y, 3, 0.25, 'book');
    expect(Array.from(y)).toEqual([0.75, -1.5, 0.375]);
    dropoutEval(x, y, 3, 0.25, 'inverted');
    expect(Array.from(y)).toEqual([1, -2, 0.5]);
  });

  // A whole net: the book's variant with weights W equals inverted dropout with every hidden→next weight matrix
  // multiplied by (1 − p), in training (same masks) and at evaluation, since both only move the factor (1 − p).
  const spec: ModelSpec = {
    inputSize: 6,
    hidden: [{ units: 12, activation: 'relu' }, { units: 10, activation: 'relu' }, { units: 8, activation: 'tanh' }],
    outputSize: 4,
    init: { scheme: 'he' },
    loss: 'softmax-ce',
  };
  const ratios = [0.2, 0.5, 0.4];
  for (const train of [true, false]) {
    it(`a whole net in ${train ? 'training' : 'evaluation'}: book(W) = inverted(W with W_{l+1} × (1 − p_l))`, () => {
      const book = createMlp(spec, 'f64');
      initMlp(book, 5);
      const inv = createMlp(spec, 'f64');
      inv.params.set(book.params);
      inv.layout.layers.slice(1).forEach((L, l) => {
        for (let i = L.W; i < L.W + L.fanIn * L.fanOut; i++) inv.params[i] *= 1 - ratios[l];
      });
      const rows = 9;
      const Xin = Float64Array.from({ length: rows * 6 }, (_, i) => Math.sin(1.3 * i));
      const out = (net: typeof book, variant: 'book' | 'inverted') => {
        const ws = createWorkspace(net, rows);
        return Array.from(forward(net, ws, Xin, rows, { train, dropout: ratios, dropoutVariant: variant, seed: 2, step: 4 }).subarray(0, rows * 4));
      };
      const a = out(book, 'book');
      const b = out(inv, 'inverted');
      a.forEach((v, i) => expect(v).toBeCloseTo(b[i], 12));
      // …and it is not the plain inverted net (the factor matters).
      expect(Math.max(...out(book, 'inverted').map((v, i) => Math.abs(v - a[i])))).toBeGreaterThan(1e-3);
    });
  }

  it('is a hyperparameter: default inverted, an unknown variant is a RangeError', () => {
    expect(resolveHyper({}, [0.5]).dropoutVariant).toBe('inverted');
    expect(resolveHyper({ dropoutVariant: 'book' }, [0.5]).dropoutVariant).toBe('book');
    expect(() => resolveHyper({ dropoutVariant: 'scaled' as 'book' }, [0.5])).toThrow(RangeError);
  });
});
