// "Reproduce in Python" for the dropout lesson's accuracy curves: the exported numpy script, run by python3 on the site's own
// data files, prints the table the CPU engine (the oracle) trains for the same three nets (none, inverted, book).
import { describe, expect, it } from 'vitest';
import { createTrainer } from '../../../src/engine/train';
import { N_TEST, populationConfig, VARIANTS } from '../../../src/lessons/dropout/model';
import { dropoutParams, type DropoutValues } from '../../../src/lessons/dropout/params';
import { CURVE_COLUMNS, dropoutScript } from '../../../src/lessons/dropout/python';
import { defaults } from '../../../src/state/params';
import { mnistSmall } from '../../engine/train/mnistFixtures';
import { MNIST_DATA_DIR } from '../../helpers/mnistNode';
import { expectTablesClose, parseCsv, runPython } from '../../helpers/python';

/** Epochs in CI (the page's default is 300; PY_EPOCHS=40 runs the full-length check). */
const EPOCHS = Number(process.env.PY_EPOCHS ?? 4);
const base = defaults(dropoutParams) as DropoutValues;
const URL = 'https://example.invalid/site/data/';

/** The figure's rows as the page computes them: each member of the population trained by the CPU engine, epoch by epoch. */
function engineRows(v: DropoutValues): (string | number)[][] {
  const pop = populationConfig({ p: v.p, n: v.n, epochs: v.epochs, lr: v.lr, seed: v.seed });
  const data = mnistSmall(v.n, N_TEST);
  const rows: (string | number)[][] = [];
  pop.members.forEach((m, k) => {
    const trainer = createTrainer(pop.spec, data, m.hyper ?? {}, m.seed, pop.options);
    while (trainer.progress().stopped === null) {
      for (const e of trainer.step(1).epochs) rows.push([VARIANTS[k], e.epoch + 1, e.train.accuracy, e.test!.accuracy]);
    }
  });
  return rows;
}

describe('the dropout curves exported as a numpy script', () => {
  it('is self-contained and carries the page’s settings, the Dropout layer and both variants', () => {
    const v = { ...base, p: 0.45, lr: 0.02, n: 400, epochs: 7, seed: 9 } as DropoutValues;
    const script = dropoutScript(v, 'en', URL);
    const imports = script.split('\n').filter((l) => /^\s*(import|from)\s/.test(l));
    expect(imports).toEqual([
      'import argparse', 'import gzip', 'import hashlib', 'import json', 'import math', 'import os', 'import sys', 'import urllib.request',
      'import numpy as np',
    ]);
    for (const c of ['class Dropout:', 'class Affine:', 'class Relu:', 'class SoftmaxWithLoss:', 'class Net:']) expect(script).toContain(c);
    for (const s of ["VARIANTS = ['none', 'inverted', 'book']", 'P = 0.45', 'LR = 0.02', 'EPOCHS = 7', 'N_TRAIN = 400', 'N_TEST = 1000', 'BATCH = 100', 'SIZES = [784] + [100] * 6 + [10]', 'SEED = 9', `DATA_URL = '${URL}'`]) {
      expect(script).toContain(s);
    }
    expect(script).toContain(`sys.stdout.write('${CURVE_COLUMNS.join(',')}\\n')`);
    expect(dropoutScript(v, 'zh', URL)).toMatch(/运行：python3 dropout-curves\.py/);
  });

  it(`prints the table the CPU engine trains, exactly, over ${EPOCHS} epochs of the three nets at the default settings`, () => {
    const v = { ...base, epochs: EPOCHS } as DropoutValues;
    const { head, rows } = parseCsv(runPython(dropoutScript(v, 'en', URL), ['--data', MNIST_DATA_DIR], 900_000));
    expect(head).toEqual([...CURVE_COLUMNS]);
    const expected = engineRows(v);
    expect(expected.length).toBe(3 * EPOCHS);
    // Accuracies are counts over 300 and 1000 digits: equal, not close.
    expectTablesClose(rows, expected, 0);
  }, 1_200_000);
});
