// The gradients lesson's pure model: the net and run from URL values, relative weight change, f′ from activations, verdicts.
import { describe, expect, it } from 'vitest';
import { createTrainer } from '../../../src/engine/train';
import { paramLayout, resolveSpec } from '../../../src/engine/nn';
import { defaults } from '../../../src/state/params';
import {
  BATCH,
  deepNet,
  deepRun,
  derivativeAt,
  initOf,
  layerRatios,
  meanDerivative,
  geometricMean,
  relativeChange,
  remedyRuns,
  verdictOf,
} from '../../../src/lessons/gradients/model';
import { gradientsParams, type GradientsValues } from '../../../src/lessons/gradients/params';
import { mnistSmall } from '../../engine/train/mnistFixtures';

const DEFAULTS = defaults(gradientsParams) as GradientsValues;
const values = (over: Partial<GradientsValues>): GradientsValues => ({ ...DEFAULTS, ...over });

describe('deepNet(values) and deepRun(values)', () => {
  it('build depth × units hidden layers of the chosen activation, with init, batch norm, residual links and the leaky slope', () => {
    const s = deepNet(values({ act: 'leaky', k: 0.02, depth: 3, units: 20, init: 'custom', std: 0.3, bn: 'after', residual: 'on' }));
    expect(s.hidden).toEqual([1, 2, 3].map(() => ({ units: 20, activation: 'leaky-relu' })));
    expect([s.inputSize, s.outputSize, s.loss]).toEqual([784, 10, 'softmax-ce']);
    expect(s.init).toEqual({ scheme: 'gaussian', std: 0.3 });
    expect([s.batchNorm, s.residual, s.leakySlope]).toEqual(['after', true, 0.02]);
    expect(deepNet(values({})).batchNorm).toBe('none');
  });

  it('maps every init value to its scheme', () => {
    expect(initOf('std1', 0.5)).toEqual({ scheme: 'gaussian', std: 1 });
    expect(initOf('std001', 0.5)).toEqual({ scheme: 'gaussian', std: 0.01 });
    expect(initOf('xavier', 0.5)).toEqual({ scheme: 'xavier' });
    expect(initOf('he', 0.5)).toEqual({ scheme: 'he' });
    expect(initOf('custom', 0.5)).toEqual({ scheme: 'gaussian', std: 0.5 });
  });

  it('trains one member with SGD at the URL’s rate, clipping and L2, batch 100, on 1000 digits', () => {
    const r = deepRun(values({ lr: 0.05, clip: 1, l2: 0.01, seed: 7, epochs: 3 }));
    expect(r.members).toEqual([{ seed: 7, hyper: { optimizer: 'sgd', lr: 0.05, batchSize: BATCH, clipNorm: 1, weightDecay: 0.01 } }]);
    expect(r.data).toEqual({ kind: 'mnist', nTrain: 1000, nTest: 0 });
    expect(r.options?.epochs).toBe(3);
  });
});

describe('remedyRuns(values) and geometricMean(xs)', () => {
  it('trains the URL’s net four ways: sigmoid + Xavier, ReLU + He, sigmoid + batch norm, sigmoid + residual; no clipping or L2', () => {
    const runs = remedyRuns(values({ depth: 4, units: 30, lr: 0.2, seed: 5, clip: 3, l2: 0.01, act: 'tanh', init: 'std1' }));
    expect(runs.map((r) => [r.spec.hidden[0].activation, r.spec.init.scheme, r.spec.batchNorm, r.spec.residual])).toEqual([
      ['sigmoid', 'xavier', 'none', false],
      ['relu', 'he', 'none', false],
      ['sigmoid', 'xavier', 'before', false],
      ['sigmoid', 'xavier', 'none', true],
    ]);
    runs.forEach((r) => {
      expect([r.spec.hidden.length, r.spec.hidden[0].units]).toEqual([4, 30]);
      expect(r.members).toEqual([{ seed: 5, hyper: { optimizer: 'sgd', lr: 0.2, batchSize: BATCH, clipNorm: 0, weightDecay: 0 } }]);
    });
  });

  it('is exp(mean ln x) over the positive finite values', () => {
    expect(geometricMean([1, 100])).toBeCloseTo(10, 12);
    expect(geometricMean([1e-6, 1e-2, NaN, 0, -1])).toBeCloseTo(1e-4, 15);
    expect(geometricMean([NaN])).toBeNaN();
  });
});

describe('relativeChange(params, initial, layout)', () => {
  it('is ‖W_l − W_l(0)‖ / ‖W_l(0)‖ per dense layer, biases left out', () => {
    // 1 → 2 → 1: W₀ (2 entries) b₀ (2) W₁ (2) b₁ (1).
    const layout = paramLayout(resolveSpec({ inputSize: 1, hidden: [{ units: 2, activation: 'relu' }], outputSize: 1, init: { scheme: 'he' }, loss: 'mse' }));
    const initial = [3, 4, 9, 9, 1, 0, 9];
    const params = [3, 4 + 0.5, -9, 9, 1, 2, 5];
    // Layer 0: ‖(0, 0.5)‖ / ‖(3, 4)‖ = 0.5 / 5; layer 1: ‖(0, 2)‖ / ‖(1, 0)‖ = 2.
    expect(relativeChange(params, initial, layout)).toEqual([0.1, 2]);
  });
});

describe('derivativeAt(act, a, k) and meanDerivative(histogram, act, k)', () => {
  it('writes f′ through the output: sigmoid a(1 − a) ≤ 1/4, tanh 1 − a², ReLU 0/1, leaky k/1', () => {
    expect(derivativeAt('sigmoid', 0.5, 0)).toBe(0.25);
    expect(derivativeAt('sigmoid', 0.9, 0)).toBeCloseTo(0.09, 12);
    expect(derivativeAt('tanh', 0, 0)).toBe(1);
    expect(derivativeAt('tanh', 0.5, 0)).toBe(0.75);
    expect([derivativeAt('relu', 2, 0), derivativeAt('relu', 0, 0)]).toEqual([1, 0]);
    expect([derivativeAt('leaky', 2, 0.01), derivativeAt('leaky', -0.3, 0.01)]).toEqual([1, 0.01]);
  });

  it('averages f′ over a histogram at the bin centres', () => {
    // Sigmoid outputs in two bins of [0, 1]: centres 0.25 and 0.75, both with f′ = 0.1875.
    const h = { layer: 0, lo: 0, hi: 1, counts: Uint32Array.from([5, 5]), total: 10 };
    expect(meanDerivative(h, 'sigmoid', 0)).toBeCloseTo(0.1875, 12);
    // tanh outputs: 1 at centre 0 (f′ = 1), 3 at centre 0.5 (f′ = 0.75) → (1 + 2.25) / 4.
    const t = { layer: 0, lo: -0.25, hi: 0.75, counts: Uint32Array.from([1, 3]), total: 4 };
    expect(meanDerivative(t, 'tanh', 0)).toBeCloseTo(3.25 / 4, 12);
  });

  it('counts the ReLU bin holding 0 as inactive: 3 of 10 outputs at 0 give mean f′ = 0.7 (leaky: 0.7 + 0.3k)', () => {
    const h = { layer: 0, lo: 0, hi: 1, counts: Uint32Array.from([3, 0, 4, 3]), total: 10 };
    expect(meanDerivative(h, 'relu', 0)).toBeCloseTo(0.7, 12);
    const leaky = { layer: 0, lo: -0.2, hi: 0.8, counts: Uint32Array.from([1, 2, 4, 3]), total: 10 };
    // Bins [−0.2, 0.05) holds 0 → k; the rest are positive.
    expect(meanDerivative(leaky, 'leaky', 0.1)).toBeCloseTo((1 * 0.1 + 9) / 10, 12);
    expect(meanDerivative({ layer: 0, lo: 0, hi: 1, counts: new Uint32Array(4), total: 0 }, 'relu', 0)).toBeNaN();
  });
});

describe('layerRatios(norms) and verdictOf(norms, diverged)', () => {
  it('divides each layer’s norm by the next one’s', () => {
    expect(layerRatios([1, 4, 8])).toEqual([0.25, 0.5]);
  });

  it('calls a first layer below 1 % of the output layer vanishing, any norm above 100 or a divergence exploding', () => {
    expect(verdictOf([1e-6, 1e-3, 1], false)).toBe('vanishing');
    expect(verdictOf([0.5, 0.3, 1], false)).toBe('healthy');
    expect(verdictOf([150, 200, 250], false)).toBe('exploding');
    expect(verdictOf([NaN, NaN], false)).toBe('exploding');
    expect(verdictOf([0.5, 1], true)).toBe('exploding');
  });
});

describe('the lesson’s claims on real MNIST digits (CPU engine)', { timeout: 60_000 }, () => {
  const firstNorms = (v: GradientsValues) => {
    const r = deepRun(v);
    const t = createTrainer(r.spec, mnistSmall(1000, 0), r.members[0].hyper, v.seed, r.options);
    return Array.from(t.step(1).steps[0].gradNorms);
  };

  it('under sigmoid + Xavier, 10 layers: each hidden layer shrinks the gradient (sigmoid′ ≤ 1/4), layer 1 gets < 1e-4 of the output’s', () => {
    const g = firstNorms(values({}));
    // Between hidden layers 2 … 10 (same fan-in, Xavier gain ≈ 1) the factor is about mean σ′ ≤ 1/4; layer 1 reads the pixels.
    const ratios = layerRatios(g).slice(1, -1);
    ratios.forEach((r) => expect(r).toBeLessThan(0.5));
    expect(g[0] / g[g.length - 1]).toBeLessThan(1e-4);
  });

  it('under ReLU + He, batch norm or residual links the gradient reaching layer 1 stays within 10× of the last hidden layer’s', () => {
    for (const v of [values({ act: 'relu', init: 'he' }), values({ bn: 'before' }), values({ residual: 'on' })]) {
      const g = firstNorms(v);
      expect(g[0] / g[g.length - 2]).toBeGreaterThan(0.1);
      expect(verdictOf(g, false)).toBe('healthy');
    }
  });

  it('ReLU at std 0.3 explodes and diverges at η = 0.1; clipping at 1 keeps the same run finite', () => {
    const run = (clip: number) => {
      const v = values({ act: 'relu', init: 'custom', std: 0.3, clip, epochs: 2 });
      const r = deepRun(v);
      return createTrainer(r.spec, mnistSmall(1000, 0), r.members[0].hyper, v.seed, r.options).step(20);
    };
    const free = run(0);
    expect(Math.max(...free.steps[0].gradNorms)).toBeGreaterThan(100);
    expect(free.stopped).toBe('diverged');
    const clipped = run(1);
    expect(clipped.stopped).toBe('epochs');
    expect(clipped.steps.every((s) => Number.isFinite(s.loss))).toBe(true);
    expect(clipped.steps[clipped.steps.length - 1].loss).toBeLessThan(clipped.steps[0].loss / 10);
  });
});
