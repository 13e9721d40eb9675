// Whole-network gradients (backward) against central finite differences in float64, layer type by layer type.
import { describe, expect, it } from 'vitest';
import type { ActivationName, HiddenLayerSpec, ModelSpec } from '../../../src/engine/nn';
import { gradCheck, type GradCheckCase } from './gradcheck';

// Tolerance: max |g − ĝ| / (1 + |ĝ|) ≤ 1e-6. Central differences with h = 1e-5 in float64 are accurate to
// ~1e-9 here; a wrong term in any backward formula gives errors of order 1e-2 or more.
const TOL = 1e-6;

const layers = (units: number[], activation: ActivationName): HiddenLayerSpec[] => units.map((u) => ({ units: u, activation }));

function spec(over: Partial<ModelSpec> = {}): ModelSpec {
  return { inputSize: 5, hidden: layers([6, 4], 'tanh'), outputSize: 3, init: { scheme: 'xavier' }, loss: 'softmax-ce', ...over };
}

function expectGradientsMatch(c: GradCheckCase) {
  const r = gradCheck(c);
  expect(r.maxGrad).toBeGreaterThan(1e-3);
  expect(r.maxError).toBeLessThan(TOL);
}

describe('backward(net, ws): dense layers and activations', () => {
  for (const activation of ['identity', 'sigmoid', 'tanh', 'relu', 'leaky-relu'] as const) {
    it(`matches finite differences with ${activation} hidden layers and softmax cross-entropy`, () => {
      expectGradientsMatch({ spec: spec({ hidden: layers([6, 5, 4], activation), leakySlope: 0.1 }), n: 7 });
    });
  }
  it('matches finite differences with no hidden layer (softmax regression)', () => {
    expectGradientsMatch({ spec: spec({ hidden: [] }), n: 4 });
  });
});

describe('backward(net, ws): losses and penalties', () => {
  it('matches finite differences for MSE on real-valued targets', () => {
    expectGradientsMatch({ spec: spec({ loss: 'mse' }), n: 6, realTargets: true });
  });
  it('matches finite differences for MSE on labels (one-hot targets)', () => {
    expectGradientsMatch({ spec: spec({ loss: 'mse' }), n: 6 });
  });
  it('matches finite differences with the L2 penalty ½λ‖W‖²', () => {
    expectGradientsMatch({ spec: spec(), n: 5, weightDecay: 0.3 });
  });
  it('matches finite differences with the L1 penalty λ‖W‖₁', () => {
    expectGradientsMatch({ spec: spec(), n: 5, l1: 0.05 });
  });
});

describe('backward(net, ws): batch norm', () => {
  it('matches finite differences in training mode, before the activation', () => {
    expectGradientsMatch({ spec: spec({ batchNorm: 'before', hidden: layers([6, 4], 'sigmoid') }), n: 8 });
  });
  it('matches finite differences in training mode, after the activation', () => {
    expectGradientsMatch({ spec: spec({ batchNorm: 'after', hidden: layers([6, 4], 'relu') }), n: 8 });
  });
  it('matches finite differences in eval mode (running statistics held constant)', () => {
    expectGradientsMatch({ spec: spec({ batchNorm: 'before' }), n: 5, train: false });
    expectGradientsMatch({ spec: spec({ batchNorm: 'after' }), n: 5, train: false });
  });
});

describe('backward(net, ws): dropout and residual connections', () => {
  it('matches finite differences through a fixed dropout mask (same seed and step)', () => {
    expectGradientsMatch({ spec: spec({ hidden: layers([8, 8], 'relu') }), n: 6, dropout: [0.3, 0.5] });
  });
  it("matches finite differences through the book's dropout: the same mask, unscaled in training", () => {
    expectGradientsMatch({ spec: spec({ hidden: layers([8, 8], 'relu') }), n: 6, dropout: [0.3, 0.5], dropoutVariant: 'book' });
  });
  it("matches finite differences through the book's dropout at evaluation (every unit × (1 − p))", () => {
    expectGradientsMatch({ spec: spec({ hidden: layers([8, 8, 8], 'tanh') }), n: 6, dropout: [0.2, 0.5, 0.4], dropoutVariant: 'book', train: false });
  });
  it('matches finite differences through residual connections', () => {
    expectGradientsMatch({ spec: spec({ hidden: layers([5, 5, 5], 'tanh'), residual: true }), n: 6 });
  });
  it('matches finite differences through residual connections with batch norm before the activation', () => {
    expectGradientsMatch({ spec: spec({ hidden: layers([4, 4, 4], 'sigmoid'), residual: true, batchNorm: 'before' }), n: 10 });
  });
  it('matches finite differences with residuals, batch norm, dropout and both penalties together', () => {
    expectGradientsMatch({
      spec: spec({ hidden: layers([6, 6, 6], 'leaky-relu'), residual: true, batchNorm: 'after', loss: 'mse' }),
      n: 9,
      dropout: [0.2, 0.2, 0.4],
      weightDecay: 0.1,
      l1: 0.01,
      realTargets: true,
    });
  });
});
