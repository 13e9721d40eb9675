// "Reproduce in Python" for the playground: the exported numpy scripts, run by python3, print the tables the CPU engine
// (the oracle: buildData, createTrainer, unitOutputsOf) computes for the same URL values, added points included.
import { describe, expect, it } from 'vitest';
import { unitOutputsOf } from '../../../src/engine/experiments/unitOutputs';
import { createTrainer } from '../../../src/engine/train';
import { boundaryRows, dataOf, hyperOf, inputsAt, isRegression, queryPoints, specOf } from '../../../src/lessons/playground/model';
import { playgroundParams, type PlaygroundValues } from '../../../src/lessons/playground/params';
import { playgroundScript, type PlaygroundFigure } from '../../../src/lessons/playground/python';
import { defaults } from '../../../src/state/params';
import { buildData } from '../../../src/worker/buildData';
import { expectTablesClose, runPython } from '../../helpers/python';

/** Epochs in CI; PY_EPOCHS=200 runs the page's default budget. */
const EPOCHS = Number(process.env.PY_EPOCHS ?? 40);
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
  const boundary = boundaryRows(out.output, regression, q.gridCount);
  const network: number[][] = [];
  trainer.layout.layers.forEach((L, l) => {
    for (let k = 0; k < L.fanIn * L.fanOut; k++) network.push([l + 1, Math.floor(k / L.fanOut) + 1, (k % L.fanOut) + 1, trainer.net.params[L.W + k]]);
  });
  return { curves, boundary, network };
}

function pyTable(v: PlaygroundValues, figure: PlaygroundFigure): { head: string[]; rows: number[][] } {
  const [head, ...lines] = runPython(playgroundScript(v, figure, 'en'), [], 120_000).trimEnd().split('\n');
  return { head: head.split(','), rows: lines.map((l) => l.split(',').map(Number)) };
}

describe('the playground figures exported as numpy scripts', () => {
  it.each([
    ['default spirals, ReLU, Adam', {}],
  ] as [string, Partial<PlaygroundValues>][])('%s: the curves table equals the CPU engine’s', async (_, over) => {
    const v = { ...base, epochs: EPOCHS, ...over } as PlaygroundValues;
    const { head, rows } = pyTable(v, 'curves');
    expect(head).toEqual(['epoch', 'train_loss', 'test_loss']);
    const expected = await engineTables(v);
    expectTablesClose(rows, expected.curves, 1e-4);
    if (process.env.PY_REPORT) console.log(`max rel diff ${maxRel(rows, expected.curves)} over ${rows.length} rows`);
  }, 120_000);
});

/** The largest relative difference between two numeric tables (for the PY_REPORT log). */
function maxRel(a: number[][], b: number[][]): number {
  let worst = 0;
  a.forEach((row, r) => row.forEach((x, c) => (worst = Math.max(worst, Math.abs(x - b[r][c]) / Math.max(1e-300, Math.abs(b[r][c]))))));
  return worst;
}
