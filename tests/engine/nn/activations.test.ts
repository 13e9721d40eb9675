// Activations: the scalar records, their derivatives against finite differences, and the array loops.
import { describe, expect, it } from 'vitest';
import { ACTIVATIONS, ACTIVATION_NAMES, LEAKY_SLOPE } from '../../../src/engine/nn';

const xs = [-6, -2.5, -1, -0.3, 0.2, 0.7, 1.5, 4, 9];
const K = 0.1;

describe('ACTIVATIONS registry', () => {
  it('has one record per name, each knowing its own name', () => {
    for (const name of ACTIVATION_NAMES) expect(ACTIVATIONS[name].name).toBe(name);
    expect(LEAKY_SLOPE).toBe(0.01);
  });
});

describe('activation.f', () => {
  it('gives the textbook values', () => {
    expect(ACTIVATIONS.sigmoid.f(0, K)).toBe(0.5);
    expect(ACTIVATIONS.sigmoid.f(-800, K)).toBe(0);
    expect(ACTIVATIONS.sigmoid.f(800, K)).toBe(1);
    expect(ACTIVATIONS.tanh.f(1, K)).toBeCloseTo(Math.tanh(1), 15);
    expect(ACTIVATIONS.relu.f(-2, K)).toBe(0);
    expect(ACTIVATIONS.relu.f(3, K)).toBe(3);
    expect(ACTIVATIONS['leaky-relu'].f(-2, K)).toBeCloseTo(-0.2, 15);
    expect(ACTIVATIONS.identity.f(-2, K)).toBe(-2);
  });
});

describe('activation.df(x, f(x))', () => {
  for (const name of ACTIVATION_NAMES) {
    it(`${name}: matches the central difference of f to 1e-7 away from kinks`, () => {
      const a = ACTIVATIONS[name];
      const h = 1e-6;
      for (const x of xs) {
        const numeric = (a.f(x + h, K) - a.f(x - h, K)) / (2 * h);
        expect(Math.abs(a.df(x, a.f(x, K), K) - numeric)).toBeLessThan(1e-7);
      }
    });
  }
});

describe('activation.forward / backward on arrays', () => {
  for (const name of ACTIVATION_NAMES) {
    it(`${name}: agree with the scalar f and dY·f′, also in place`, () => {
      const a = ACTIVATIONS[name];
      const X = Float64Array.from(xs);
      const Y = new Float64Array(xs.length);
      a.forward(X, Y, xs.length, K);
      const dY = Float64Array.from(xs, (_, i) => i - 3);
      const dX = new Float64Array(xs.length);
      a.backward(X, Y, dY, dX, xs.length, K);
      xs.forEach((x, i) => {
        expect(Y[i]).toBe(a.f(x, K));
        expect(dX[i]).toBeCloseTo(dY[i] * a.df(x, Y[i], K), 14);
      });
      const inPlace = Float64Array.from(dY);
      a.backward(X, Y, inPlace, inPlace, xs.length, K);
      expect(inPlace).toEqual(dX);
    });
  }
});
