// "Reproduce in Python" for the optimizer race: the exported numpy scripts, run by python3 on the site's own data files,
// print the tables the CPU engine (the oracle) trains for the same settings: the loss curves and the test accuracies.
import { afterAll, describe, expect, it } from 'vitest';
import { createTrainer } from '../../../src/engine/train';
import { optimizersMnistParams, type OptimizersMnistValues } from '../../../src/lessons/optimizers-mnist/params';
import { optimizersMnistScript } from '../../../src/lessons/optimizers-mnist/python';
import { N_TEST, racePopulation, racersOf, type Racer } from '../../../src/lessons/optimizers-mnist/race';
import { bookSmooth, trailingMean } from '../../../src/lessons/optimizers-mnist/smoothing';
import { defaults } from '../../../src/state/params';
import { mnistSmall } from '../../engine/train/mnistFixtures';
import { MNIST_DATA_DIR } from '../../helpers/mnistNode';
import { expectTablesClose, parseCsv, runPython, runPythonStatus } from '../../helpers/python';
import { tamperedMnist } from '../../helpers/tamperedMnist';

/**
 * CI-sized race: 600 digits = 4 batches of 128 and one of 88 per epoch, all six racers; the loss curves over 3 epochs
 * (15 updates: the book's 11-point smoothing applies), the test accuracy (2000 digits per epoch end) over 2.
 * PY_EPOCHS=40 PY_N=6400 runs the page's default race (the book's four, 2000 updates) instead: several minutes.
 */
const FULL = process.env.PY_EPOCHS !== undefined;
const N = Number(process.env.PY_N ?? 600);
const base = defaults(optimizersMnistParams) as OptimizersMnistValues;
const URL = 'https://example.invalid/site/data/';

/** Both tables as the page computes them: each racer trained by the CPU engine; the curves smoothed independently here. */
function engineTables(v: OptimizersMnistValues) {
  const racers = racersOf(v.extra);
  const lrs = { sgd: v['sgd.lr'], momentum: v['momentum.lr'], adagrad: v['adagrad.lr'], adam: v['adam.lr'], rmsprop: v['rmsprop.lr'] };
  const pop = racePopulation({ racers, lrs, seed: v.seed, nTrain: v.n, epochs: v.epochs });
  const data = mnistSmall(v.n, N_TEST);
  const curves: (string | number)[][] = [];
  const acc: (string | number)[][] = [];
  pop.members.forEach((m, k) => {
    const r: Racer = racers[k];
    const trainer = createTrainer(pop.spec, data, m.hyper, m.seed, pop.options);
    const losses: number[] = [];
    while (trainer.progress().stopped === null) {
      const rep = trainer.step(50);
      for (const s of rep.steps) losses.push(s.loss);
      for (const e of rep.epochs) acc.push([r, e.step, e.test!.accuracy]);
    }
    const s = v.curve === 'book' ? bookSmooth(losses) : v.curve === 'avg' ? trailingMean(losses, 100) : losses;
    losses.forEach((l, i) => curves.push([r, i + 1, l, s[i]]));
  });
  return { curves, acc };
}

const temp: (() => void)[] = [];
afterAll(() => temp.forEach((remove) => remove()));

describe('the optimizer race exported as numpy scripts', () => {
  it('is self-contained and carries the page’s racers, learning rates and sizes', () => {
    const v = { ...base, extra: ['adadelta'], 'adam.lr': 0.002, n: 1280, epochs: 7, seed: 5 } as OptimizersMnistValues;
    const script = optimizersMnistScript(v, 'curves', 'en', URL);
    const imports = script.split('\n').filter((l) => /^\s*(import|from)\s/.test(l));
    expect(imports).toEqual([
      'import argparse', 'import gzip', 'import hashlib', 'import json', 'import math', 'import os', 'import sys', 'import urllib.request',
      'import numpy as np',
    ]);
    for (const c of ['class Affine:', 'class SoftmaxWithLoss:', 'class SGD:', 'class Momentum:', 'class AdaGrad:', 'class Adam:', 'class AdaDelta:', 'class MultiLayerNet:']) {
      expect(script).toContain(c);
    }
    // RMSProp is not racing: its class is left out.
    expect(script).not.toContain('class RMSProp:');
    for (const s of [
      "('sgd', lambda: SGD(0.01, 0)),",
      "('momentum', lambda: Momentum(lr=0.01, gamma=0.9)),",
      "('adagrad', lambda: AdaGrad(lr=0.01, eps=0.000001)),",
      "('adam', lambda: Adam(lr=0.002, beta1=0.9, beta2=0.999, eps=1e-8)),",
      "('adadelta', lambda: AdaDelta(rho=0.9, eps=0.00001)),",
      'EPOCHS = 7', 'N_TRAIN = 1280', 'N_TEST = 2000', 'BATCH = 128', 'SEED = 5', "CURVE = 'book'", `DATA_URL = '${URL}'`,
    ]) {
      expect(script).toContain(s);
    }
    expect(script).toContain("out.write('optimizer,step,loss,smoothed\\n')");
    expect(optimizersMnistScript(v, 'accuracy', 'en', URL)).toContain("out.write('optimizer,step,test_acc\\n')");
    expect(optimizersMnistScript(v, 'accuracy', 'zh', URL)).toMatch(/运行：python3 optimizers-mnist-accuracy\.py/);
  });

  const ci = (epochs: number) =>
    (FULL ? { ...base, epochs: Number(process.env.PY_EPOCHS), n: N } : { ...base, extra: ['rmsprop', 'adadelta'], n: N, epochs }) as OptimizersMnistValues;
  const racing = FULL ? 4 : 6;

  it(`prints the CPU engine's test accuracies exactly: ${racing} racers, ${N} digits`, () => {
    const v = ci(2);
    const acc = parseCsv(runPython(optimizersMnistScript(v, 'accuracy', 'en', URL), ['--data', MNIST_DATA_DIR], 3_600_000));
    expect(acc.head).toEqual(['optimizer', 'step', 'test_acc']);
    const expected = engineTables(v).acc;
    expect(expected.length).toBe(racing * v.epochs);
    // Accuracies are counts over 2000 digits: equal, not close.
    expect(acc.rows).toEqual(expected);
  }, 3_600_000);

  it(`prints the CPU engine's loss curves, raw and smoothed as the book does: ${racing} racers, ${N} digits`, () => {
    const v = ci(3);
    const curves = parseCsv(runPython(optimizersMnistScript(v, 'curves', 'en', URL), ['--data', MNIST_DATA_DIR], 3_600_000));
    expect(curves.head).toEqual(['optimizer', 'step', 'loss', 'smoothed']);
    const expected = engineTables(v).curves;
    expect(expected.length).toBe(racing * v.epochs * Math.ceil(N / 128));
    // The same float32 steps: the losses agree far inside the 1e-4 (sums in double, the same order).
    expectTablesClose(curves.rows, expected, 1e-9);
  }, 3_600_000);

  it('smooths as the page does: the book’s 11-point Kaiser window and the 100-update trailing mean', () => {
    // The script's smoothing alone, driven by a different main, on 250 values with a NaN (a diverged racer's last loss).
    const x = Array.from({ length: 250 }, (_, i) => (i === 249 ? NaN : 2 / (1 + i / 30) + 0.1 * Math.sin(i)));
    const script = optimizersMnistScript(base, 'curves', 'en', URL).replace(/if __name__ == '__main__':[\s\S]*$/, `
x = [${x.map((v) => (Number.isNaN(v) ? "float('nan')" : String(v))).join(', ')}]
for curve in ('book', 'avg', 'raw'):
    print(','.join(js_number(v) for v in smoothed(x, curve)))
`);
    const out = runPython(script).trim().split('\n').map((l) => l.split(',').map(Number));
    expectTablesClose(out, [Array.from(bookSmooth(x)), Array.from(trailingMean(x, 100)), x], 1e-15);
  });

  it('stops with a message naming the file, and prints no table, when a data file does not match the manifest', () => {
    const name = 'mnist-test-images.u8.gzip';
    const { dir, remove } = tamperedMnist(name);
    temp.push(remove);
    const r = runPythonStatus(optimizersMnistScript(base, 'accuracy', 'en', URL), ['--data', dir]);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain(name);
    expect(r.stderr).toMatch(/SHA-256/);
    expect(r.stdout).toBe('');
  });
});
