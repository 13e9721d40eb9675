// "Reproduce in Python" for the lr-schedules lesson: the exported numpy scripts, run by python3 on the site's own data
// files, print the tables the CPU engine (the oracle) trains for the same settings: the six schedules and the range test.
import { afterAll, describe, expect, it } from 'vitest';
import { createTrainer, scheduledLr } from '../../../src/engine/train';
import { rangeLr, rangePopulation, SCHEDULES, scheduleOf, schedulePopulation, type ScheduleKnobs } from '../../../src/lessons/lr-schedules/model';
import { lrSchedulesParams, type LrSchedulesValues } from '../../../src/lessons/lr-schedules/params';
import { lrSchedulesScript } from '../../../src/lessons/lr-schedules/python';
import { N_TEST } from '../../../src/lessons/optimizers-mnist/race';
import type { PopulationConfig } from '../../../src/components/run';
import { defaults } from '../../../src/state/params';
import { mnistSmall } from '../../engine/train/mnistFixtures';
import { MNIST_DATA_DIR } from '../../helpers/mnistNode';
import { expectTablesClose, parseCsv, runPython, runPythonStatus } from '../../helpers/python';
import { tamperedMnist } from '../../helpers/tamperedMnist';

/** CI-sized: 300 digits (batches of 128, 128 and 44), 2 epochs, a step every epoch; PY_EPOCHS and PY_N run the page's settings. */
const FULL = process.env.PY_EPOCHS !== undefined;
const N = Number(process.env.PY_N ?? 300);
const base = defaults(lrSchedulesParams) as LrSchedulesValues;
const URL = 'https://example.invalid/site/data/';

const knobs = (v: LrSchedulesValues): ScheduleKnobs => ({
  lr: v.lr, epochs: v.epochs, stepGamma: v['step.gamma'], stepEvery: v['step.every'], expGamma: v['exp.gamma'], invK: v['inv.k'], cosFloor: v['cos.floor'], warmup: v.warmup,
});

/** Each member of `pop` trained by the CPU engine: its per-update losses and its epoch reports. */
function trainAll(pop: PopulationConfig, n: number) {
  const data = mnistSmall(n, N_TEST);
  return pop.members.map((m) => {
    const trainer = createTrainer(pop.spec, data, m.hyper, m.seed, pop.options);
    const steps: { step: number; loss: number }[] = [];
    const epochs: { epoch: number; trainLoss: number; testAcc: number }[] = [];
    while (trainer.progress().stopped === null) {
      const r = trainer.step(50);
      for (const s of r.steps) steps.push({ step: s.step, loss: s.loss });
      for (const e of r.epochs) epochs.push({ epoch: e.epoch, trainLoss: e.train.loss, testAcc: e.test!.accuracy });
    }
    return { steps, epochs };
  });
}

const temp: (() => void)[] = [];
afterAll(() => temp.forEach((remove) => remove()));

describe('the lr-schedules figures exported as numpy scripts', () => {
  it('are self-contained and carry the page’s schedules, rate, sizes and seed', () => {
    const v = { ...base, lr: 0.2, epochs: 8, n: 1000, 'step.every': 2, seed: 3 } as LrSchedulesValues;
    const script = lrSchedulesScript(v, 'curves', 'en', URL);
    const imports = script.split('\n').filter((l) => /^\s*(import|from)\s/.test(l));
    expect(imports).toEqual([
      'import argparse', 'import gzip', 'import hashlib', 'import json', 'import math', 'import os', 'import sys', 'import urllib.request',
      'import numpy as np',
    ]);
    for (const s of [
      'LR = 0.2', 'EPOCHS = 8', 'BATCH = 128', 'N_TRAIN = 1000', 'N_TEST = 2000', 'EVAL_TRAIN = 1000', 'SEED = 3', `DATA_URL = '${URL}'`,
      "('constant', {'kind': 'constant'}),",
      "('step', {'kind': 'step', 'gamma': 0.5, 'every': 2}),",
      "('cosine', {'kind': 'cosine', 'total': 8, 'min': 0}),",
      "('warmup-cosine', {'kind': 'warmup-cosine', 'warmup': 1, 'total': 8, 'min': 0}),",
      'class MultiLayerNet:', 'def scheduled_lr(s, lr0, e):',
    ]) {
      expect(script).toContain(s);
    }
    const range = lrSchedulesScript(v, 'range', 'zh', URL);
    for (const s of ['LR = 0.0001', 'EPOCHS = 1', 'BATCH = 32', "SCHEDULES = [('range', {'kind': 'range', 'to': 10, 'total': 1})]"]) expect(range).toContain(s);
    expect(range).toMatch(/运行：python3 lr-schedules-range\.py/);
  });

  it('computes every schedule’s learning rate as the engine does', () => {
    const v = { ...base, epochs: 6, 'cos.floor': 0.1, warmup: 2 } as LrSchedulesValues;
    const es = [0, 0.25, 1, 1.5, 2, 2.75, 3, 5.9, 6, 7];
    const script = lrSchedulesScript(v, 'curves', 'en', URL).replace(/if __name__ == '__main__':[\s\S]*$/, `
for name, schedule in SCHEDULES:
    print(','.join(js_number(scheduled_lr(schedule, LR, e)) for e in [${es.join(', ')}]))
`);
    const out = runPython(script).trim().split('\n').map((l) => l.split(',').map(Number));
    const expected = SCHEDULES.map((s) => es.map((e) => scheduledLr(scheduleOf(s, knobs(v)), v.lr, e)));
    // The same formulas in the same order: equal but for an ulp of pow or cos between libm and V8.
    expectTablesClose(out, expected, 1e-15);
  });

  it(`prints the CPU engine's curves of the six schedules: ${N} digits`, () => {
    const v = (FULL ? { ...base, n: N, epochs: Number(process.env.PY_EPOCHS) } : { ...base, n: N, epochs: 2, 'step.every': 1 }) as LrSchedulesValues;
    const { head, rows } = parseCsv(runPython(lrSchedulesScript(v, 'curves', 'en', URL), ['--data', MNIST_DATA_DIR], 3_600_000));
    expect(head).toEqual(['schedule', 'epoch', 'lr', 'train_loss', 'test_acc']);
    const k = knobs(v);
    const runs = trainAll(schedulePopulation({ ...k, n: v.n, seed: v.seed }), v.n);
    const expected = runs.flatMap((r, m) =>
      r.epochs.map((e) => [SCHEDULES[m], e.epoch + 1, scheduledLr(scheduleOf(SCHEDULES[m], k), v.lr, e.epoch), e.trainLoss, e.testAcc]),
    );
    expect(expected.length).toBe(6 * v.epochs);
    // Accuracies are counts over 2000 digits: equal, not close.
    expect(rows.map((r) => r[4])).toEqual(expected.map((r) => r[4]));
    expectTablesClose(rows, expected, 1e-9);
  }, 3_600_000);

  it(`prints the CPU engine's range test: every update's rate and loss, ${FULL ? N : 320} digits`, () => {
    const n = FULL ? N : 320;
    const v = { ...base, n } as LrSchedulesValues;
    const { head, rows } = parseCsv(runPython(lrSchedulesScript(v, 'range', 'en', URL), ['--data', MNIST_DATA_DIR], 3_600_000));
    expect(head).toEqual(['lr', 'loss']);
    const [run] = trainAll(rangePopulation({ n, seed: v.seed }), n);
    const expected = run.steps.map((s) => [rangeLr(s.step, n), s.loss]);
    expect(expected.length).toBe(Math.ceil(n / 32));
    // The first column is read back as a string: compare it as a number.
    expectTablesClose(rows.map((r) => [Number(r[0]), r[1]]), expected, 1e-9);
  }, 3_600_000);

  it('stops with a message naming the file, and prints no table, when a data file does not match the manifest', () => {
    const name = 'mnist-train-labels.u8.gzip';
    const { dir, remove } = tamperedMnist(name);
    temp.push(remove);
    const r = runPythonStatus(lrSchedulesScript(base, 'range', 'en', URL), ['--data', dir]);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain(name);
    expect(r.stdout).toBe('');
  });
});
