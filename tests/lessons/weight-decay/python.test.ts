// "Reproduce in Python" for the weight-decay lesson's MNIST figure: the exported numpy script, run by python3 on the site's
// own data files, prints the table the CPU engine (the oracle) trains for the same settings; a damaged data file stops it.
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createTrainer } from '../../../src/engine/train';
import { MNIST_TEST, mnistPopulation } from '../../../src/lessons/weight-decay/model';
import { weightDecayParams, type WeightDecayValues } from '../../../src/lessons/weight-decay/params';
import { weightDecayScript } from '../../../src/lessons/weight-decay/python';
import { defaults } from '../../../src/state/params';
import { mnistSmall } from '../../engine/train/mnistFixtures';
import { MNIST_DATA_DIR } from '../../helpers/mnistNode';
import { parseCsv, runPython, runPythonStatus } from '../../helpers/python';

/** Epochs in CI: the page's default is 201; the comparison below is the same code path over fewer epochs. */
const EPOCHS = Number(process.env.PY_EPOCHS ?? 40);
const base = defaults(weightDecayParams) as WeightDecayValues;
const ci = { ...base, 'mnist.epochs': EPOCHS } as WeightDecayValues;
const URL = 'https://example.invalid/site/data/';

/** The figure's rows as the page computes them: each member of mnistPopulation trained by the CPU engine, epoch by epoch. */
function engineRows(v: WeightDecayValues): (string | number)[][] {
  const lambda = v['mnist.lambda'];
  const pop = mnistPopulation(v);
  const data = mnistSmall(v['mnist.n'], MNIST_TEST);
  const rows: (string | number)[][] = [];
  pop.members.forEach((m, k) => {
    const trainer = createTrainer(pop.spec, data, m.hyper, m.seed, pop.options);
    while (trainer.progress().stopped === null) {
      for (const e of trainer.step(1).epochs) rows.push([String([0, lambda][k]), e.epoch + 1, e.train.accuracy, e.test!.accuracy]);
    }
  });
  return rows;
}

const temp: string[] = [];
afterAll(() => temp.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('the weight-decay MNIST figure exported as a numpy script', () => {
  it('is self-contained: numpy and the standard library only, the layer and optimizer classes, the settings written in', () => {
    const v = { ...base, 'mnist.lambda': 0.03, 'mnist.lr': 0.02, 'mnist.n': 500, 'mnist.epochs': 7, seed: 42 } as WeightDecayValues;
    const script = weightDecayScript(v, 'en', URL);
    const imports = script.split('\n').filter((l) => /^\s*(import|from)\s/.test(l));
    expect(imports).toEqual([
      'import argparse', 'import gzip', 'import hashlib', 'import json', 'import math', 'import os', 'import sys', 'import urllib.request',
      'import numpy as np',
    ]);
    for (const c of ['class Affine:', 'class Relu:', 'class SoftmaxWithLoss:', 'class SGD:', 'class MultiLayerNet:']) expect(script).toContain(c);
    for (const s of ['LAMBDAS = [0, 0.03]', 'LR = 0.02', 'EPOCHS = 7', 'N_TRAIN = 500', 'N_TEST = 1000', 'BATCH = 100', 'SEED = 42', `DATA_URL = '${URL}'`]) {
      expect(script).toContain(s);
    }
    expect(weightDecayScript(v, 'zh', URL)).toMatch(/运行：python3/);
  });

  it(`prints the table the CPU engine trains, exactly, over ${EPOCHS} epochs of both nets (λ = 0 and λ = 0.1)`, () => {
    const { head, rows } = parseCsv(runPython(weightDecayScript(ci, 'en', URL), ['--data', MNIST_DATA_DIR], 600_000).replace(/\r/g, ''));
    expect(head).toEqual(['lambda', 'epoch', 'train_acc', 'test_acc']);
    const expected = engineRows(ci);
    expect(expected.length).toBe(2 * EPOCHS);
    // Accuracies are counts over 300 and 1000 digits: equal, not close.
    expect(rows).toEqual(expected);
  }, 900_000);

  it('takes the engine’s updates bit for bit: the same float32 weights after 6 updates at λ = 0.1, the same losses', () => {
    const steps = 6;
    const v = { ...base, 'mnist.epochs': 2 } as WeightDecayValues;
    // The script's classes, driven by a different main: one net, `steps` updates, then its losses and weights' SHA-256.
    const script = weightDecayScript(v, 'en', URL).replace(/if __name__ == '__main__':[\s\S]*$/, `
(x_train, y_train), _ = load_mnist(sys.argv[-1], N_TRAIN, N_TEST)
net = MultiLayerNet(SIZES, SEED)
optimizer = SGD(LR, LAMBDAS[1])
done = 0
for epoch in range(EPOCHS):
    order = permutation(N_TRAIN, SEED, epoch)
    for start in range(0, N_TRAIN, BATCH):
        if done < ${steps}:
            batch = order[start:start + BATCH]
            print(repr(net.gradient(x_train[batch], y_train[batch]) + net.penalty(LAMBDAS[1])))
            optimizer.update(net.affines)
            done += 1
flat = np.concatenate([np.concatenate([a.W.ravel(), a.b]) for a in net.affines]).astype('<f4')
print(hashlib.sha256(flat.tobytes()).hexdigest())
`);
    const out = runPython(script, ['--data', MNIST_DATA_DIR], 300_000).trim().split('\n');
    const pop = mnistPopulation({ ...v, 'mnist.lambda': 0.1, 'mnist.epochs': 2 });
    const trainer = createTrainer(pop.spec, mnistSmall(v['mnist.n'], MNIST_TEST), pop.members[1].hyper, v.seed, pop.options);
    const losses = trainer.step(steps).steps.map((s) => s.loss);
    const params = trainer.getParams();
    const sha = createHash('sha256').update(new Uint8Array(params.buffer, params.byteOffset, params.byteLength)).digest('hex');
    expect(out.length).toBe(steps + 1);
    // Losses are sums in double (np.sum's pairwise order for ½λ‖W‖² against the engine's loop): 1e-12 relative.
    out.slice(0, steps).forEach((l, k) => expect(Math.abs(Number(l) - losses[k])).toBeLessThanOrEqual(1e-12 * losses[k]));
    expect(out[steps]).toBe(sha);
  }, 600_000);

  it('stops with a message naming the file, and prints no table, when a data file does not match the manifest', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mnist-flip-'));
    temp.push(dir);
    mkdirSync(dir, { recursive: true });
    for (const f of readdirSync(MNIST_DATA_DIR)) copyFileSync(join(MNIST_DATA_DIR, f), join(dir, f));
    const name = 'mnist-train-labels.u8.gzip';
    const bytes = readFileSync(join(dir, name));
    bytes[bytes.length >> 1] ^= 0x01;
    writeFileSync(join(dir, name), bytes);
    const r = runPythonStatus(weightDecayScript(ci, 'en', URL), ['--data', dir]);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain(name);
    expect(r.stderr).toMatch(/SHA-256/);
    expect(r.stdout).toBe('');
  });
});
