// "Reproduce in Python" for the saddle paths: the exported numpy script, run by python3, prints the figure's table as the
// lesson's model computes it (the oracle), on each surface, with seeded gradient noise, and for a path that leaves the box.
import { describe, expect, it } from 'vitest';
import { pathRows, runAll } from '../../../src/lessons/saddle/model';
import { saddleParams } from '../../../src/lessons/saddle/params';
import { saddleScript } from '../../../src/lessons/saddle/python';
import { defaults } from '../../../src/state/params';
import type { SaddleValues } from '../../../src/lessons/saddle/params';
import { expectTablesClose, parseCsv, runPython } from '../../helpers/python';

const base = defaults(saddleParams) as SaddleValues;

/** Equal within 1e-12 relative: libm's tanh, cosh, log and cos against V8's may differ in the last bits. */
function expectSameTable(v: SaddleValues) {
  const { head, rows } = parseCsv(runPython(saddleScript(v, 'en')));
  expect(head).toEqual(['optimizer', 'step', 'x1', 'x2', 'f']);
  expectTablesClose(rows, pathRows(runAll(v)).map((r) => [r.optimizer, r.step, r.x1, r.x2, r.f]), 1e-12);
}

describe('the saddle paths exported as a numpy script', () => {
  it('is self-contained: math, sys and numpy only, the shown optimizers, the settings written in', () => {
    const v = { ...base, opt: ['momentum', 'adadelta'], sigma: 0.05, seed: 7 } as SaddleValues;
    const script = saddleScript(v, 'en');
    const imports = script.split('\n').filter((l) => /^\s*(import|from)\s/.test(l));
    expect(imports).toEqual(['import math', 'import sys', 'import numpy as np']);
    expect(script).toContain('class Momentum:');
    expect(script).toContain('class AdaDelta:');
    expect(script).not.toContain('class Adam:');
    expect(script).toContain('SIGMA = 0.05');
    expect(script).toContain('SEED = 7');
  });

  it('prints the figure’s table for the defaults (six optimizers at the saddle x₁² − x₂²)', () => expectSameTable(base));

  it('prints the same noisy paths for σ > 0 (the engine’s Gaussian draws, ported)', () => {
    const v = { ...base, sigma: 0.1, seed: 3 } as SaddleValues;
    expect(pathRows(runAll(v))).not.toEqual(pathRows(runAll(base)));
    expectSameTable(v);
  });

  it.each([
    ['the monkey saddle', { fn: 'monkey', x0: [1.5, 0.001] as const }],
    ['the plateau, with noise', { fn: 'plateau', x0: [-1.5, 0] as const, sigma: 0.02, seed: 11 }],
  ])('prints the figure’s table on %s', (_, change) => expectSameTable({ ...base, ...change } as SaddleValues));

  it('stops a path where the page stops it, once it leaves the ±10 box', () => {
    const v = { ...base, steps: 400, 'sgd.lr': 0.9 } as SaddleValues;
    const sgd = runAll(v).find((p) => p.name === 'sgd');
    expect(sgd?.left).toBe(true);
    expectSameTable(v);
  });

  it('writes its comments in Chinese for a Chinese page, and prints the same table', () => {
    const zh = saddleScript(base, 'zh');
    expect(zh).toMatch(/运行：python3/);
    expect(runPython(zh)).toBe(runPython(saddleScript(base, 'en')));
  });
});
