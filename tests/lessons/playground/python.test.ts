// "Reproduce in Python" for the playground: the exported numpy scripts, run by python3, print the tables the CPU engine
// (the oracle: buildData, createTrainer, unitOutputsOf) computes for the same URL values, added points included.
import { describe, expect, it } from 'vitest';
import { unitOutputsOf } from '../../../src/engine/experiments/unitOutputs';
import { createTrainer } from '../../../src/engine/train';
import { boundaryRows, dataOf, hyperOf, inputsAt, isRegression, queryPoints, specOf } from '../../../src/lessons/playground/model';
import { playgroundParams, type PlaygroundValues } from '../../../src/lessons/playground/params';
import { playgroundColumns, playgroundScript, type PlaygroundFigure } from '../../../src/lessons/playground/python';
import { defaults } from '../../../src/state/params';
import { buildData } from '../../../src/worker/shared/data/buildData';
import { expectTablesClose, runPython } from '../../helpers/python';

/** Epochs in CI: 40 of the default run, 12 of each variant; PY_EPOCHS=200 runs every case over the page's default budget. */
const EPOCHS = Number(process.env.PY_EPOCHS ?? 40);
const VARIANT_EPOCHS = Number(process.env.PY_EPOCHS ?? 12);
const base = defaults(playgroundParams) as PlaygroundValues;
const noMnist = () => Promise.reject(new Error('no MNIST in the playground'));

/** What the page computes: the curves rows at every epoch end, then the boundary and network tables after the run. */
async function engineTables(v: PlaygroundValues): Promise<Record<PlaygroundFigure, number[][]>> {
  const data = await buildData(dataOf(v), noMnist);
  const trainer = createTrainer(specOf(v), data, hyperOf(v), v.seed, { epochs: v.epochs, evalEachEpoch: true });
  const curves: number[][] = [];
  while (trainer.progress().stopped === null) {
    for (const e of trainer.step(50).epochs) curves.push([e.epoch + 1, e.train.loss, e.validation!.loss]);
  }
  const regression = isRegression(v);
  const q = queryPoints(regression);
  const inputs = inputsAt(q.points, v);
  const m = q.gridCount + q.tableCount;
  const out = unitOutputsOf(trainer.net, inputs, m, { dropout: hyperOf(v).dropout as number[] });
  const table = boundaryRows(out.output, regression, q.gridCount);
  const boundary = table.regression ? table.rows.map((r) => [r.x, r.y_hat]) : table.rows.map((r) => [r.x1, r.x2, r.p]);
  const network: number[][] = [];
  trainer.layout.layers.forEach((L, l) => {
    for (let k = 0; k < L.fanIn * L.fanOut; k++) network.push([l + 1, Math.floor(k / L.fanOut) + 1, (k % L.fanOut) + 1, trainer.net.params[L.W + k]]);
  });
  return { curves, boundary, network };
}

function pyTable(v: PlaygroundValues, figure: PlaygroundFigure): { head: string[]; rows: number[][] } {
  const [head, ...lines] = runPython(playgroundScript(v, figure, 'en'), [], 1_200_000).trimEnd().split('\n');
  return { head: head.split(','), rows: lines.map((l) => l.split(',').map(Number)) };
}

/** Points added on the plot (x₁, x₂, class): some deep in the other class's region, one on the plane's edge. */
const ADDED = [0.2, 0.3, 1, -0.4, 0.1, 0, 1.5, -1.5, 1, -0.05, -0.6, 0, 0.9, 0.9, 1];

/** The cases: each a figure and the URL values that differ from the page's defaults (CI-sized epochs). */
const CASES: [string, PlaygroundFigure, Partial<PlaygroundValues>][] = [
  ['default spirals (ReLU, He, Adam, batch 10)', 'curves', {}],
  [
    'spirals with 5 added points, all seven features, tanh, dropout, L1 and L2, momentum, clipping',
    'curves',
    { pts: ADDED, feat: ['x1', 'x2', 'x1sq', 'x2sq', 'x1x2', 'sinx1', 'sinx2'], act: 'tanh', dropout: 0.2, 'p.2': 0, l1: 0.001, l2: 0.003, opt: 'momentum', lr: 0.03, clip: 1, noise: 0.1 },
  ],
  ['circles, added points, sigmoid, Xavier, RMSProp, 25% held out: the boundary', 'boundary', { data: 'circles', pts: ADDED, act: 'sigmoid', init: 'xavier', opt: 'rmsprop', train: 0.75, batch: 16, depth: 2 }],
  ['xor with x₁x₂ only, leaky ReLU, custom std, AdaGrad, discrete output: the boundary', 'boundary', { data: 'xor', feat: ['x1x2'], act: 'leaky', init: 'custom', std: 0.5, opt: 'adagrad', lr: 0.05, discrete: 'on', noise: 0.2 }],
  ['spirals, batch norm before tanh, dropout, Adam: the curves', 'curves', { bn: 'before', act: 'tanh', dropout: 0.1, batch: 32 }],
  ['circles with added points, batch norm after sigmoid, momentum, L2: the boundary', 'boundary', { data: 'circles', pts: ADDED, bn: 'after', act: 'sigmoid', opt: 'momentum', lr: 0.05, l2: 0.001, batch: 20, depth: 2 }],
  ['blobs with added points, AdaDelta, per-layer dropout: the weights', 'network', { data: 'blobs', pts: ADDED, opt: 'adadelta', dropout: 0.1, 'p.1': 0.3, batch: 25, noise: 0.3 }],
  ['sine regression with added points, tanh, SGD: the curves', 'curves', { data: 'sine', pts: [0.5, -1, 0, -1.2, 1.4, 0], act: 'tanh', opt: 'sgd', lr: 0.05, noise: 0.1 }],
  ['sine regression, sigmoid, Adam: the fitted curve', 'boundary', { data: 'sine', pts: [0.5, -1, 0], act: 'sigmoid', depth: 2, units: 6, noise: 0.2 }],
];

describe('the playground figures exported as numpy scripts', () => {
  it('is self-contained: numpy and the standard library, the layer and optimizer classes, the settings and the added points written in', () => {
    const v = { ...base, pts: [0.2, 0.3, 1, -0.4, 0.1, 0], opt: 'sgd', lr: 0.03, epochs: 7, seed: 5, dataSeed: 9, act: 'tanh' } as PlaygroundValues;
    const script = playgroundScript(v, 'curves', 'en');
    const imports = script.split('\n').filter((l) => /^\s*(import|from)\s/.test(l));
    expect(imports).toEqual(['import math', 'import sys', 'import numpy as np']);
    for (const c of ['class Affine:', 'class Relu:', 'class Tanh:', 'class Sigmoid:', 'class LeakyRelu:', 'class Dropout:', 'class SoftmaxWithLoss:', 'class MeanSquaredError:', 'class ToyNet:', 'class SGD:']) {
      expect(script.split(c).length, c).toBe(2);
    }
    expect(script).not.toContain('class MultiLayerNet:');
    for (const s of ["DATA = 'spirals'", 'N_POINTS = 400', 'N_HELD_OUT = 200', 'DATA_SEED = 9', 'ADDED_POINTS = [(0.2, 0.3, 1), (-0.4, 0.1, 0)]', "FEATURE_NAMES = ['x1', 'x2']", 'SIZES = [2, 8, 8, 8, 2]', "ACTIVATION = 'tanh'", 'EPOCHS = 7', 'SEED = 5', 'BATCH = 10', 'optimizer = SGD(lr=0.03)']) {
      expect(script).toContain(s);
    }
    expect(playgroundScript({ ...v, opt: 'adam' } as PlaygroundValues, 'boundary', 'en')).toContain('optimizer = Adam(lr=0.03, beta1=0.9, beta2=0.999, eps=1e-8)');
    expect(playgroundScript(v, 'network', 'zh')).toMatch(/运行：python3 playground-network\.py/);
  });

  it.each(CASES)('%s: equals the CPU engine’s table', async (_, figure, over) => {
    const v = { ...base, epochs: Object.keys(over).length ? VARIANT_EPOCHS : EPOCHS, ...over } as PlaygroundValues;
    const { head, rows } = pyTable(v, figure);
    const expected = (await engineTables(v))[figure];
    expect(head).toEqual(playgroundColumns(figure, v));
    const want = figure === 'boundary' && v.discrete === 'on' ? expected.map((r) => [...r, r[2] >= 0.5 ? 1 : 0]) : expected;
    expectTablesClose(rows, want, 1e-4);
    if (process.env.PY_REPORT) console.log(`${figure} ${JSON.stringify(over).slice(0, 60)}: max rel diff ${maxRel(rows, want)} over ${rows.length} rows`);
  }, 1_200_000);
});

/** The largest relative difference between two numeric tables (for the PY_REPORT log). */
function maxRel(a: number[][], b: number[][]): number {
  let worst = 0;
  a.forEach((row, r) => row.forEach((x, c) => (worst = Math.max(worst, Math.abs(x - b[r][c]) / Math.max(1e-300, Math.abs(b[r][c]))))));
  return worst;
}
