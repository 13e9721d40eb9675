// The backprop lesson's model: the course's sigmoid example by hand, every gradient against the engine (the oracle) and against finite differences.
import { describe, expect, it } from 'vitest';
import { backward, createMlp, createWorkspace, forward, lossForward } from '../../../src/engine/nn';
import {
  backwardPass,
  EXAMPLE_WEIGHTS,
  forwardPass,
  getParam,
  gradientRows,
  numericGradient,
  PARAMS,
  relativeError,
  seededWeights,
  type Weights,
} from '../../../src/lessons/backprop/model';

/** The engine's f64 gradients of the same 2–3–2 net (sigmoid hidden layer, softmax cross-entropy), by parameter name. */
function engineGrads(w: Weights, x: number[], target: number): { loss: number; grads: Map<string, number> } {
  const net = createMlp({ inputSize: 2, hidden: [{ units: 3, activation: 'sigmoid' }], outputSize: 2, init: { scheme: 'xavier' }, loss: 'softmax-ce' }, 'f64');
  const [L1, L2] = net.layout.layers;
  for (let i = 0; i < 2; i++) for (let j = 0; j < 3; j++) net.params[L1.W + i * 3 + j] = w.W[i][j];
  for (let j = 0; j < 3; j++) net.params[L1.b + j] = w.b[j];
  for (let j = 0; j < 3; j++) for (let k = 0; k < 2; k++) net.params[L2.W + j * 2 + k] = w.V[j][k];
  for (let k = 0; k < 2; k++) net.params[L2.b + k] = w.c[k];
  const ws = createWorkspace(net, 1);
  forward(net, ws, Float64Array.from(x), 1, { train: true, step: 0 });
  const loss = lossForward(net, ws, Uint8Array.of(target), true);
  backward(net, ws);
  const grads = new Map<string, number>();
  for (let i = 0; i < 2; i++) for (let j = 0; j < 3; j++) grads.set(`w${i + 1}${j + 1}`, net.grads[L1.W + i * 3 + j]);
  for (let j = 0; j < 3; j++) grads.set(`b${j + 1}`, net.grads[L1.b + j]);
  for (let j = 0; j < 3; j++) for (let k = 0; k < 2; k++) grads.set(`v${j + 1}${k + 1}`, net.grads[L2.W + j * 2 + k]);
  for (let k = 0; k < 2; k++) grads.set(`c${k + 1}`, net.grads[L2.b + k]);
  return { loss, grads };
}

const CASES: { name: string; w: Weights; x: number[]; target: number }[] = [
  { name: 'the example weights, x = (1, −1), class 1', w: EXAMPLE_WEIGHTS, x: [1, -1], target: 0 },
  { name: 'the example weights, x = (1, −1), class 2', w: EXAMPLE_WEIGHTS, x: [1, -1], target: 1 },
  { name: 'seed 1, x = (0.3, 2.5), class 2', w: seededWeights(1), x: [0.3, 2.5], target: 1 },
  { name: 'seed 77, x = (−3, 0.7), class 1', w: seededWeights(77), x: [-3, 0.7], target: 0 },
  { name: 'seed 4242, x = (0, 0), class 1', w: seededWeights(4242), x: [0, 0], target: 0 },
];

describe('forwardPass', () => {
  it('reproduces the course’s sigmoid example: x = (1, −1) gives z = 4 and −2, σ ≈ 0.98 and 0.12', () => {
    const f = forwardPass(EXAMPLE_WEIGHTS, [1, -1], 0);
    // By hand: z₁ = 1·1 + (−2)(−1) + 1 = 4, z₂ = (−1)·1 + 1·(−1) + 0 = −2, z₃ = 0.5 − 0.5 − 0.5 = −0.5.
    expect(f.z).toEqual([4, -2, -0.5]);
    expect(f.a[0]).toBeCloseTo(1 / (1 + Math.exp(-4)), 15);
    expect(f.a[0]).toBeCloseTo(0.98, 2);
    expect(f.a[1]).toBeCloseTo(0.12, 2);
  });

  it('gives softmax outputs that sum to 1 and the loss −ln p_target', () => {
    for (const c of CASES) {
      const f = forwardPass(c.w, c.x, c.target);
      expect(f.p[0] + f.p[1]).toBeCloseTo(1, 15);
      expect(f.loss).toBeCloseTo(-Math.log(f.p[c.target]), 12);
    }
  });
});

describe('backwardPass', () => {
  it('∂L/∂u = p − y (softmax with cross-entropy), whatever the target', () => {
    for (const c of CASES) {
      const f = forwardPass(c.w, c.x, c.target);
      const b = backwardPass(c.w, f, c.target);
      b.du.forEach((d, k) => expect(d).toBeCloseTo(f.p[k] - (k === c.target ? 1 : 0), 14));
    }
  });

  for (const c of CASES) {
    it(`matches the engine’s forward/backward on the same tiny net (${c.name})`, () => {
      const f = forwardPass(c.w, c.x, c.target);
      const b = backwardPass(c.w, f, c.target);
      const oracle = engineGrads(c.w, c.x, c.target);
      expect(f.loss).toBeCloseTo(oracle.loss, 12);
      for (const r of PARAMS) expect(getParam(b.grads, r), r.name).toBeCloseTo(oracle.grads.get(r.name)!, 12);
    });

    it(`agrees with the central finite difference within 1e-6 relative (${c.name})`, () => {
      const f = forwardPass(c.w, c.x, c.target);
      const b = backwardPass(c.w, f, c.target);
      for (const r of PARAMS) {
        const num = numericGradient(c.w, c.x, c.target, r);
        const bp = getParam(b.grads, r);
        // Near-zero gradients (x = 0 makes ∂L/∂w₁ⱼ exactly 0) are judged absolutely.
        if (Math.abs(bp) < 1e-9) expect(Math.abs(num), r.name).toBeLessThan(1e-9);
        else expect(relativeError(bp, num), r.name).toBeLessThan(1e-6);
      }
    });
  }

  it('an input of 0 gives its weights a gradient of exactly 0 (∂L/∂w₁ⱼ = x₁ ∂L/∂z_j)', () => {
    const f = forwardPass(EXAMPLE_WEIGHTS, [0, 1], 0);
    const b = backwardPass(EXAMPLE_WEIGHTS, f, 0);
    expect(b.grads.W[0].map(Math.abs)).toEqual([0, 0, 0]);
    expect(b.grads.W[1].every((g) => g !== 0)).toBe(true);
  });
});

describe('gradientRows', () => {
  it('lists the 17 parameters in table order with both gradients', () => {
    const f = forwardPass(EXAMPLE_WEIGHTS, [1, -1], 0);
    const rows = gradientRows(EXAMPLE_WEIGHTS, [1, -1], 0, backwardPass(EXAMPLE_WEIGHTS, f, 0));
    expect(rows.map((r) => r.param)).toEqual(['w11', 'w12', 'w13', 'w21', 'w22', 'w23', 'b1', 'b2', 'b3', 'v11', 'v12', 'v21', 'v22', 'v31', 'v32', 'c1', 'c2']);
    expect(rows.find((r) => r.param === 'w21')!.value).toBe(-2);
  });
});

describe('seededWeights', () => {
  it('is a function of the seed: the same seed the same weights, another seed others', () => {
    expect(seededWeights(5)).toEqual(seededWeights(5));
    expect(seededWeights(5)).not.toEqual(seededWeights(6));
    expect(seededWeights(5).W.flat().every(Number.isFinite)).toBe(true);
  });
});
