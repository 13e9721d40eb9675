// "Reproduce in Python" for the minibatch lesson's MNIST runs: the exported numpy script, run by python3 on the site's own
// data files, prints the losses and accuracies the CPU engine (the oracle) trains for the same settings, every batch size.
import { afterAll, describe, expect, it } from 'vitest';
import { createTrainer } from '../../../src/engine/train';
import { minibatchParams, type MinibatchValues } from '../../../src/lessons/minibatch/params';
import { minibatchScript } from '../../../src/lessons/minibatch/python';
import { batchSizes, N_TEST, runConfig } from '../../../src/lessons/minibatch/runs';
import { defaults } from '../../../src/state/params';
import { mnistSmall } from '../../engine/train/mnistFixtures';
import { MNIST_DATA_DIR } from '../../helpers/mnistNode';
import { expectTablesClose, parseCsv, runPython, runPythonStatus } from '../../helpers/python';
import { tamperedMnist } from '../../helpers/tamperedMnist';

/** CI-sized: 100 digits (batch sizes 1, 8, 32 and 100), 2 epochs; PY_EPOCHS and PY_N run larger settings. */
const EPOCHS = Number(process.env.PY_EPOCHS ?? 2);
const N = Number(process.env.PY_N ?? 100);
const base = defaults(minibatchParams) as MinibatchValues;
const URL = 'https://example.invalid/site/data/';

/** The figure's rows as the page computes them, without the measured seconds: each batch size trained by the CPU engine. */
function engineRows(v: MinibatchValues): (string | number)[][] {
  const data = mnistSmall(v.n, N_TEST);
  const rows: (string | number)[][] = [];
  for (const b of batchSizes(v.n)) {
    const c = runConfig(b, v);
    const trainer = createTrainer(c.spec, data, c.hyper, c.seed, c.options);
    while (trainer.progress().stopped === null) {
      for (const e of trainer.step(100).epochs) rows.push([String(b), e.epoch + 1, e.train.loss, e.test!.accuracy]);
    }
  }
  return rows;
}

const temp: (() => void)[] = [];
afterAll(() => temp.forEach((remove) => remove()));

describe('the minibatch MNIST runs exported as a numpy script', () => {
  it('is self-contained and carries the page’s batch sizes, rate, sizes and seed', () => {
    const v = { ...base, n: 300, mepochs: 4, mlr: 0.02, seed: 9 } as MinibatchValues;
    const script = minibatchScript(v, 'en', URL);
    const imports = script.split('\n').filter((l) => /^\s*(import|from)\s/.test(l));
    expect(imports).toEqual([
      'import argparse', 'import gzip', 'import hashlib', 'import json', 'import math', 'import os', 'import sys', 'import time',
      'import urllib.request', 'import numpy as np',
    ]);
    for (const c of ['class Affine:', 'class Relu:', 'class SoftmaxWithLoss:', 'class SGD:', 'class MultiLayerNet:']) expect(script).toContain(c);
    for (const s of ['BATCH_SIZES = [1, 8, 32, 128, 300]', 'LR = 0.02', 'EPOCHS = 4', 'N_TRAIN = 300', 'N_TEST = 500', 'SIZES = [784, 50, 10]', 'SEED = 9', `DATA_URL = '${URL}'`]) {
      expect(script).toContain(s);
    }
    expect(script).toContain("out.write('batch_size,epoch,seconds,train_loss,test_acc\\n')");
    expect(minibatchScript(v, 'zh', URL, 'time')).toMatch(/运行：python3 minibatch-time\.py/);
    expect(minibatchScript(v, 'en', URL, 'summary')).toContain('TARGET = 0.8');
  });

  it(`prints the CPU engine's losses and accuracies: ${N} digits, ${EPOCHS} epochs, every batch size`, () => {
    const v = { ...base, n: N, mepochs: EPOCHS } as MinibatchValues;
    const { head, rows } = parseCsv(runPython(minibatchScript(v, 'en', URL), ['--data', MNIST_DATA_DIR], 3_600_000));
    expect(head).toEqual(['batch_size', 'epoch', 'seconds', 'train_loss', 'test_acc']);
    // The seconds are the script's own: positive and growing within a batch size.
    rows.forEach((r, i) => {
      expect(r[2]).toBeGreaterThan(0);
      if (i > 0 && rows[i - 1][0] === r[0]) expect(r[2]).toBeGreaterThan(rows[i - 1][2] as number);
    });
    const expected = engineRows(v);
    expect(expected.length).toBe(batchSizes(N).length * EPOCHS);
    const got = rows.map((r) => [r[0], r[1], r[3], r[4]]);
    // Accuracies are counts over 500 digits: equal. Losses are the same float32 forward passes summed in double.
    expect(got.map((r) => r[3])).toEqual(expected.map((r) => r[3]));
    expectTablesClose(got, expected, 1e-9);
  }, 3_600_000);

  it('stops with a message naming the file, and prints no table, when a data file does not match the manifest', () => {
    const name = 'mnist-train-images.u8.gzip';
    const { dir, remove } = tamperedMnist(name);
    temp.push(remove);
    const r = runPythonStatus(minibatchScript(base, 'en', URL), ['--data', dir]);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain(name);
    expect(r.stderr).toMatch(/SHA-256/);
    expect(r.stdout).toBe('');
  });

  it('prints the summary of the same runs: updates, epochs to the target and final accuracy as the engine’s, its own seconds', () => {
    const v = { ...base, n: N, mepochs: EPOCHS, target: 0.5 } as MinibatchValues;
    const { head, rows } = parseCsv(runPython(minibatchScript(v, 'en', URL, 'summary'), ['--data', MNIST_DATA_DIR], 3_600_000));
    expect(head).toEqual(['batch_size', 'updates_per_epoch', 'samples_per_s', 's_per_epoch', 'epochs_to_target', 's_to_target', 'final_acc']);
    const epochRows = engineRows(v);
    const expected = batchSizes(N).map((b) => {
      const own = epochRows.filter((r) => r[0] === String(b));
      const hit = own.find((r) => (r[3] as number) >= 0.5);
      return [String(b), Math.ceil(N / b), hit ? hit[1] : 0, own[own.length - 1][3]];
    });
    // Empty cells (target not reached) read back as 0: the epoch column is then 0 in both.
    expect(rows.map((r) => [r[0], r[1], r[4], r[6]])).toEqual(expected);
    rows.forEach((r) => {
      expect(r[2]).toBeGreaterThan(0);
      expect(r[3]).toBeGreaterThan(0);
    });
  }, 3_600_000);
});
