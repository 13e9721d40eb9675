// Weight penalties touch weights only: L2 value ½λ‖W‖² and gradient λW, L1 value λ‖W‖₁ and gradient λ·sign(W).
import { describe, expect, it } from 'vitest';
import { createMlp, initMlp, l1Penalty, l2Penalty } from '../../../src/engine/nn';

function net() {
  const m = createMlp(
    { inputSize: 3, hidden: [{ units: 4, activation: 'relu' }], outputSize: 2, init: { scheme: 'he' }, loss: 'softmax-ce', batchNorm: 'before' },
    'f64',
  );
  initMlp(m, 5);
  for (const L of m.layout.layers) m.params.fill(7, L.b, L.b + L.fanOut); // large biases must not count
  return m;
}

function weights(m: ReturnType<typeof net>) {
  return m.layout.layers.flatMap((L) => Array.from(m.params.subarray(L.W, L.W + L.fanIn * L.fanOut)));
}

describe('l2Penalty(params, grads, layout, λ)', () => {
  it('returns ½λΣW² over weights only and adds λW to their gradients', () => {
    const m = net();
    const W = weights(m);
    const value = l2Penalty(m.params, m.grads, m.layout, 0.1);
    expect(value).toBeCloseTo(0.05 * W.reduce((s, w) => s + w * w, 0), 14);
    const L = m.layout.layers[0];
    expect(m.grads[L.W + 1]).toBeCloseTo(0.1 * m.params[L.W + 1], 15);
    expect(m.grads[L.b]).toBe(0);
    expect(m.grads[L.gamma]).toBe(0);
  });
  it('is free when λ = 0', () => {
    const m = net();
    expect(l2Penalty(m.params, m.grads, m.layout, 0)).toBe(0);
    expect(m.grads.every((g) => g === 0)).toBe(true);
  });
});

describe('l1Penalty(params, grads, layout, λ)', () => {
  it('returns λΣ|W| over weights only and adds λ·sign(W)', () => {
    const m = net();
    const W = weights(m);
    expect(l1Penalty(m.params, m.grads, m.layout, 0.2)).toBeCloseTo(0.2 * W.reduce((s, w) => s + Math.abs(w), 0), 14);
    const L = m.layout.layers[1];
    expect(m.grads[L.W]).toBe(0.2 * Math.sign(m.params[L.W]));
    expect(m.grads[L.b]).toBe(0);
  });
});
