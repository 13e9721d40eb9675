// "Reproduce in Python" for the validation lesson: the exported numpy scripts, run by python3 (the folds script on the
// site's own MNIST files), print the tables the CPU engine (the oracle: buildData's splits, createTrainer) computes.
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTrainer, kFoldSplits } from '../../../src/engine/train';
import { degreeConfig, foldConfig, freshLoss, freshSample, MAX_DEGREE } from '../../../src/lessons/validation/model';
import { validationParams, type ValidationValues } from '../../../src/lessons/validation/params';
import { validationColumns, validationScript, type ValidationFigure } from '../../../src/lessons/validation/python';
import { defaults } from '../../../src/state/params';
import { buildData } from '../../../src/worker/shared/data/buildData';
import { mnistSmall } from '../../engine/train/mnistFixtures';
import { MNIST_DATA_DIR } from '../../helpers/mnistNode';
import { expectTablesClose, runPython, runPythonStatus } from '../../helpers/python';

/** Epochs in CI: the page runs 300 per degree (PY_EPOCHS=300 checks that) and 20 per fold (PY_FOLD_EPOCHS=20). */
const SELECT_EPOCHS = Number(process.env.PY_EPOCHS ?? 40);
const FOLD_EPOCHS = Number(process.env.PY_FOLD_EPOCHS ?? 3);
const base = defaults(validationParams) as ValidationValues;
const URL = 'https://example.invalid/site/data/';
const noMnist = () => Promise.reject(new Error('no MNIST here'));

/** The select figure's rows: each degree's final train / validation / test losses and its fresh-sample loss. */
async function engineSelect(v: ValidationValues, epochs: number): Promise<number[][]> {
  const fresh = freshSample(v.seed, v.noise);
  const rows: number[][] = [];
  for (let degree = 1; degree <= MAX_DEGREE; degree++) {
    const c = degreeConfig(degree, { n: v.npoly, noise: v.noise, seed: v.seed });
    const trainer = createTrainer(c.spec, await buildData(c.data, noMnist), c.hyper, c.seed, { ...c.options, epochs });
    let last: number[] = [];
    while (trainer.progress().stopped === null) for (const e of trainer.step(500).epochs) last = [e.train.loss, e.validation!.loss, e.test!.loss];
    if (trainer.progress().stopped !== 'epochs') continue;
    rows.push([degree, ...last, freshLoss(trainer.getParams(), degree, fresh)]);
  }
  return rows;
}

/** The folds figure's rows: each fold's final train and validation losses. */
function engineFolds(v: ValidationValues, epochs: number): number[][] {
  const { train, test } = mnistSmall(v.n, 500);
  const rows: number[][] = [];
  for (let f = 0; f < v.k; f++) {
    const c = foldConfig(f, v.k, { n: v.n, epochs, lr: v.lr, seed: v.seed });
    const trainer = createTrainer(c.spec, { ...kFoldSplits(train, v.k, v.seed)[f], test }, c.hyper, c.seed, c.options);
    let last: number[] = [];
    while (trainer.progress().stopped === null) for (const e of trainer.step(100).epochs) last = [e.train.loss, e.validation!.loss];
    if (trainer.progress().stopped === 'epochs') rows.push([f + 1, ...last]);
  }
  return rows;
}

function pyTable(script: string, args: string[] = []): { head: string[]; rows: number[][] } {
  const [head, ...lines] = runPython(script, args, 1_200_000).trimEnd().split('\n');
  return { head: head.split(','), rows: lines.map((l) => l.split(',').map(Number)) };
}

function maxRel(a: number[][], b: number[][]): number {
  let worst = 0;
  a.forEach((row, r) => row.forEach((x, c) => (worst = Math.max(worst, Math.abs(x - b[r][c]) / Math.max(1e-300, Math.abs(b[r][c]))))));
  return worst;
}

describe('the validation figures exported as numpy scripts', () => {
  it('are self-contained, with the settings written in; the folds script reads MNIST with --data', () => {
    const v = { ...base, npoly: 40, noise: 0.5, seed: 3, k: 4, n: 300, epochs: 6, lr: 0.05 } as ValidationValues;
    const select = validationScript(v, 'select', 'en', URL);
    expect(select.split('\n').filter((l) => /^\s*(import|from)\s/.test(l))).toEqual(['import math', 'import sys', 'import numpy as np']);
    for (const s of ['MAX_DEGREE = 12', 'N_POINTS = 40', 'N_TEST = 20', 'N_FRESH = 1000', 'NOISE = 0.5', 'LR = 0.02', 'BATCH = 8', 'EPOCHS = 300', 'SEED = 3']) expect(select).toContain(s);
    const folds = validationScript(v, 'folds', 'zh', URL);
    for (const s of ['K = 4', 'N_TRAIN = 300', 'N_TEST = 500', 'SIZES = [784, 100, 10]', 'LR = 0.05', 'BATCH = 50', 'EPOCHS = 6', `DATA_URL = '${URL}'`, "add_argument('--data'"]) {
      expect(folds).toContain(s);
    }
    expect(folds).toMatch(/运行：python3 validation-folds\.py/);
    for (const c of ['class Affine:', 'class Relu:', 'class SoftmaxWithLoss:', 'class ToyNet:', 'class SGD:']) expect(folds.split(c).length, c).toBe(2);
  });

  it(`select: every degree's four losses equal the CPU engine's after ${SELECT_EPOCHS} epochs (defaults: 60 points, noise 1)`, async () => {
    const { head, rows } = pyTable(validationScript(base, 'select', 'en', URL, SELECT_EPOCHS));
    expect(head).toEqual(validationColumns('select'));
    const want = await engineSelect(base, SELECT_EPOCHS);
    expect(want.length).toBe(MAX_DEGREE);
    expectTablesClose(rows, want, 1e-4);
    if (process.env.PY_REPORT) console.log(`select: max rel diff ${maxRel(rows, want)} over ${rows.length} rows`);
  }, 1_200_000);

  it(`folds: each fold's losses equal the CPU engine's after ${FOLD_EPOCHS} epochs (3 folds of 150 digits)`, () => {
    const v = { ...base, k: 3, n: 150 } as ValidationValues;
    const { head, rows } = pyTable(validationScript(v, 'folds', 'en', URL, FOLD_EPOCHS), ['--data', MNIST_DATA_DIR]);
    expect(head).toEqual(validationColumns('folds' as ValidationFigure));
    const want = engineFolds(v, FOLD_EPOCHS);
    expect(want.length).toBe(3);
    expectTablesClose(rows, want, 1e-4);
    if (process.env.PY_REPORT) console.log(`folds: max rel diff ${maxRel(rows, want)} over ${rows.length} rows`);
  }, 1_200_000);

  it('folds: stops with a message naming the file, and prints nothing, when a data file does not match the manifest', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mnist-folds-flip-'));
    try {
      for (const f of readdirSync(MNIST_DATA_DIR)) copyFileSync(join(MNIST_DATA_DIR, f), join(dir, f));
      const name = 'mnist-train-images.u8.gzip';
      const bytes = readFileSync(join(dir, name));
      bytes[bytes.length >> 1] ^= 0x01;
      writeFileSync(join(dir, name), bytes);
      const r = runPythonStatus(validationScript(base, 'folds', 'en', URL, 1), ['--data', dir]);
      expect(r.status).not.toBe(0);
      expect(r.stderr).toContain(name);
      expect(r.stderr).toMatch(/SHA-256/);
      expect(r.stdout).toBe('');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
