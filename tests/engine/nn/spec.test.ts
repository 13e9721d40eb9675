// Model spec: defaults, validation, and the flat parameter layout (contiguous, BN γ/β, residual flags).
import { describe, expect, it } from 'vitest';
import { paramLayout, resolveSpec, type ModelSpec } from '../../../src/engine/nn';

const base: ModelSpec = {
  inputSize: 784,
  hidden: [100, 100, 50].map((units) => ({ units, activation: 'relu' as const })),
  outputSize: 10,
  init: { scheme: 'he' },
  loss: 'softmax-ce',
};

describe('resolveSpec(spec)', () => {
  it('fills defaults and survives a JSON round trip', () => {
    const r = resolveSpec(JSON.parse(JSON.stringify(base)));
    expect(r).toMatchObject({ batchNorm: 'none', residual: false, leakySlope: 0.01, dropout: [0, 0, 0], bnMomentum: 0.9, bnEps: 1e-5 });
  });
  it('rejects impossible specs', () => {
    expect(() => resolveSpec({ ...base, inputSize: 0 })).toThrow(RangeError);
    expect(() => resolveSpec({ ...base, dropout: [1] })).toThrow(RangeError);
    expect(() => resolveSpec({ ...base, hidden: [{ units: 3, activation: 'swish' as never }] })).toThrow(RangeError);
  });
});

describe('paramLayout(spec)', () => {
  it('packs W, b (and γ, β) of each layer back to back in one vector', () => {
    const layout = paramLayout(resolveSpec({ ...base, batchNorm: 'before', residual: true }));
    let offset = 0;
    for (const [l, L] of layout.layers.entries()) {
      expect(L.W).toBe(offset);
      expect(L.b).toBe(L.W + L.fanIn * L.fanOut);
      offset = L.b + L.fanOut;
      if (l < 3) {
        expect(L.gamma).toBe(offset);
        expect(L.beta).toBe(offset + L.fanOut);
        offset += 2 * L.fanOut;
      } else expect(L.gamma).toBe(-1);
    }
    expect(layout.size).toBe(offset);
    expect(layout.runningSize).toBe(2 * 250);
    expect(layout.layers.map((L) => L.residual)).toEqual([false, true, false, false]);
  });
  it('has 784·100 + 100 + 3·(100·100 + 100) + 100·10 + 10 parameters for the seed’s 5-layer net', () => {
    const layout = paramLayout(resolveSpec({ ...base, hidden: [100, 100, 100, 100].map((units) => ({ units, activation: 'relu' as const })) }));
    expect(layout.size).toBe(784 * 100 + 100 + 3 * (100 * 100 + 100) + 100 * 10 + 10);
  });
});
