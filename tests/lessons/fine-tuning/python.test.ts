// "Reproduce in Python" for the fine-tuning lesson: the exported numpy scripts (one per figure), run by python3 on the site's
// own data files, print the tables the CPU engine (the oracle) computes for the same settings: pre-training on 0–4, then
// members on 5–9 started from the pre-trained weights (frozen, first frozen, or at 0.1 × the rate) or from scratch.
// CI-sized: 500 pre-training digits, one or two epochs, one or two seeds (PY_EPOCHS runs longer step 2).
import { afterAll, describe, expect, it } from 'vitest';
import { createTrainer, memberSpec } from '../../../src/engine/train';
import { fineTuneConfig, memberKeys, pretrainConfig, SPEC, type Lower } from '../../../src/lessons/fine-tuning/model';
import { fineTuningParams, type FineTuningValues } from '../../../src/lessons/fine-tuning/params';
import { fineTuningScript, FIGURE_COLUMNS, type FineTuningFigure } from '../../../src/lessons/fine-tuning/python';
import { norm, relChange, unitWeights } from '../../../src/lessons/fine-tuning/weights';
import { buildData } from '../../../src/worker/shared/data/buildData';
import { defaults } from '../../../src/state/params';
import { loadMnistBytesNode, MNIST_DATA_DIR } from '../../helpers/mnistNode';
import { expectTablesClose, runPython, runPythonStatus } from '../../helpers/python';
import { tamperedMnist } from '../../helpers/tamperedMnist';

const base = defaults(fineTuningParams) as FineTuningValues;
const URL = 'https://example.invalid/site/data/';
const EPOCHS = Number(process.env.PY_EPOCHS ?? 1);
/** The CI size: 500 training digits read for pre-training (about 250 of 0–4), 100 test digits, one seed. */
const small = { ...base, pre: 500, preEpochs: 1, test: 100, seeds: 1, epochs: EPOCHS } as FineTuningValues;
const load = () => Promise.resolve(loadMnistBytesNode());
type Row = (string | number)[];

/** Trains to the end; the test accuracy after each epoch. */
function accuracies(trainer: ReturnType<typeof createTrainer>): number[] {
  const accs: number[] = [];
  while (trainer.progress().stopped === null) for (const e of trainer.step(50).epochs) accs.push(e.test!.accuracy);
  return accs;
}

/** The CPU engine's run of the page's configs: the pre-trained trainer and its accuracies, and a trainer per wanted member. */
async function engine(v: FineTuningValues, want: (i: number) => boolean) {
  const pc = pretrainConfig(v);
  const pre = createTrainer(pc.spec, await buildData(pc.data, load), pc.members[0].hyper, pc.members[0].seed, pc.options);
  const preAcc = accuracies(pre);
  const q = { ...v, lower: v.lower as Lower };
  const c = fineTuneConfig(q, pre.getParams());
  const data = await buildData(c.data, load);
  const members = memberKeys(q).flatMap((key, i) => {
    if (!want(i)) return [];
    const m = c.members[i];
    const trainer = createTrainer(memberSpec(c.spec, m), data, m.hyper, m.seed, m.start ? { ...c.options, start: m.start } : c.options);
    return [{ key, trainer, accs: accuracies(trainer) }];
  });
  return { pre, preAcc, members };
}

/** A printed CSV: its header and rows, every cell that reads as a number a number. */
function csv(out: string): { head: string[]; rows: Row[] } {
  const [head, ...lines] = out.trimEnd().split('\n');
  return { head: head.split(','), rows: lines.map((l) => l.split(',').map((c) => (c !== '' && !Number.isNaN(Number(c)) ? Number(c) : c))) };
}

const run = (figure: FineTuningFigure, v: FineTuningValues) => csv(runPython(fineTuningScript(figure, v, 'en', URL), ['--data', MNIST_DATA_DIR], 600_000));

const temp: (() => void)[] = [];
afterAll(() => temp.forEach((remove) => remove()));

describe('the fine-tuning figures exported as numpy scripts', () => {
  it('are self-contained and carry the page’s settings, the members and the rate factors', () => {
    const script = fineTuningScript('accuracy', base, 'en', URL);
    const imports = script.split('\n').filter((l) => /^\s*(import|from)\s/.test(l));
    expect(imports).toEqual([
      'import argparse', 'import gzip', 'import hashlib', 'import json', 'import math', 'import os', 'import sys', 'import urllib.request',
      'import numpy as np',
    ]);
    for (const s of [
      'K = 10', "LOWER = 'frozen'", 'FACTORS = [0, 0, 1]', 'SEEDS = 3', 'EPOCHS = 10', 'PRE_EPOCHS = 3', 'PRE = 10000', 'TEST = 1000', 'SEED = 1',
      'OLD = [0, 1, 2, 3, 4]', 'NEW = [5, 6, 7, 8, 9]', 'K_VALUES = [1, 3, 10, 30, 100]', 'K_MAX = 100', 'N_NEW_POOL = 2000', 'BATCH = 50',
      'FT_BATCH = 10', 'SIZES = [784, 100, 100, 10]', 'optimizer = Adam(lr=0.001, beta1=0.9, beta2=0.999, eps=1e-8)', 'class Adam:',
      `DATA_URL = '${URL}'`, "print('k,method,seed,test_acc', flush=True)",
    ]) {
      expect(script).toContain(s);
    }
    expect(fineTuningScript('curves', { ...base, k: 7, lower: 'slow' }, 'en', URL)).toContain('K_VALUES = [1, 3, 7, 10, 30, 100]');
    expect(fineTuningScript('curves', { ...base, lower: 'slow' }, 'en', URL)).toContain('FACTORS = [0.1, 0.1, 1]');
    expect(fineTuningScript('weights', base, 'zh', URL)).toMatch(/运行：python3 fine-tuning-weights\.py/);
    for (const f of Object.keys(FIGURE_COLUMNS) as FineTuningFigure[]) expect(fineTuningScript(f, base, 'en', URL)).toContain(`print('${FIGURE_COLUMNS[f].join(',')}', flush=True)`);
  });

  it('pretrain: the CPU engine’s test accuracy on 0–4 after each of two epochs, exactly', async () => {
    const v = { ...small, preEpochs: 2, seed: 4 } as FineTuningValues;
    const { head, rows } = run('pretrain', v);
    expect(head).toEqual([...FIGURE_COLUMNS.pretrain]);
    const { preAcc } = await engine(v, () => false);
    expect(preAcc).toHaveLength(2);
    expect(rows).toEqual(preAcc.map((a, e) => [e + 1, a]));
  }, 600_000);

  it('accuracy: every member (five k, both ways) at 0.1 × the rate on the pre-trained hidden layers, exactly', async () => {
    const v = { ...small, k: 3, lower: 'slow' } as FineTuningValues;
    const { head, rows } = run('accuracy', v);
    expect(head).toEqual([...FIGURE_COLUMNS.accuracy]);
    const { members } = await engine(v, () => true);
    expect(members).toHaveLength(10);
    expect(rows).toEqual(members.map(({ key, accs }) => [key.k, key.method, key.seed, accs[accs.length - 1]]));
  }, 600_000);

  it('curves: the slider’s k outside the sweep, two seeds, the first layer frozen, every epoch, exactly', async () => {
    const v = { ...small, k: 7, lower: 'first', seeds: 2, epochs: EPOCHS + 1, seed: 3 } as FineTuningValues;
    const { head, rows } = run('curves', v);
    expect(head).toEqual([...FIGURE_COLUMNS.curves]);
    const keys = memberKeys({ ...v });
    const { members } = await engine(v, (i) => keys[i].k === 7);
    expect(members).toHaveLength(4);
    expect(rows).toEqual(members.flatMap(({ key, accs }) => accs.map((a, e) => [key.method, key.seed, e + 1, a])));
  }, 600_000);

  it('weights: norms and changes of the first units; with both hidden layers frozen the fine-tuned first layer is the pre-trained one', async () => {
    const v = { ...small, k: 1, lower: 'frozen' } as FineTuningValues;
    const { head, rows } = run('weights', v);
    expect(head).toEqual([...FIGURE_COLUMNS.weights]);
    const keys = memberKeys({ ...v });
    const first = (m: string) => keys.findIndex((key) => key.k === 1 && key.method === m);
    const { pre, members } = await engine(v, (i) => i === first('fine-tune') || i === first('scratch'));
    const fanOut = SPEC.hidden[0].units;
    const P = pre.getParams();
    const nets: [string, Float32Array][] = [['pre-trained', P], ['fine-tuned', members[0].trainer.getParams()], ['scratch', members[1].trainer.getParams()]];
    const expected = nets.flatMap(([name, params]) =>
      Array.from({ length: 8 }, (_, j): Row => [name, j, norm(unitWeights(params, fanOut, j)), relChange(unitWeights(params, fanOut, j), unitWeights(P, fanOut, j))]),
    );
    expectTablesClose(rows, expected, 1e-12);
    // Frozen by the factor 0: the change is exactly 0 and the norm the pre-trained unit's (an independent reason, not the engine's output).
    for (let j = 0; j < 8; j++) {
      expect(rows[8 + j][3]).toBe(0);
      expect(rows[8 + j][2]).toBe(rows[j][2]);
      expect(rows[j][3]).toBe(0);
    }
    expect(rows[16][3]).toBeGreaterThan(0);
  }, 600_000);

  it('stops with a message naming the file, and prints no table, when a data file does not match the manifest', () => {
    const name = 'mnist-train-images.u8.gzip';
    const { dir, remove } = tamperedMnist(name);
    temp.push(remove);
    const r = runPythonStatus(fineTuningScript('pretrain', small, 'en', URL), ['--data', dir]);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain(name);
    expect(r.stdout).toBe('');
  });
});
