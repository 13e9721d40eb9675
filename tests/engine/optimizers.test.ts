// Optimizers against values derived by hand from the formulas of seed 000 §7 (d2l notation).
import { describe, expect, it } from 'vitest';
import { OPTIMIZERS, initState, type Hyper, type OptimizerName } from '../../src/engine/optimizers';
import { quadratic } from '../../src/engine/objectives/quadratic';

function run(name: OptimizerName, hp: Partial<Hyper>, steps: number, start = [-5, -2]) {
  const opt = OPTIMIZERS[name];
  const x = Float64Array.from(start);
  const g = new Float64Array(2);
  const state = initState(opt, x);
  const h = { ...opt.defaults, ...hp };
  for (let k = 0; k < steps; k++) {
    quadratic.grad(x[0], x[1], g);
    opt.step(x, g, state, h);
  }
  return { x, state };
}

describe('sgd.step', () => {
  it('reproduces the documented sanity value: η = 0.4 from (−5, −2), 20 steps', () => {
    const { x } = run('sgd', { lr: 0.4 }, 20);
    expect(x[0]).toBeCloseTo(-0.943467, 6);
    expect(x[1]).toBeCloseTo(-0.000073, 6);
  });
  it('follows the closed form x_k = (1 − η·2a)^k x_0 on each axis', () => {
    // f = 0.1x1² + 2x2² so ∂f/∂x1 = 0.2x1 and ∂f/∂x2 = 4x2: each step multiplies by (1 − 0.2η) and (1 − 4η).
    const { x } = run('sgd', { lr: 0.6 }, 7);
    expect(x[0]).toBeCloseTo(-5 * Math.pow(1 - 0.12, 7), 12);
    expect(x[1]).toBeCloseTo(-2 * Math.pow(1 - 2.4, 7), 9);
    expect(Math.abs(x[1])).toBeGreaterThan(2); // η = 0.6 diverges along x2 (|1 − 2.4| > 1)
  });
});

describe('momentum.step', () => {
  it('matches two hand-computed steps with η = 0.4, γ = 0.5', () => {
    // step 1: g = (−1, −8); v = 0.4g = (−0.4, −3.2); x = (−4.6, 1.2)
    // step 2: g = (−0.92, 4.8); v = 0.5(−0.4, −3.2) + 0.4g = (−0.568, 0.32); x = (−4.032, 0.88)
    const { x, state } = run('momentum', { lr: 0.4, gamma: 0.5 }, 2);
    expect(x[0]).toBeCloseTo(-4.032, 12);
    expect(x[1]).toBeCloseTo(0.88, 12);
    expect(state.v[0]).toBeCloseTo(-0.568, 12);
    expect(state.v[1]).toBeCloseTo(0.32, 12);
  });
  it('with γ = 0 is plain SGD', () => {
    const a = run('momentum', { lr: 0.3, gamma: 0 }, 15).x;
    const b = run('sgd', { lr: 0.3 }, 15).x;
    expect(Array.from(a)).toEqual(Array.from(b));
  });
});

describe('adagrad.step', () => {
  it('first step moves each coordinate by η·g/√(g² + ε) ≈ η', () => {
    const { x, state } = run('adagrad', { lr: 0.4 }, 1);
    // g = (−1, −8): s = (1, 64); Δ = 0.4·(−1)/√(1+1e-6), 0.4·(−8)/√(64+1e-6)
    expect(x[0]).toBeCloseTo(-5 + 0.4 / Math.sqrt(1 + 1e-6), 12);
    expect(x[1]).toBeCloseTo(-2 + (0.4 * 8) / Math.sqrt(64 + 1e-6), 12);
    expect(state.s[0]).toBe(1);
    expect(state.s[1]).toBe(64);
  });
  it('accumulates s as the running sum of squared gradients', () => {
    const { state } = run('adagrad', { lr: 0.4 }, 2);
    // after step 1 x = (−5 + 0.4/√(1+ε), −2 + 3.2/√(64+ε)); second gradients squared add on.
    const x1 = -5 + 0.4 / Math.sqrt(1 + 1e-6);
    const x2 = -2 + 3.2 / Math.sqrt(64 + 1e-6);
    expect(state.s[0]).toBeCloseTo(1 + (0.2 * x1) ** 2, 12);
    expect(state.s[1]).toBeCloseTo(64 + (4 * x2) ** 2, 12);
  });
});

describe('rmsprop.step', () => {
  it('first step with γ = 0.9: s = 0.1 g², step = η g / √(0.1 g² + ε)', () => {
    const { x } = run('rmsprop', { lr: 0.4, gamma: 0.9 }, 1);
    expect(x[0]).toBeCloseTo(-5 + 0.4 / Math.sqrt(0.1 + 1e-6), 12);
    expect(x[1]).toBeCloseTo(-2 + (0.4 * 8) / Math.sqrt(6.4 + 1e-6), 12);
  });
});

describe('adadelta.step', () => {
  it('first step with ρ = 0.9: g′ = √(ε/(0.1g² + ε)) g and Δx = 0.1 g′²', () => {
    const { x, state } = run('adadelta', { rho: 0.9 }, 1);
    const eps = 1e-5;
    const g1 = -1, g2 = -8;
    const p1 = Math.sqrt(eps / (0.1 * g1 * g1 + eps)) * g1;
    const p2 = Math.sqrt(eps / (0.1 * g2 * g2 + eps)) * g2;
    expect(x[0]).toBeCloseTo(-5 - p1, 12);
    expect(x[1]).toBeCloseTo(-2 - p2, 12);
    expect(state.dx[0]).toBeCloseTo(0.1 * p1 * p1, 15);
    expect(state.dx[1]).toBeCloseTo(0.1 * p2 * p2, 15);
  });
  it('makes progress towards the minimum without a learning rate', () => {
    const { x } = run('adadelta', { rho: 0.9 }, 200);
    expect(quadratic.f(x[0], x[1])).toBeLessThan(quadratic.f(-5, -2));
  });
});

describe('adam.step', () => {
  it('first step moves each coordinate by about η, against the gradient', () => {
    // bias correction makes v̂ = g and ŝ = g², so Δ = η g/(|g| + ε) ≈ η sign(g).
    const { x } = run('adam', { lr: 0.1 }, 1);
    expect(x[0]).toBeCloseTo(-5 + 0.1, 6);
    expect(x[1]).toBeCloseTo(-2 + 0.1, 6);
  });
  it('counts steps in state.t for bias correction', () => {
    const { state } = run('adam', {}, 3);
    expect(state.t).toBe(3);
  });
  it('works on float32 parameter vectors too', () => {
    const opt = OPTIMIZERS.adam;
    const x = Float32Array.from([1, -1]);
    const st = initState(opt, x);
    expect(st.v).toBeInstanceOf(Float32Array);
    opt.step(x, Float32Array.from([2, -3]), st, { ...opt.defaults, lr: 0.01 });
    expect(x[0]).toBeCloseTo(0.99, 5);
    expect(x[1]).toBeCloseTo(-0.99, 5);
  });
});
