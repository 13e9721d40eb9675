// The optimizers lesson model: trajectories from the lesson's parameters, divergence, table rows, formulas.
import { describe, expect, it } from 'vitest';
import { defaults } from '../../../src/state/params';
import { breakBeforeResult, GENERAL, substituted, texNum } from '../../../src/lessons/optimizers/formulas';
import { DIVERGE_FACTOR, hyperOf, tableRows, trajectories } from '../../../src/lessons/optimizers/model';
import { optimizersParams, type OptimizersValues } from '../../../src/lessons/optimizers/params';
import { PRESETS } from '../../../src/lessons/optimizers/presets';

const base = defaults(optimizersParams) as OptimizersValues;
const withP = (over: Partial<Record<string, unknown>>) => ({ ...base, ...over }) as OptimizersValues;

describe('trajectories(params)', () => {
  it('computes one path per shown optimizer, in canonical order, steps + 1 points each', () => {
    const trs = trajectories(withP({ opt: ['adam', 'sgd'], steps: 7 }));
    expect(trs.map((t) => t.name)).toEqual(['adam', 'sgd']);
    for (const t of trs) expect(t.x.length).toBe(2 * 8);
  });
  it('marks GD η = 0.6 as diverged at the first step where f exceeds the limit', () => {
    const [tr] = trajectories(withP({ opt: ['sgd'], 'sgd.lr': 0.6, steps: 30 }));
    // x2_k = −2·(−1.4)^k dominates; f ≈ 2·x2² + 0.1·x1² with x1_k = −5·0.88^k.
    const f = (k: number) => 0.1 * (5 * 0.88 ** k) ** 2 + 2 * (2 * 1.4 ** k) ** 2;
    let first = 0;
    while (f(first) <= DIVERGE_FACTOR * f(0)) first++;
    expect(tr.divergedAt).toBe(first);
  });
  it('does not mark the converging seed cases as diverged (only GD at η = 0.6 is)', () => {
    for (const p of PRESETS) {
      for (const tr of trajectories(withP(p.values))) {
        const gd06 = tr.name === 'sgd' && tr.hp.lr === 0.6;
        expect(tr.divergedAt === null, `${p.id}/${tr.name}`).toBe(!gd06);
      }
    }
  });
  it('reads each optimizer’s own hyperparameters', () => {
    const p = withP({ 'momentum.lr': 0.1, 'momentum.gamma': 0.9, 'adam.beta2': 0.99 });
    expect(hyperOf('momentum', p)).toMatchObject({ lr: 0.1, gamma: 0.9 });
    expect(hyperOf('adam', p)).toMatchObject({ beta2: 0.99, eps: 1e-8 });
    expect(hyperOf('adagrad', p).eps).toBe(1e-6);
    expect(hyperOf('adadelta', p).eps).toBe(1e-5);
  });
});

describe('tableRows', () => {
  it('has columns optimizer, step, x1, x2, f with step 0 the start', () => {
    const rows = tableRows(trajectories(withP({ opt: ['sgd'], steps: 3, x0: [1, 1] })));
    expect(rows.length).toBe(4);
    expect(rows[0]).toEqual({ optimizer: 'sgd', step: 0, x1: 1, x2: 1, f: 2.1 });
  });
});

describe('substituted(trajectory, k)', () => {
  it('shows the momentum step with the hand-computed numbers', () => {
    const [tr] = trajectories(withP({ opt: ['momentum'], steps: 2 }));
    const lines = substituted(tr, 2).join(' ');
    expect(lines).toContain('(-0.568,\\ 0.32)');
    expect(lines).toContain('(-4.032,\\ 0.88)');
  });
  it('has a line for every optimizer at every step, and a general formula', () => {
    for (const tr of trajectories(withP({ steps: 3 }))) {
      expect(GENERAL[tr.name].length).toBeGreaterThan(0);
      for (let k = 0; k <= 3; k++) expect(substituted(tr, k).length).toBeGreaterThan(0);
    }
  });
  it('formats non-finite numbers for TeX', () => {
    expect(texNum(Infinity)).toBe('\\infty');
    expect(texNum(NaN)).toBe('\\text{NaN}');
    expect(texNum(1.5e-7)).toBe('1.5\\times10^{-7}');
  });
});

describe('breakBeforeResult', () => {
  it('puts the result of a chained equation on its own aligned line', () => {
    expect(breakBeforeResult('a = b + c = 3')).toBe('\\begin{aligned} a &= b + c \\\\ &= 3 \\end{aligned}');
  });
  it('leaves a single equation alone', () => {
    expect(breakBeforeResult('a = 3')).toBe('a = 3');
  });
});
