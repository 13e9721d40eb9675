// "Reproduce in Python" for the optimizer paths: the exported numpy script, run by python3, prints the figure's table as
// the engine computes it (the CPU model is the oracle), for the defaults, the book's function, a diverging run and Chinese
// comments; it imports numpy only and carries one class per shown optimizer.
import { describe, expect, it } from 'vitest';
import { tableRows, trajectories } from '../../../src/lessons/optimizers/model';
import { optimizersParams } from '../../../src/lessons/optimizers/params';
import { optimizersScript } from '../../../src/lessons/optimizers/python';
import { defaults } from '../../../src/state/params';
import type { OptimizersValues } from '../../../src/lessons/optimizers/params';
import { expectTablesClose, parseCsv, runPython } from '../../helpers/python';

/** Equal within 1e-12 relative (the only difference allowed: pow() of the C library against V8's, in Adam's bias terms). */
const expectClose = (actual: (string | number)[][], expected: (string | number)[][]) => expectTablesClose(actual, expected, 1e-12);

const base = defaults(optimizersParams) as OptimizersValues;

describe('the optimizer paths exported as a numpy script', () => {
  it('is self-contained: numpy and sys only, one class per shown optimizer, the settings written in', () => {
    const v = { ...base, opt: ['sgd', 'adam'] } as OptimizersValues;
    const script = optimizersScript(v, 'en');
    const imports = script.split('\n').filter((l) => /^\s*(import|from)\s/.test(l));
    expect(imports).toEqual(['import sys', 'import numpy as np']);
    expect(script).toContain('class SGD:');
    expect(script).toContain('class Adam:');
    expect(script).not.toContain('class Momentum:');
    expect(script).toContain('STEPS = 20');
    expect(script).toContain('X0 = (-5, -2)');
  });

  it.each([
    ['the defaults (six optimizers on 0.1 x1² + 2 x2²)', base],
    ['the book’s x²/20 + y², 60 steps from (−7, 2), changed hyperparameters', { ...base, fn: 'book', steps: 60, x0: [-7, 2], 'momentum.gamma': 0.9, 'adam.lr': 0.3, 'rmsprop.gamma': 0.99, 'adadelta.rho': 0.95 }],
    ['a diverging SGD (η = 0.6 on 2 x2²: |1 − 4η| > 1) beside AdaGrad', { ...base, opt: ['sgd', 'adagrad'], 'sgd.lr': 0.6, steps: 200 }],
  ])('prints the figure’s table for %s', (_, values) => {
    const v = values as OptimizersValues;
    const { head, rows } = parseCsv(runPython(optimizersScript(v, 'en')));
    expect(head).toEqual(['optimizer', 'step', 'x1', 'x2', 'f']);
    expectClose(rows, tableRows(trajectories(v)).map((r) => [r.optimizer, r.step, r.x1, r.x2, r.f]));
  });

  it('writes its comments in Chinese for a Chinese page, and prints the same table', () => {
    const zh = optimizersScript(base, 'zh');
    expect(zh).toMatch(/运行：python3/);
    expect(zh).not.toMatch(/Prints the figure/);
    expect(runPython(zh)).toBe(runPython(optimizersScript(base, 'en')));
  });
});
