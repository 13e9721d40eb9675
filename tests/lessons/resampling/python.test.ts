// "Reproduce in Python" for the resampling lesson: the exported numpy scripts, run by python3 on the site's own data
// files, print the confusion counts and recalls the CPU engine (the oracle) reaches for the same settings, four methods.
import { afterAll, describe, expect, it } from 'vitest';
import { imbalancedRows } from '../../../src/engine/data';
import { confusionCounts } from '../../../src/engine/nn/confusion';
import { unitOutputsOf } from '../../../src/engine/experiments/unitOutputs';
import { createTrainer, subset } from '../../../src/engine/train';
import { CLASSES, METHODS, N_POOL, N_TEST, population, RARE, recalls } from '../../../src/lessons/resampling/model';
import { resamplingParams, type ResamplingValues } from '../../../src/lessons/resampling/params';
import { resamplingScript } from '../../../src/lessons/resampling/python';
import { defaults } from '../../../src/state/params';
import { mnistSmall } from '../../engine/train/mnistFixtures';
import { MNIST_DATA_DIR } from '../../helpers/mnistNode';
import { parseCsv, runPython, runPythonStatus } from '../../helpers/python';
import { tamperedMnist } from '../../helpers/tamperedMnist';

const base = defaults(resamplingParams) as ResamplingValues;
const URL = 'https://example.invalid/site/data/';
/** CI-sized: 2 epochs (the page's default is 10); PY_EPOCHS runs more. */
const EPOCHS = Number(process.env.PY_EPOCHS ?? 2);

/** Each method's test-set confusion counts after training, as the page asks the CPU engine for them. */
function engineCounts(v: ResamplingValues): Uint32Array[] {
  const pop = population({ share: v.share, epochs: v.epochs, seed: v.seed });
  const { train, test } = mnistSmall(N_POOL, N_TEST);
  const data = { train: subset(train, Array.from(imbalancedRows(train.y as Uint8Array, [...RARE], v.share))), test: test! };
  return pop.members.map((m) => {
    const trainer = createTrainer(pop.spec, data, m.hyper, m.seed, pop.options);
    while (trainer.progress().stopped === null) trainer.step(100);
    const { output } = unitOutputsOf(trainer.net, test!.x, test!.n);
    return confusionCounts(output, test!.y, test!.n, CLASSES);
  });
}

const temp: (() => void)[] = [];
afterAll(() => temp.forEach((remove) => remove()));

describe('the resampling figures exported as numpy scripts', () => {
  it('are self-contained and carry the page’s share, epochs, seed and the four methods', () => {
    const v = { ...base, share: 0.1, epochs: 4, seed: 8 } as ResamplingValues;
    const script = resamplingScript(v, 'recall', 'en', URL);
    const imports = script.split('\n').filter((l) => /^\s*(import|from)\s/.test(l));
    expect(imports).toEqual([
      'import argparse', 'import gzip', 'import hashlib', 'import json', 'import math', 'import os', 'import sys', 'import urllib.request',
      'import numpy as np',
    ]);
    for (const s of [
      'SHARE = 0.1', 'EPOCHS = 4', 'SEED = 8', "METHODS = ['none', 'oversample', 'undersample', 'class-weights']", 'RARE = {5, 6, 7, 8, 9}',
      'N_POOL = 2000', 'N_TEST = 1000', 'BATCH = 50', 'SIZES = [784, 100, 10]', 'optimizer = Adam(lr=0.001, beta1=0.9, beta2=0.999, eps=1e-8)',
      'class WeightedSoftmaxWithLoss:', 'class Adam:', `DATA_URL = '${URL}'`, "out.write('method,class,recall\\n')",
    ]) {
      expect(script).toContain(s);
    }
    expect(resamplingScript(v, 'confusion', 'zh', URL)).toMatch(/运行：python3 resampling-confusion\.py/);
  });

  it(`prints the CPU engine's confusion counts exactly: four methods, ${EPOCHS} epochs`, () => {
    const v = { ...base, epochs: EPOCHS } as ResamplingValues;
    const { head, rows } = parseCsv(runPython(resamplingScript(v, 'confusion', 'en', URL), ['--data', MNIST_DATA_DIR], 3_600_000));
    expect(head).toEqual(['method', 'true', 'predicted', 'count']);
    const expected = engineCounts(v).flatMap((c, k) => Array.from(c, (n, i) => [METHODS[k], Math.floor(i / CLASSES), i % CLASSES, n]));
    expect(rows).toEqual(expected);
  }, 3_600_000);

  it('prints the CPU engine’s recalls: a fifth of the set rare, one epoch', () => {
    const v = { ...base, share: 0.2, epochs: 1, seed: 3 } as ResamplingValues;
    const { head, rows } = parseCsv(runPython(resamplingScript(v, 'recall', 'en', URL), ['--data', MNIST_DATA_DIR], 3_600_000));
    expect(head).toEqual(['method', 'class', 'recall']);
    const expected = engineCounts(v).flatMap((c, k) => recalls(c, CLASSES).map((r, d) => [METHODS[k], d, r]));
    // Recalls are ratios of counts: equal, not close.
    expect(rows).toEqual(expected);
  }, 3_600_000);

  it('stops with a message naming the file, and prints no table, when a data file does not match the manifest', () => {
    const name = 'mnist-test-labels.u8.gzip';
    const { dir, remove } = tamperedMnist(name);
    temp.push(remove);
    const r = runPythonStatus(resamplingScript(base, 'recall', 'en', URL), ['--data', dir]);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain(name);
    expect(r.stdout).toBe('');
  });
});
