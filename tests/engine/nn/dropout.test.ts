// Inverted dropout: keep rate, 1/(1 − p) scaling, E[h′] = h, reproducible counter-keyed masks, backward.
import { describe, expect, it } from 'vitest';
import {
  createMlp,
  createWorkspace,
  dropoutBackward,
  dropoutForward,
  dropoutKeep,
  dropoutThreshold,
  forward,
  initMlp,
} from '../../../src/engine/nn';

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
