// "Reproduce in Python" for the generalization lesson: the exported numpy scripts, run by python3, print the tables the
// CPU engine (the oracle: the lesson's GeneralizationRun, i.e. createTrainer on polynomialData) computes for the same values.
import { describe, expect, it } from 'vitest';
import { fitGrid, GeneralizationRun } from '../../../src/lessons/generalization/model';
import { generalizationParams, type GeneralizationValues } from '../../../src/lessons/generalization/params';
import {
  FIT_POINTS,
  FIT_RANGE,
  generalizationColumns,
  generalizationScript,
  type GeneralizationFigure,
} from '../../../src/lessons/generalization/python';
import { defaults } from '../../../src/state/params';
import { expectTablesClose, runPython } from '../../helpers/python';

/** Epochs in CI (the page's default is 400; PY_EPOCHS=400 runs it). */
const EPOCHS = Number(process.env.PY_EPOCHS ?? 40);
const base = defaults(generalizationParams) as GeneralizationValues;

/** The page's tables: the curves rows epoch by epoch, and the fit rows from the weights after training. */
function engineTable(v: GeneralizationValues, figure: GeneralizationFigure): number[][] {
  const run = new GeneralizationRun(v);
  run.advance(v.epochs);
  if (figure === 'curves') return run.losses.map((l) => [l.epoch, l.train, l.test]);
  const grid = fitGrid(FIT_RANGE[0], FIT_RANGE[1], FIT_POINTS);
  const fit = run.predict(grid.x);
  return grid.x.map((x, i) => [x, grid.yTrue[i], fit[i]]);
}

function pyTable(v: GeneralizationValues, figure: GeneralizationFigure): { head: string[]; rows: number[][] } {
  const [head, ...lines] = runPython(generalizationScript(v, figure, 'en'), [], 1_200_000).trimEnd().split('\n');
  return { head: head.split(','), rows: lines.map((l) => l.split(',').map(Number)) };
}

function maxRel(a: number[][], b: number[][]): number {
  let worst = 0;
  a.forEach((row, r) => row.forEach((x, c) => (worst = Math.max(worst, Math.abs(x - b[r][c]) / Math.max(1e-300, Math.abs(b[r][c]))))));
  return worst;
}

describe('the generalization figures exported as numpy scripts', () => {
  it('is self-contained: numpy and the standard library, the layer and SGD classes, d2l’s settings written in', () => {
    const v = { ...base, degree: 19, n: 20, noise: 0.2, epochs: 9, seed: 4 } as GeneralizationValues;
    const script = generalizationScript(v, 'fit', 'en');
    expect(script.split('\n').filter((l) => /^\s*(import|from)\s/.test(l))).toEqual(['import math', 'import sys', 'import numpy as np']);
    for (const c of ['class Affine:', 'class MeanSquaredError:', 'class ToyNet:', 'class SGD:']) expect(script.split(c).length, c).toBe(2);
    for (const s of ['N_FEATURES = 20', 'N_TRAIN = 20', 'N_TEST = 100', 'NOISE = 0.2', 'LR = 0.01', 'BATCH = 10', 'EPOCHS = 9', 'SEED = 4']) expect(script).toContain(s);
    expect(generalizationScript({ ...v, n: 6 } as GeneralizationValues, 'curves', 'en')).toContain('BATCH = 6');
    expect(generalizationScript(v, 'curves', 'zh')).toMatch(/运行：python3 generalization-curves\.py/);
  });

  it.each([
    ['the default (degree 3, 100 points): the curves', 'curves', {}],
    ['degree 19 on 20 points (overfitting): the curves', 'curves', { degree: 19, n: 20 }],
    ['degree 1, noise 0.5, 7 points: the fitted curve', 'fit', { degree: 1, n: 7, noise: 0.5, seed: 11 }],
  ] as [string, GeneralizationFigure, Partial<GeneralizationValues>][])('%s: equals the CPU engine’s table', (_, figure, over) => {
    const v = { ...base, epochs: EPOCHS, ...over } as GeneralizationValues;
    const { head, rows } = pyTable(v, figure);
    expect(head).toEqual(generalizationColumns(figure));
    const want = engineTable(v, figure);
    expect(want.length).toBe(figure === 'curves' ? EPOCHS : FIT_POINTS);
    expectTablesClose(rows, want, 1e-4);
    if (process.env.PY_REPORT) console.log(`${figure} ${JSON.stringify(over)}: max rel diff ${maxRel(rows, want)} over ${rows.length} rows`);
  }, 1_200_000);
});
