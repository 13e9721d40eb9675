// The initialization experiment of seed 004 §二 reproduces the book's qualitative findings.
import { describe, expect, it } from 'vitest';
import { activationHistograms, diagnose, weightStd, type HistogramParams } from '../../../src/engine/experiments/activationHistograms';
import { STREAM, gaussian, streamWord } from '../../../src/engine/rng';

const base: HistogramParams = { act: 'sigmoid', init: 'std1', std: 0.1, layers: 5, units: 100, seed: 1 };
const run = (over: Partial<HistogramParams>) => activationHistograms({ ...base, ...over });

describe('weightStd', () => {
  it('follows the definitions: Xavier √(1/n), He √(2/n)', () => {
    expect(weightStd('xavier', 100, 0)).toBeCloseTo(0.1, 12);
    expect(weightStd('he', 50, 0)).toBeCloseTo(0.2, 12);
    expect(weightStd('custom', 100, 0.3)).toBe(0.3);
  });
});

describe('activationHistograms', () => {
  it('bins every activation: counts sum to samples × units per layer, 30 bins', () => {
    for (const l of run({ samples: 200 })) {
      expect(l.counts.length).toBe(30);
      expect(l.counts.reduce((a, b) => a + b, 0)).toBe(200 * 100);
    }
  });
  it('std 1 + sigmoid piles activations up at 0 and 1 (saturation: vanishing gradients)', () => {
    const layers = run({ init: 'std1' });
    for (const l of layers) {
      const edges = l.counts[0] + l.counts[29];
      expect(edges / (1000 * 100)).toBeGreaterThan(0.4);
    }
  });
  it('std 0.01 + sigmoid crowds every layer around 0.5 (no diversity)', () => {
    // Layer 1: z = Σ₁₀₀ x·w has std 0.01·√100 = 0.1, and σ′(0) = ¼, so the outputs have std ≈ 0.025; deeper
    // layers see inputs ≈ 0.5 and spread even less. Nearly everything lands in the bins covering [0.4, 0.6].
    for (const l of run({ init: 'std001' })) {
      expect(Math.abs(l.mean - 0.5)).toBeLessThan(0.01);
      expect(l.std).toBeLessThan(0.04);
      const middle = l.counts.slice(12, 18).reduce((a, b) => a + b, 0);
      expect(middle / (1000 * 100)).toBeGreaterThan(0.99);
    }
  });
  it('Xavier + sigmoid keeps a broad spread in deep layers, unlike std 0.01', () => {
    const xavier = run({ init: 'xavier' });
    const small = run({ init: 'std001' });
    expect(xavier[4].std).toBeGreaterThan(5 * small[4].std);
    expect(xavier[4].saturated).toBeLessThan(0.05);
  });
  it('tanh + Xavier is centred on 0', () => {
    for (const l of run({ act: 'tanh', init: 'xavier' })) expect(Math.abs(l.mean)).toBeLessThan(0.05);
  });
  it('ReLU: He keeps the spread from layer to layer while Xavier shrinks it', () => {
    const he = run({ act: 'relu', init: 'he' });
    const xavier = run({ act: 'relu', init: 'xavier' });
    // Under He, Var is preserved: the last layer's std stays within a factor 2 of the first's.
    expect(he[4].std / he[0].std).toBeGreaterThan(0.5);
    expect(he[4].std / he[0].std).toBeLessThan(2);
    // Under Xavier, each ReLU layer halves the second moment: five layers shrink std by about √(1/2)^4.
    expect(xavier[4].std / xavier[0].std).toBeLessThan(0.4);
    expect(he[0].dead).toBeGreaterThan(0.4);
  });
  it('matches a direct computation a_l = f(a_{l−1}·σG_l), also for the schemes after the first (whose first product is reused)', () => {
    const [n, u, L, seed] = [40, 12, 3, 9];
    const f = { sigmoid: (x: number) => 1 / (1 + Math.exp(-x)), tanh: Math.tanh, relu: (x: number) => Math.max(0, x) };
    for (const [act, init] of [['tanh', 'xavier'], ['relu', 'he'], ['sigmoid', 'std1'], ['tanh', 'custom']] as const) {
      const std = weightStd(init, u, 0.3);
      let a = Array.from({ length: n * u }, (_, i) => gaussian(seed, streamWord(STREAM.data, 0), i));
      const got = activationHistograms({ act, init, std: 0.3, layers: L, units: u, seed, samples: n });
      for (let l = 0; l < L; l++) {
        const G = (e: number) => gaussian(seed, streamWord(STREAM.init, l), e);
        const z = Array.from({ length: n * u }, (_, k) => {
          const [i, j] = [Math.floor(k / u), k % u];
          let s = 0;
          for (let p = 0; p < u; p++) s += a[i * u + p] * G(p * u + j);
          return s * std;
        });
        a = z.map(f[act]);
        const mean = a.reduce((s, v) => s + v, 0) / a.length;
        expect(got[l].mean, `${act} ${init} layer ${l}`).toBeCloseTo(mean, 10);
        expect(got[l].counts.reduce((s, c) => s + c, 0)).toBe(n * u);
      }
    }
  });

  it('is deterministic per seed and changes with it', () => {
    expect(run({ seed: 3 })[2].counts).toEqual(run({ seed: 3 })[2].counts);
    expect(run({ seed: 3 })[2].counts).not.toEqual(run({ seed: 4 })[2].counts);
  });
});

describe('diagnose(layers, act)', () => {
  it('reads the book’s four sigmoid/ReLU cases as the text describes them', () => {
    expect(diagnose(run({ init: 'std1' }), 'sigmoid')).toBe('saturated');
    expect(diagnose(run({ init: 'std001' }), 'sigmoid')).toBe('collapsed');
    expect(diagnose(run({ init: 'xavier' }), 'sigmoid')).toBe('healthy');
    expect(diagnose(run({ act: 'relu', init: 'he' }), 'relu')).toBe('healthy');
    expect(diagnose(run({ act: 'relu', init: 'std001' }), 'relu')).toBe('collapsed');
  });
});
