// Initialisation: std per scheme (fixed, Xavier √(1/n), He √(2/n)), zero biases, γ = 1, determinism by seed.
import { describe, expect, it } from 'vitest';
import { createMlp, initMlp, initStd, type InitSpec } from '../../../src/engine/nn';

function weightStd(init: InitSpec, seed = 1) {
  const net = createMlp({ inputSize: 200, hidden: [{ units: 100, activation: 'relu' }], outputSize: 10, init, loss: 'softmax-ce' }, 'f64');
  initMlp(net, seed);
  const L = net.layout.layers[0];
  const W = net.params.subarray(L.W, L.W + L.fanIn * L.fanOut);
  let s = 0;
  for (const w of W) s += w * w;
  return { std: Math.sqrt(s / W.length), net };
}

describe('initStd(init, fanIn)', () => {
  it('gives std, √(1/n) and √(2/n)', () => {
    expect(initStd({ scheme: 'gaussian', std: 0.01 }, 100)).toBe(0.01);
    expect(initStd({ scheme: 'xavier' }, 100)).toBeCloseTo(0.1, 15);
    expect(initStd({ scheme: 'he' }, 50)).toBeCloseTo(0.2, 15);
  });
});

describe('initMlp(net, seed)', () => {
  it('draws W with the scheme’s std (20 000 draws: within 2%)', () => {
    for (const [init, std] of [
      [{ scheme: 'gaussian', std: 1 }, 1],
      [{ scheme: 'xavier' }, Math.sqrt(1 / 200)],
      [{ scheme: 'he' }, Math.sqrt(2 / 200)],
    ] as const) {
      expect(Math.abs(weightStd(init).std / std - 1)).toBeLessThan(0.02);
    }
  });
  it('sets biases to 0, γ to 1, β to 0, running mean 0 and variance 1', () => {
    const net = createMlp(
      { inputSize: 3, hidden: [{ units: 4, activation: 'tanh' }], outputSize: 2, init: { scheme: 'xavier' }, loss: 'mse', batchNorm: 'after' },
      'f64',
    );
    initMlp(net, 2);
    const L = net.layout.layers[0];
    expect(Array.from(net.params.subarray(L.b, L.b + 4))).toEqual([0, 0, 0, 0]);
    expect(Array.from(net.params.subarray(L.gamma, L.gamma + 4))).toEqual([1, 1, 1, 1]);
    expect(Array.from(net.params.subarray(L.beta, L.beta + 4))).toEqual([0, 0, 0, 0]);
    expect(Array.from(net.running)).toEqual([0, 0, 0, 0, 1, 1, 1, 1]);
  });
  it('is a function of the seed', () => {
    expect(weightStd({ scheme: 'he' }, 3).net.params).toEqual(weightStd({ scheme: 'he' }, 3).net.params);
    expect(weightStd({ scheme: 'he' }, 3).net.params).not.toEqual(weightStd({ scheme: 'he' }, 4).net.params);
  });
});
