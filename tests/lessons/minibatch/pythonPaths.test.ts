// "Reproduce in Python" for the minibatch lesson's regression part: the exported scripts print the paths and distances
// the lesson's model computes (the same doubles in the same order), with the set drawn from the same seed.
import { describe, expect, it } from 'vitest';
import { comparedSizes, leastSquares, minibatchPath, pathRows, regressionData } from '../../../src/lessons/minibatch/model';
import { minibatchParams, type MinibatchValues } from '../../../src/lessons/minibatch/params';
import { minibatchPathsScript } from '../../../src/lessons/minibatch/pythonPaths';
import { defaults } from '../../../src/state/params';
import { expectTablesClose, parseCsv, runPython } from '../../helpers/python';

const base = defaults(minibatchParams) as MinibatchValues;
const v = { ...base, b: 10, lr: 0.3, epochs: 6, noise: 0.8, seed: 12 } as MinibatchValues;

function model(values: MinibatchValues) {
  const data = regressionData(values.seed, values.noise);
  const paths = comparedSizes(values.b).map((B) => minibatchPath(data, B, values.lr, values.epochs, values.seed));
  return { opt: leastSquares(data), paths };
}

describe('the minibatch regression figures exported as Python scripts', () => {
  it('carry the page’s batch sizes, rate, epochs, noise and seed, and import nothing but math', () => {
    const script = minibatchPathsScript(v, 'paths', 'en');
    expect(script.split('\n').filter((l) => /^\s*(import|from)\s/.test(l))).toEqual(['import math']);
    for (const s of ['BATCH_SIZES = [1, 10, 64]', 'LR = 0.3', 'EPOCHS = 6', 'NOISE = 0.8', 'SEED = 12', 'W0 = (-2, -2)']) expect(script).toContain(s);
    expect(minibatchPathsScript(v, 'distance', 'zh')).toMatch(/运行：python3 minibatch-distance\.py/);
  });

  it('print the paths and the distances to w* the page computes', () => {
    const { opt, paths } = model(v);
    const p = parseCsv(runPython(minibatchPathsScript(v, 'paths', 'en')));
    expect(p.head).toEqual(['batch_size', 'step', 'w1', 'w2']);
    // Double arithmetic in the same order; the Gaussians' log and cos may differ by an ulp between libm and V8.
    expectTablesClose(p.rows.map((r) => [Number(r[0]), ...r.slice(1)]), pathRows(paths).map((r) => [r.batch_size, r.step, r.w1, r.w2]), 1e-12);
    const d = parseCsv(runPython(minibatchPathsScript(v, 'distance', 'en')));
    expect(d.head).toEqual(['batch_size', 'step', 'epoch', 'distance']);
    const expected = paths.flatMap((q) =>
      Array.from({ length: q.steps + 1 }, (_, k) => [q.batchSize, k, k / q.updatesPerEpoch, Math.hypot(q.w[2 * k] - opt[0], q.w[2 * k + 1] - opt[1])]),
    );
    expectTablesClose(d.rows.map((r) => [Number(r[0]), ...r.slice(1)]), expected, 1e-9);
  });
});
