// "Reproduce in Python" for the early-stopping lesson: the exported numpy scripts (one per figure), run by python3 on the site's
// own data files, print the tables the CPU engine (the oracle) computes: the split, both nets' curves, and where the rule stops.
import { describe, expect, it } from 'vitest';
import { createTrainer, splitTrainValidation, type TrainData } from '../../../src/engine/train';
import { earlyStoppedConfig, N_TEST, populationConfig, VALIDATION_SHARE, VARIANTS } from '../../../src/lessons/early-stopping/model';
import { earlyStoppingParams, type EarlyStoppingValues } from '../../../src/lessons/early-stopping/params';
import { earlyStoppingScript, FIGURE_COLUMNS } from '../../../src/lessons/early-stopping/python';
import { defaults } from '../../../src/state/params';
import { mnistSmall } from '../../engine/train/mnistFixtures';
import { MNIST_DATA_DIR } from '../../helpers/mnistNode';
import { expectTablesClose, parseCsv, runPython } from '../../helpers/python';

/** Epochs in CI (the page's default budget is 80; PY_EPOCHS=40 runs the full-length check). */
const EPOCHS = Number(process.env.PY_EPOCHS ?? 4);
const base = defaults(earlyStoppingParams) as EarlyStoppingValues;
const URL = 'https://example.invalid/site/data/';

function data(v: EarlyStoppingValues): TrainData {
  const { train, test } = mnistSmall(v.n, N_TEST);
  return { ...splitTrainValidation(train, VALIDATION_SHARE, v.seed), test };
}

/** The compare figure's rows: both members of the population on the CPU engine, every epoch. */
function compareRows(v: EarlyStoppingValues): (string | number)[][] {
  const pop = populationConfig(v);
  const d = data(v);
  const rows: (string | number)[][] = [];
  pop.members.forEach((m, k) => {
    const trainer = createTrainer(pop.spec, d, m.hyper ?? {}, m.seed, pop.options);
    while (trainer.progress().stopped === null) {
      for (const e of trainer.step(1).epochs) rows.push([VARIANTS[k], e.epoch + 1, e.train.loss, e.validation!.loss, e.test!.accuracy]);
    }
  });
  return rows;
}

/** The stop figure's row: the engine's early-stopped run, its epochs and its stop reason. */
function stopRow(v: EarlyStoppingValues): (string | number)[] {
  const c = earlyStoppedConfig(v);
  const trainer = createTrainer(c.spec, data(v), c.hyper ?? {}, c.seed, c.options);
  let epochs = 0;
  while (trainer.progress().stopped === null) epochs += trainer.step(1).epochs.length;
  return [epochs, trainer.progress().stopped as string];
}

const run = (figure: 'curves' | 'stop' | 'compare', v: EarlyStoppingValues) =>
  parseCsv(runPython(earlyStoppingScript(figure, v, 'en', URL), ['--data', MNIST_DATA_DIR], 900_000));

describe('the early-stopping figures exported as numpy scripts', () => {
  it('carry the page’s settings, the split, the EarlyStopping class and each figure’s columns', () => {
    const v = { ...base, patience: 4, lambda: 0.02, lr: 0.05, n: 600, epochs: 12, seed: 5 } as EarlyStoppingValues;
    for (const figure of ['curves', 'stop', 'compare'] as const) {
      const script = earlyStoppingScript(figure, v, 'en', URL);
      for (const s of ['PATIENCE = 4', 'LAMBDA = 0.02', 'LR = 0.05', 'EPOCHS = 12', 'N = 600', 'VALIDATION = 0.2', 'N_TEST = 1000', 'BATCH = 50', 'SIZES = [784, 100, 100, 10]', 'SEED = 5', 'class EarlyStopping:', "shuffle(len(y), SEED, STREAM['split'])"]) {
        expect(script).toContain(s);
      }
      expect(script).toContain(`print('${FIGURE_COLUMNS[figure].join(',')}')`);
      expect(earlyStoppingScript(figure, v, 'zh', URL)).toContain(`运行：python3 early-stopping-${figure}.py`);
    }
  });

  it(`compare: both nets’ losses and test accuracies over ${EPOCHS} epochs, as the CPU engine computes them`, () => {
    const v = { ...base, epochs: EPOCHS } as EarlyStoppingValues;
    const { head, rows } = run('compare', v);
    expect(head).toEqual([...FIGURE_COLUMNS.compare]);
    const expected = compareRows(v);
    expect(expected.length).toBe(2 * EPOCHS);
    expectTablesClose(rows, expected, 1e-4);
    // The curves figure is the plain net's columns of the same run.
    const curves = run('curves', { ...v, epochs: 2 });
    expectTablesClose(curves.rows.map(([e, ...rest]) => [Number(e), ...rest]), expected.slice(0, 2).map((r) => [r[1], r[2], r[3]]), 1e-4);
  }, 1_200_000);

  it('stop: the rule ends the run at the same epoch as the engine (patience 1, and a budget it does not reach)', () => {
    const cases = [
      { v: { ...base, patience: 1, lr: 0.5, epochs: 8 } as EarlyStoppingValues, reason: 'early-stopping' },
      { v: { ...base, patience: 10, epochs: 2 } as EarlyStoppingValues, reason: 'epochs' },
    ];
    for (const { v, reason } of cases) {
      expect(stopRow(v)[1]).toBe(reason);
      const [head, ...rows] = runPython(earlyStoppingScript('stop', v, 'en', URL), ['--data', MNIST_DATA_DIR], 900_000).trimEnd().split('\n');
      expect(head).toBe(FIGURE_COLUMNS.stop.join(','));
      expect(rows).toEqual([stopRow(v).join(',')]);
    }
  }, 1_200_000);
});
