// "Reproduce in Python" for the initialization lesson's MNIST comparison: the exported numpy script, run by python3 on the
// site's own data files, prints the loss at every update that the CPU engine (the oracle) reports for std 0.01, Xavier and He.
import { describe, expect, it } from 'vitest';
import { memberSpec } from '../../../src/engine/train/populationTypes';
import { createTrainer } from '../../../src/engine/train';
import { comparisonPopulation, N_TRAIN, VARIANTS } from '../../../src/lessons/initialization/mnistRuns';
import { initializationParams, type InitializationValues } from '../../../src/lessons/initialization/params';
import { initializationScript, TRAIN_COLUMNS } from '../../../src/lessons/initialization/python';
import { defaults } from '../../../src/state/params';
import { mnistSmall } from '../../engine/train/mnistFixtures';
import { MNIST_DATA_DIR } from '../../helpers/mnistNode';
import { expectTablesClose, parseCsv, runPython } from '../../helpers/python';

/** Epochs in CI (the page's default is 20, 20 updates each; PY_EPOCHS=20 runs the full default). */
const EPOCHS = Number(process.env.PY_EPOCHS ?? 1);
const base = defaults(initializationParams) as InitializationValues;
const URL = 'https://example.invalid/site/data/';

/** The figure's rows as the page computes them: [init, step, loss] of every update of each member on the CPU engine. */
function engineRows(v: InitializationValues): (string | number)[][] {
  const pop = comparisonPopulation({ lr: v.lr, seed: v.seed, epochs: v.epochs });
  const data = mnistSmall(N_TRAIN, 0);
  const rows: (string | number)[][] = [];
  pop.members.forEach((m, k) => {
    const trainer = createTrainer(memberSpec(pop.spec, m), data, m.hyper ?? {}, m.seed, pop.options);
    while (trainer.progress().stopped === null) for (const s of trainer.step(20).steps) rows.push([VARIANTS[k].id, s.step, s.loss]);
  });
  return rows;
}

describe('the initialization MNIST comparison exported as a numpy script', () => {
  it('carries the three initializations, the page’s learning rate, epochs and seed', () => {
    const script = initializationScript({ ...base, lr: 0.05, epochs: 3, seed: 11 } as InitializationValues, 'en', URL);
    for (const s of [
      "INITS = [('std001', ('gaussian', 0.01)), ('xavier', ('xavier', None)), ('he', ('he', None))]",
      'LR = 0.05', 'EPOCHS = 3', 'N_TRAIN = 2000', 'BATCH = 100', 'SIZES = [784] + [100] * 4 + [10]', 'SEED = 11', `DATA_URL = '${URL}'`,
      'def init_std(init, fan_in):', 'class Net:',
    ]) {
      expect(script).toContain(s);
    }
    expect(script).toContain(`sys.stdout.write('${TRAIN_COLUMNS.join(',')}\\n')`);
    expect(initializationScript(base, 'zh', URL)).toMatch(/运行：python3 initialization-training\.py/);
  });

  it(`prints the losses the CPU engine reports, update by update, over ${EPOCHS} epoch(s) at the default settings`, () => {
    const v = { ...base, epochs: EPOCHS } as InitializationValues;
    const { head, rows } = parseCsv(runPython(initializationScript(v, 'en', URL), ['--data', MNIST_DATA_DIR], 900_000));
    expect(head).toEqual([...TRAIN_COLUMNS]);
    const expected = engineRows(v);
    expect(expected.length).toBe(3 * EPOCHS * 20);
    expectTablesClose(rows, expected, 1e-4);
  }, 1_200_000);

  it('reproduces diverging runs: at η = 3 the Xavier and He nets’ losses leave the finite numbers at the same updates as on the page', () => {
    const v = { ...base, lr: 3, epochs: 1 } as InitializationValues;
    const { rows } = parseCsv(runPython(initializationScript(v, 'en', URL), ['--data', MNIST_DATA_DIR], 900_000));
    const expected = engineRows(v);
    expect(expected.length).toBeLessThan(3 * 20);
    expectTablesClose(rows, expected, 1e-4);
  }, 1_200_000);
});
