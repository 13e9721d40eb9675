// "Reproduce in Python" for the batch-norm lesson's grid: the exported numpy script, run by python3 on the site's own data
// files, prints the training accuracies the CPU engine (the oracle) reaches with and without batch norm at each initial scale.
import { describe, expect, it } from 'vitest';
import type { BatchNormPlacement } from '../../../src/engine/nn';
import { createTrainer } from '../../../src/engine/train';
import { memberSpec } from '../../../src/engine/train/populationTypes';
import { gridPopulation, initStds, memberOf } from '../../../src/lessons/batch-norm/model';
import { batchNormParams, type BatchNormValues } from '../../../src/lessons/batch-norm/params';
import { batchNormScript, GRID_COLUMNS } from '../../../src/lessons/batch-norm/python';
import { defaults } from '../../../src/state/params';
import { mnistSmall } from '../../engine/train/mnistFixtures';
import { MNIST_DATA_DIR } from '../../helpers/mnistNode';
import { expectTablesClose, parseCsv, runPython } from '../../helpers/python';

/** Epochs in CI (the page's default is 20 over 1000 digits at 16 scales; PY_EPOCHS sets the epochs of the check). */
const EPOCHS = Number(process.env.PY_EPOCHS ?? 2);
const base = defaults(batchNormParams) as BatchNormValues;
const URL = 'https://example.invalid/site/data/';

/** The grid's rows as the page reads them: scale by scale, the BN member then the plain one, each trained by the CPU engine. */
function engineRows(v: BatchNormValues): number[][] {
  const pop = gridPopulation({ stds: v.stds, epochs: v.epochs, lr: v.lr, n: v.n, place: v.place as BatchNormPlacement, seed: v.seed });
  const data = mnistSmall(v.n, 0);
  const rows: number[][] = [];
  initStds(v.stds).forEach((std, k) => {
    for (const bn of [true, false]) {
      const m = pop.members[memberOf(k, bn)];
      const trainer = createTrainer(memberSpec(pop.spec, m), data, m.hyper ?? {}, m.seed, pop.options);
      while (trainer.progress().stopped === null) for (const e of trainer.step(1).epochs) rows.push([std, bn ? 1 : 0, e.epoch + 1, e.train.accuracy]);
    }
  });
  return rows;
}

const run = (v: BatchNormValues) => {
  const { head, rows } = parseCsv(runPython(batchNormScript(v, 'en', URL), ['--data', MNIST_DATA_DIR], 900_000));
  return { head, rows: rows.map(([std, ...rest]) => [Number(std), ...rest]) };
};

describe('the batch-norm grid exported as a numpy script', () => {
  it('carries the scales to the bit, the placement, ε and the BatchNormalization layer', () => {
    const v = { ...base, stds: 3, place: 'after', lr: 0.02, n: 500, epochs: 4, seed: 3 } as BatchNormValues;
    const script = batchNormScript(v, 'en', URL);
    // The scales as literals that read back to the page's doubles (in Node, 10^−4 by Math.pow is 0.00009999999999999999).
    const stds = /^STDS = \[([^\]]*)\]/m.exec(script)![1].split(', ').map(Number);
    expect(stds).toEqual(initStds(3));
    expect(stds[1]).toBe(0.01);
    expect(Math.abs(stds[2] - 1e-4)).toBeLessThan(1e-19);
    for (const s of ["PLACE = 'after'", 'LR = 0.02', 'EPOCHS = 4', 'N_TRAIN = 500', 'BATCH = 100', 'SIZES = [784] + [100] * 5 + [10]', 'BN_EPS = 0.000001', 'SEED = 3', 'class BatchNormalization:', 'class Net:']) {
      expect(script).toContain(s);
    }
    expect(script).toContain(`sys.stdout.write('${GRID_COLUMNS.join(',')}\\n')`);
    expect(batchNormScript(v, 'zh', URL)).toMatch(/运行：python3 batch-norm-grid\.py/);
  });

  it(`prints the grid the CPU engine trains (BN before the ReLU, two scales, ${EPOCHS} epochs), diverged networks left out as on the page`, () => {
    const v = { ...base, stds: 2, n: 300, epochs: EPOCHS } as BatchNormValues;
    const { head, rows } = run(v);
    expect(head).toEqual([...GRID_COLUMNS]);
    const expected = engineRows(v);
    // The plain net at std 1 diverges in its second epoch: its rows stop there, on the page and in the script.
    if (EPOCHS >= 2) expect(expected.filter((r) => r[0] === 1 && r[1] === 0).length).toBeLessThan(EPOCHS);
    expectTablesClose(rows, expected, 0);
  }, 1_200_000);

  it('and with BN after the ReLU, at three scales', () => {
    const v = { ...base, stds: 3, place: 'after', n: 200, epochs: 1 } as BatchNormValues;
    expectTablesClose(run(v).rows, engineRows(v), 0);
  }, 1_200_000);
});
