// The GPU memory layout: the reduction chunk table covers every parameter once, slots are contiguous, records fit.
import { describe, expect, test } from 'vitest';
import { paramLayout, resolveSpec, type ModelSpec } from '../../src/engine/nn/spec';
import { CHUNK, segmentTable, stateWords } from '../../src/gpu/layout';
import { CONTROL, METRICS, metricsLayout } from '../../src/gpu/kernels/shared';

const SEED: ModelSpec = {
  inputSize: 784,
  hidden: [100, 100, 100, 100].map((units) => ({ units, activation: 'relu' as const })),
  outputSize: 10,
  init: { scheme: 'he' },
  loss: 'softmax-ce',
};
const BN: ModelSpec = { ...SEED, hidden: SEED.hidden.slice(0, 2), batchNorm: 'before', residual: true };

describe('segmentTable', () => {
  for (const [name, spec] of [['seed MLP', SEED], ['batch norm + residual', BN]] as const) {
    test(`segmentTable(layout) covers every parameter exactly once (${name})`, () => {
      const layout = paramLayout(resolveSpec(spec));
      const { table, chunks, slots } = segmentTable(layout);
      expect(slots).toBe(layout.layers.length + 1);
      const seen = new Uint8Array(layout.size);
      for (let c = 0; c < chunks; c++) {
        const [start, end] = table.subarray(4 * (slots + c), 4 * (slots + c) + 2);
        expect(end - start).toBeGreaterThan(0);
        expect(end - start).toBeLessThanOrEqual(CHUNK);
        for (let i = start; i < end; i++) seen[i]++;
      }
      expect(seen.every((v) => v === 1)).toBe(true);
    });

    test(`segmentTable(layout) puts W_l in slot l and everything else in the last slot, each slot's chunks contiguous (${name})`, () => {
      const layout = paramLayout(resolveSpec(spec));
      const { table, chunks, slots } = segmentTable(layout);
      let next = 0;
      for (let s = 0; s < slots; s++) {
        const [first, end] = table.subarray(4 * s, 4 * s + 2);
        expect(first).toBe(next);
        next = end;
        for (let c = first; c < end; c++) {
          const [start, stop, slot] = table.subarray(4 * (slots + c), 4 * (slots + c) + 3);
          expect(slot).toBe(s);
          if (s < layout.layers.length) {
            const L = layout.layers[s];
            expect(start).toBeGreaterThanOrEqual(L.W);
            expect(stop).toBeLessThanOrEqual(L.W + L.fanIn * L.fanOut);
          }
        }
      }
      expect(next).toBe(chunks);
    });

    test(`segmentTable(layout) names in its 4th column the dense layer whose W…next W range holds the chunk (${name})`, () => {
      const layout = paramLayout(resolveSpec(spec));
      const { table, chunks, slots } = segmentTable(layout);
      const L = layout.layers;
      for (let c = 0; c < chunks; c++) {
        const [start, stop, , layer] = table.subarray(4 * (slots + c), 4 * (slots + c) + 4);
        const end = layer + 1 < L.length ? L[layer + 1].W : layout.size;
        expect(start).toBeGreaterThanOrEqual(L[layer].W);
        expect(stop).toBeLessThanOrEqual(end);
      }
    });
  }
});

describe('records', () => {
  test('metricsLayout(L) puts L gradient norms, then L weight norms, after the fixed fields', () => {
    expect(metricsLayout(5)).toEqual({ gradNorms: METRICS.stride, weightNorms: METRICS.stride + 5, stride: METRICS.stride + 10 });
  });

  test('stateWords(layout) holds parameters, running statistics and the control words', () => {
    const layout = paramLayout(resolveSpec(BN));
    expect(stateWords(layout, CONTROL.stride)).toBe(layout.size + layout.runningSize + CONTROL.stride);
  });
});
