// "Reproduce in Python" for the batch-norm lesson's step-by-step, modes, histograms and book-view figures: each exported
// numpy script, run by python3 on the site's data files, prints the table the page reads off the CPU engine (the oracle).
import { describe, expect, it } from 'vitest';
import type { BatchNormPlacement } from '../../../src/engine/nn';
import { batchNormTrace } from '../../../src/engine/experiments/batchNormTrace';
import { createTrainer, subset, type CpuTrainer } from '../../../src/engine/train';
import { memberSpec } from '../../../src/engine/train/populationTypes';
import { tableCells } from '../../../src/components/Table';
import { BOOK_VIEW_COLUMNS, bookViewRows, nanAccuracy, type GridRow, type Stopped } from '../../../src/lessons/batch-norm/bookView';
import { argmax, gridPopulation, initStds, memberOf, panelIndex, traceRows } from '../../../src/lessons/batch-norm/model';
import { batchNormParams, type BatchNormValues } from '../../../src/lessons/batch-norm/params';
import {
  HIST_BINS, INSPECT_COLUMNS, SHOW_ROWS, SHOW_UNITS, SINGLES, batchNormInspectScript, type InspectFigure,
} from '../../../src/lessons/batch-norm/pythonInspect';
import { defaults } from '../../../src/state/params';
import { mnistSmall } from '../../engine/train/mnistFixtures';
import { MNIST_DATA_DIR } from '../../helpers/mnistNode';
import { expectTablesClose, parseCsv, runPython } from '../../helpers/python';

const base = defaults(batchNormParams) as BatchNormValues;
const URL = 'https://example.invalid/site/data/';

/** The members `which` (indices into the page's grid population, default all) trained to their end on the CPU engine. */
function trainAll(v: BatchNormValues, which?: number[]): { trainers: CpuTrainer[]; acc: number[][] } {
  const pop = gridPopulation({ stds: v.stds, epochs: v.epochs, lr: v.lr, n: v.n, place: v.place as BatchNormPlacement, seed: v.seed });
  const data = mnistSmall(v.n, 0);
  const trainers: CpuTrainer[] = [];
  const acc: number[][] = [];
  pop.members.forEach((m, i) => {
    if (which && !which.includes(i)) return;
    const t = createTrainer(memberSpec(pop.spec, m), data, m.hyper ?? {}, m.seed, pop.options);
    const a: number[] = [];
    while (t.progress().stopped === null) for (const e of t.step(1).epochs) a.push(e.train.accuracy);
    trainers[i] = t;
    acc[i] = a;
  });
  return { trainers, acc };
}

/** The figure's rows as the page builds them (AlgorithmSection, HistogramSection, BookViewSection) from the engine. */
function engineRows(v: BatchNormValues, figure: InspectFigure): (string | number)[][] {
  const k = panelIndex(v.panel, v.stds);
  const which = { algorithm: [memberOf(k, true)], modes: [memberOf(k, true)], histograms: [memberOf(k, true), memberOf(k, false)], 'book-view': undefined }[figure];
  const { trainers, acc } = trainAll(v, which);
  const bn = trainers[memberOf(k, true)];
  if (figure === 'algorithm' || figure === 'modes') {
    const state = bn.getState();
    const batch = subset(mnistSmall(v.n, 0).train, Array.from(bn.lastBatch()));
    const tr = batchNormTrace(bn.spec, state.params, state.running, batch.x, batch.n, v.layer - 1, SINGLES);
    if (figure === 'algorithm') return tableCells(INSPECT_COLUMNS.algorithm, traceRows(tr, SHOW_ROWS, SHOW_UNITS));
    const c = tr.outputSize;
    return Array.from({ length: tr.singles }, (_, i) => [i + 1, batch.y[i], argmax(tr.singleTrain, i * c, c), argmax(tr.singleEval, i * c, c)]);
  }
  if (figure === 'histograms') {
    return [bn, trainers[memberOf(k, false)]].flatMap((t, m) =>
      t.histograms({ bins: HIST_BINS }).flatMap((h) =>
        Array.from(h.counts, (c, i) => [m === 0 ? 1 : 0, h.layer + 1, h.lo + ((h.hi - h.lo) * i) / HIST_BINS, h.lo + ((h.hi - h.lo) * (i + 1)) / HIST_BINS, c]),
      ),
    );
  }
  const stds = initStds(v.stds);
  const stopped: Stopped[] = [];
  const grid: GridRow[] = [];
  stds.forEach((std, i) =>
    [true, false].forEach((withBn) => {
      const t = trainers[memberOf(i, withBn)];
      if (t.progress().stopped === 'diverged') stopped.push({ k: i, bn: withBn, at: t.progress().divergedAt ?? 0 });
      acc[memberOf(i, withBn)].forEach((a, e) => grid.push({ std, bn: withBn ? 1 : 0, epoch: e + 1, train_acc: a }));
    }),
  );
  return tableCells(BOOK_VIEW_COLUMNS, bookViewRows(stopped, stds, grid, v.epochs, nanAccuracy(mnistSmall(v.n, 0).train.y, v.n)));
}

function run(v: BatchNormValues, figure: InspectFigure): number[][] {
  const { head, rows } = parseCsv(runPython(batchNormInspectScript(v, figure, 'en', URL), ['--data', MNIST_DATA_DIR], 600_000));
  expect(head).toEqual([...INSPECT_COLUMNS[figure]]);
  return rows.map((r) => r.map(Number));
}

const check = (v: BatchNormValues, figure: InspectFigure) => expectTablesClose(run(v, figure), engineRows(v, figure), 1e-4);

describe('the batch-norm step-by-step, modes, histograms and book view exported as numpy scripts', () => {
  it('carry the panel’s scale, the layer and the figure’s settings', () => {
    const v = { ...base, stds: 4, panel: 2, layer: 3, n: 200, epochs: 2 } as BatchNormValues;
    const s = batchNormInspectScript(v, 'algorithm', 'en', URL);
    expect(Number(/^STD = (.*)$/m.exec(s)![1])).toBe(initStds(4)[1]);
    for (const line of ['LAYER = 3', 'SHOW_ROWS = 6', 'SHOW_UNITS = 2', 'N_TRAIN = 200', "PLACE = 'before'", 'class BatchNormalization:']) expect(s).toContain(line);
    expect(batchNormInspectScript(v, 'book-view', 'zh', URL)).toMatch(/^STDS = \[1, /m);
    expect(batchNormInspectScript(v, 'histograms', 'en', URL)).toContain('BINS = 20');
  });

  it('algorithm: layer 2 of the BN net (before the ReLU) at the second scale', () => {
    check({ ...base, stds: 3, panel: 2, layer: 2, n: 200, epochs: 1 } as BatchNormValues, 'algorithm');
  }, 600_000);

  it('algorithm with BN after the ReLU, layer 4', () => {
    check({ ...base, stds: 2, panel: 1, layer: 4, place: 'after', n: 200, epochs: 2 } as BatchNormValues, 'algorithm');
  }, 600_000);

  it('modes: the first digits alone, batch statistics against running averages', () => {
    check({ ...base, stds: 2, panel: 1, n: 200, epochs: 2 } as BatchNormValues, 'modes');
  }, 600_000);

  it('histograms: both nets of the inspected scale, every hidden layer', () => {
    check({ ...base, stds: 3, panel: 3, place: 'after', n: 200, epochs: 1 } as BatchNormValues, 'histograms');
  }, 600_000);

  it('book view: the plain net at std 1 diverges (its third update) and reads as the share of zeros', () => {
    const v = { ...base, stds: 2, n: 100, epochs: 3, seed: 1 } as BatchNormValues;
    const rows = engineRows(v, 'book-view');
    expect(rows.some((r) => r[4] === 1)).toBe(true);
    expectTablesClose(run(v, 'book-view'), rows, 1e-4);
  }, 600_000);
});
