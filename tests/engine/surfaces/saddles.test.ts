// The saddle surfaces: gradients against central finite differences, and the shapes the lesson states.
import { describe, expect, it } from 'vitest';
import { monkey, plateau, saddle, SADDLE_SURFACES } from '../../../src/engine/surfaces/saddles';

const POINTS: [number, number][] = [[-1.5, 1e-3], [0.3, -0.7], [1.2, 1.9], [-0.4, 2.6], [0, 0], [1.5, -0.2]];

describe('saddle surfaces', () => {
  for (const [name, obj] of Object.entries(SADDLE_SURFACES)) {
    it(`${name}: the gradient matches central differences`, () => {
      const g = new Float64Array(2);
      const h = 1e-6;
      for (const [a, b] of POINTS) {
        obj.grad(a, b, g);
        expect(g[0]).toBeCloseTo((obj.f(a + h, b) - obj.f(a - h, b)) / (2 * h), 6);
        expect(g[1]).toBeCloseTo((obj.f(a, b + h) - obj.f(a, b - h)) / (2 * h), 6);
      }
    });
  }
  it('x² − y² and the monkey saddle have a zero gradient at the origin, up and down directions around it', () => {
    const g = new Float64Array(2);
    for (const obj of [saddle, monkey]) {
      obj.grad(0, 0, g);
      expect([g[0], g[1]]).toEqual([0, -0]);
    }
    expect(saddle.f(0.1, 0)).toBeGreaterThan(0);
    expect(saddle.f(0, 0.1)).toBeLessThan(0);
    // Re z³: down at 180° and ±60°, up at 0° and ±120°.
    const at = (deg: number) => monkey.f(Math.cos((deg * Math.PI) / 180), Math.sin((deg * Math.PI) / 180));
    expect(at(180)).toBeCloseTo(-1, 12);
    expect(at(60)).toBeCloseTo(-1, 12);
    expect(at(-60)).toBeCloseTo(-1, 12);
    expect(at(120)).toBeCloseTo(1, 12);
  });
  it('the plateau is nearly flat at x₂ = 0 and drops by 2 past x₂ = 1', () => {
    const g = new Float64Array(2);
    plateau.grad(0, 0, g);
    // ∂f/∂x₂ = −3 sech²(−3) = −12 / (e³ + e⁻³)².
    expect(g[1]).toBeCloseTo(-12 / (Math.exp(3) + Math.exp(-3)) ** 2, 12);
    expect(Math.abs(g[1])).toBeLessThan(0.03);
    expect(plateau.f(0, -3) - plateau.f(0, 5)).toBeCloseTo(2, 6);
  });
});
