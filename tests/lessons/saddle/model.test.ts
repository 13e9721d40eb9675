// The saddle lesson's model: escape steps at the defaults, noise on the exact saddle line, the closed form of GD, table rows.
import { describe, expect, it } from 'vitest';
import { OPTIMIZER_NAMES } from '../../../src/engine/optimizers';
import { monkey, plateau, saddle } from '../../../src/engine/surfaces/saddles';
import { defaults } from '../../../src/state/params';
import { escapeStep, hyperOf, pathRows, runPath, type RunSettings } from '../../../src/lessons/saddle/model';
import { RATE_PARAM, saddleParams } from '../../../src/lessons/saddle/params';

const D = defaults(saddleParams);
const run = (name: (typeof OPTIMIZER_NAMES)[number], s: Partial<RunSettings> = {}) =>
  runPath(name, hyperOf(name, D[RATE_PARAM[name]]), { obj: saddle, x0: D.x0, steps: D.steps, sigma: 0, seed: 1, ...s });

describe('escapeStep', () => {
  it('is the first index below the level, or null', () => {
    expect(escapeStep([0, -0.5, -1, -1.2, -3], 4)).toBe(3);
    expect(escapeStep([0, -0.5, -1], 2)).toBeNull();
    expect(escapeStep([0, -2], 0)).toBeNull();
  });
});

describe('runPath on x² − y² from (−1.5, 0.001)', () => {
  it('gradient descent follows x₂ₖ = 0.001·(1 + 2η)ᵏ, x₁ₖ = −1.5·(1 − 2η)ᵏ and escapes when x₂² − x₁² > 1', () => {
    const p = run('sgd');
    const eta = D['sgd.lr'];
    for (const k of [1, 10, 30]) {
      expect(p.x[2 * k]).toBeCloseTo(-1.5 * (1 - 2 * eta) ** k, 12);
      expect(p.x[2 * k + 1]).toBeCloseTo(0.001 * (1 + 2 * eta) ** k, 12);
    }
    let k = 0;
    while (!((1.5 * (1 - 2 * eta) ** k) ** 2 - (0.001 * (1 + 2 * eta) ** k) ** 2 < -1)) k++;
    expect(p.escape).toBe(k);
  });
  it('momentum, RMSProp and Adam escape in fewer steps than plain gradient descent at the defaults', () => {
    const sgd = run('sgd').escape!;
    expect(sgd).toBeGreaterThan(0);
    for (const name of ['momentum', 'rmsprop', 'adam'] as const) {
      const e = run(name).escape;
      expect(e).not.toBeNull();
      expect(e!).toBeLessThan(sgd);
    }
  });
  it('on the exact line x₂ = 0 nothing escapes without noise; with σ = 0.01 gradient descent does', () => {
    for (const name of OPTIMIZER_NAMES) expect(run(name, { x0: [-1.5, 0] }).escape).toBeNull();
    expect(run('sgd', { x0: [-1.5, 0], sigma: 0.01 }).escape).not.toBeNull();
  });
  it('noise is reproducible from the seed and changes with it', () => {
    const a = run('sgd', { sigma: 0.1, seed: 4 });
    const b = run('sgd', { sigma: 0.1, seed: 4 });
    const c = run('sgd', { sigma: 0.1, seed: 5 });
    expect(Array.from(a.x)).toEqual(Array.from(b.x));
    expect(a.x[2]).not.toBe(c.x[2]);
  });
  it('a path stops once it leaves the ±10 box; the table has its rows with f = x₁² − x₂²', () => {
    const p = run('sgd', { steps: 400 });
    expect(p.left).toBe(true);
    expect(Math.abs(p.x[2 * p.last + 1])).toBeGreaterThan(10);
    expect(Math.abs(p.x[2 * p.last - 1])).toBeLessThanOrEqual(10);
    const rows = pathRows([p]);
    expect(rows.length).toBe(p.last + 1);
    for (const { x1, x2, f } of rows) expect(f).toBeCloseTo(x1 * x1 - x2 * x2, 12);
  });
});

describe('the plateau and the monkey saddle at the defaults', () => {
  it('RMSProp and Adam leave the plateau sooner than gradient descent', () => {
    const on = (name: (typeof OPTIMIZER_NAMES)[number]) => run(name, { obj: plateau, x0: [-1.5, 0] }).escape!;
    expect(on('rmsprop')).toBeLessThan(on('sgd'));
    expect(on('adam')).toBeLessThan(on('sgd'));
  });
  it('every optimizer leaves the monkey saddle from (1.5, 0.001) within the default steps', () => {
    for (const name of OPTIMIZER_NAMES) expect(run(name, { obj: monkey, x0: [1.5, 0.001] }).escape).not.toBeNull();
  });
});
