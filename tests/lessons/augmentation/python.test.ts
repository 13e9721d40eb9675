// "Reproduce in Python" for the augmentation lesson: the exported numpy scripts, run by python3 on the site's own data
// files, print the tables the CPU engine (the oracle) gives for the same settings: the accuracy population, the curves,
// the samples strip and self-training, built from the lesson's model and the engine's trainer as the page builds them.
import { afterAll, describe, expect, it } from 'vitest';
import { pseudoLabelled } from '../../../src/engine/data';
import { softmaxConfidence } from '../../../src/engine/nn/confidence';
import { resolveSpec } from '../../../src/engine/nn/spec';
import { unitOutputs } from '../../../src/engine/experiments/unitOutputs';
import { augmentSamples } from '../../../src/engine/train/augmentSamples';
import { createTrainer, type EpochMetrics, type HyperUpdate, type TrainData } from '../../../src/engine/train';
import type { PopulationConfig } from '../../../src/components/run';
import { accuracyPopulation, memberKeys, N_TEST, POOL, pseudoPlan, semiPopulation, SPEC, spread, thresholds, type AugQuery } from '../../../src/lessons/augmentation/model';
import { augmentationParams, type AugmentationValues } from '../../../src/lessons/augmentation/params';
import { augmentationScript, SAMPLE_COUNT } from '../../../src/lessons/augmentation/python';
import { defaults } from '../../../src/state/params';
import { mnistSmall } from '../../engine/train/mnistFixtures';
import { MNIST_DATA_DIR } from '../../helpers/mnistNode';
import { parseCsv, runPython, runPythonStatus } from '../../helpers/python';
import { tamperedMnist } from '../../helpers/tamperedMnist';

const base = defaults(augmentationParams) as AugmentationValues;
const URL = 'https://example.invalid/site/data/';
const ALL = ['shift', 'rotate', 'elastic', 'noise'];
const LIMIT = 600_000;
const data = mnistSmall(POOL, N_TEST);

const query = (v: AugmentationValues): AugQuery => ({ ...v, on: v.on as readonly string[] });

/** One member trained to the end by the CPU engine: the trainer and its epoch-end metrics. */
function trainMember(pop: PopulationConfig, k: number, d: TrainData = data): { trainer: ReturnType<typeof createTrainer>; epochs: EpochMetrics[] } {
  const m = pop.members[k];
  const trainer = createTrainer(pop.spec, d, m.hyper as HyperUpdate, m.seed, pop.options);
  const epochs: EpochMetrics[] = [];
  while (trainer.progress().stopped === null) epochs.push(...trainer.step(100).epochs);
  return { trainer, epochs };
}

const run = (v: AugmentationValues, figure: Parameters<typeof augmentationScript>[1]) =>
  parseCsv(runPython(augmentationScript(v, figure, 'en', URL), ['--data', MNIST_DATA_DIR], LIMIT));

const temp: (() => void)[] = [];
afterAll(() => temp.forEach((remove) => remove()));

describe('the augmentation figures exported as numpy scripts', () => {
  it('are self-contained and carry the page’s n, epochs, seeds, transforms and thresholds', () => {
    const v = { ...base, n: 450, epochs: 4, seeds: 2, seed: 8, on: ['rotate', 'noise'], threshold: 0.97 } as AugmentationValues;
    const script = augmentationScript(v, 'semi', 'en', URL);
    const imports = script.split('\n').filter((l) => /^\s*(import|from)\s/.test(l));
    expect(imports).toEqual([
      'import argparse', 'import gzip', 'import hashlib', 'import json', 'import math', 'import os', 'import sys', 'import urllib.request',
      'import numpy as np',
    ]);
    for (const s of [
      'N = 450', 'EPOCHS = 4', 'SEEDS = 2', 'SEED = 8', "AUGMENT = {'shift': 0, 'rotate': 15, 'elastic': 0, 'elastic_sigma': 4, 'noise': 0.1, 'side': 28}",
      'TRAIN_SIZES = [100, 300, 450, 1000]', 'THRESHOLDS = [0.5, 0.8, 0.9, 0.97, 0.99]', 'POOL = 2000', 'N_TEST = 1000', 'BATCH = 50',
      'SIZES = [784, 100, 10]', 'optimizer = Adam(lr=0.001, beta1=0.9, beta2=0.999, eps=1e-8)', 'def augment_rows(', 'def pseudo_plan(',
      `DATA_URL = '${URL}'`, "out.write('threshold,labelled,test_acc\\n')",
    ]) {
      expect(script).toContain(s);
    }
    expect(augmentationScript(v, 'samples', 'zh', URL)).toMatch(/运行：python3 augmentation-samples\.py/);
    expect(augmentationScript(v, 'samples', 'en', URL)).not.toContain('class Adam');
    // Every figure's script, comments in Chinese, compiles (one python3 process; a JSON string is a Python string literal).
    const zh = (['accuracy', 'curves', 'samples', 'semi'] as const).map((f) => augmentationScript(v, f, 'zh', URL));
    expect(runPython(`for s in ${JSON.stringify(zh)}:\n    compile(s, 'script', 'exec')\nprint('ok')\n`)).toBe('ok\n');
  });

  it('prints the CPU engine’s accuracy table exactly: every n, without and with all four transforms, one epoch', () => {
    const v = { ...base, n: 100, epochs: 1, seeds: 1, seed: 3, on: ALL, elastic: 20 } as AugmentationValues;
    const csv = runPython(augmentationScript(v, 'accuracy', 'en', URL), ['--data', MNIST_DATA_DIR], LIMIT).trimEnd().split('\n');
    expect(csv[0]).toBe('n,augment,seed,test_acc');
    const rows = csv.slice(1).map((l) => l.split(',').map((c, i) => (i === 1 ? c : Number(c))));
    const pop = accuracyPopulation(query(v));
    const expected = memberKeys(query(v)).map((k, i) => [k.n, k.augment ? 'yes' : 'no', k.seed, trainMember(pop, i).epochs.at(-1)!.test!.accuracy]);
    // Accuracies are ratios of counts: equal, not close.
    expect(rows).toEqual(expected);
  }, LIMIT);

  it('prints the CPU engine’s curves exactly: n = 200, shift and rotation, three epochs', () => {
    const v = { ...base, n: 200, epochs: 3, seeds: 1, seed: 11 } as AugmentationValues;
    const { head, rows } = run(v, 'curves');
    expect(head).toEqual(['augment', 'epoch', 'train_acc', 'test_acc']);
    const keys = memberKeys(query(v));
    const pop = accuracyPopulation(query(v));
    const expected = [false, true].flatMap((augment) =>
      trainMember(pop, keys.findIndex((k) => k.n === 200 && k.augment === augment && k.seed === 11)).epochs.map((e) => [
        augment ? 'yes' : 'no', e.epoch + 1, e.train.accuracy, e.test!.accuracy,
      ]),
    );
    expect(rows).toEqual(expected);
  }, LIMIT);

  it('prints the CPU engine’s samples strip: the augmented member’s next batch after training, every transform', () => {
    const v = { ...base, n: 100, epochs: 2, seeds: 1, seed: 4, on: ALL } as AugmentationValues;
    const { head, rows } = run(v, 'samples');
    expect(head).toEqual(['row', 'label', 'mean_abs_change']);
    const keys = memberKeys(query(v));
    const pop = accuracyPopulation(query(v));
    const { trainer } = trainMember(pop, keys.findIndex((k) => k.n === 100 && k.augment));
    const s = augmentSamples(resolveSpec(SPEC), data, trainer.getState(), SAMPLE_COUNT);
    expect(s.epoch).toBe(2);
    const expected = Array.from(s.labels, (label, i) => {
      let change = 0;
      for (let p = 0; p < 784; p++) change += Math.abs(s.augmented[i * 784 + p] - s.original[i * 784 + p]);
      return [i, label, change / 784];
    });
    expect(rows.map((r) => [Number(r[0]), ...r.slice(1)])).toEqual(expected);
    expect(expected.every((r) => (r[2] as number) > 0)).toBe(true);
  }, LIMIT);

  it('prints the CPU engine’s self-training table: the teacher’s pseudo-labels, five thresholds, two epochs', () => {
    const v = { ...base, n: 300, epochs: 2, seeds: 1, seed: 2, threshold: 0.95 } as AugmentationValues;
    const { head, rows } = run(v, 'semi');
    expect(head).toEqual(['threshold', 'labelled', 'test_acc']);
    const q = query(v);
    const keys = memberKeys(q);
    const teacher = trainMember(accuracyPopulation(q), keys.findIndex((k) => k.n === 300 && !k.augment && k.seed === 2)).trainer.getState();
    const train = data.train as { x: Float32Array; y: Uint8Array; n: number; d: number };
    const { output } = unitOutputs(SPEC, teacher.params, teacher.running, train.x, train.n);
    const { predicted, confidence } = softmaxConfidence(output, train.n, 10, true);
    const ts = thresholds(v.threshold);
    const plan = pseudoPlan(v.n, predicted, confidence, train.y, ts);
    const pop = semiPopulation(q, plan);
    const pseudo = { train: pseudoLabelled(train, v.n, plan.rows, plan.labels), test: data.test };
    const accs = pop.members.map((_, i) => trainMember(pop, i, pseudo).epochs.at(-1)!.test!.accuracy);
    const mean = (g: number) => spread(accs.slice(g * v.seeds, (g + 1) * v.seeds)).mean;
    const expected = [['none', v.n, mean(0)], ...ts.map((t, k) => [t, v.n + plan.accepted[k], mean(k + 1)])];
    expect(plan.accepted[0]).toBeGreaterThan(plan.accepted[4]);
    expect(rows.map((r) => [r[0] === 'none' ? r[0] : Number(r[0]), ...r.slice(1)])).toEqual(expected);
  }, LIMIT);

  it('stops with a message naming the file, and prints no table, when a data file does not match the manifest', () => {
    const name = 'mnist-train-images.u8.gzip';
    const { dir, remove } = tamperedMnist(name);
    temp.push(remove);
    const r = runPythonStatus(augmentationScript(base, 'samples', 'en', URL), ['--data', dir]);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain(name);
    expect(r.stdout).toBe('');
  });
});
