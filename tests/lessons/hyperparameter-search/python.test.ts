// "Reproduce in Python" for the hyperparameter-search lesson: the exported numpy scripts (trials, grid, best), run by python3
// on the site's own data files at CI size, print the tables the CPU engine's population (the page's own path) computes.
import { describe, expect, it } from 'vitest';
import { createCpuPopulation, type EpochMetrics } from '../../../src/engine/train';
import { buildData } from '../../../src/worker/shared/data/buildData';
import { bestTrials, gridTrials, orderedRange, randomTrials, searchPopulation, type Trial, type TrialResult } from '../../../src/lessons/hyperparameter-search/model';
import { searchParams, type SearchValues } from '../../../src/lessons/hyperparameter-search/params';
import { SEARCH_FIGURE_COLUMNS, searchScript, type SearchFigure } from '../../../src/lessons/hyperparameter-search/python';
import { defaults } from '../../../src/state/params';
import { loadMnistBytesNode, MNIST_DATA_DIR } from '../../helpers/mnistNode';
import { expectTablesClose, parseCsv, runPython } from '../../helpers/python';

const base = defaults(searchParams) as SearchValues;
const URL = 'https://example.invalid/site/data/';
/** CI size: 100 digits (80 train, 20 validate), a few trials of 2 epochs; the page trains 500 digits. */
const N = 100;
const ci = (v: Partial<SearchValues>) => ({ ...base, trials: 3, epochs: 2, batch: 20, seed: 3, ...v }) as SearchValues;

/** Every member's epoch metrics, from the CPU engine's population of the page's config, trained to its end. */
async function engineEpochs(trials: readonly Trial[], v: SearchValues): Promise<EpochMetrics[][]> {
  const config = searchPopulation(trials, { n: N, epochs: v.epochs, batch: v.batch, seed: v.seed });
  const data = await buildData(config.data, () => Promise.resolve(loadMnistBytesNode()));
  const pop = createCpuPopulation(config.spec, data, config.members, config.options);
  const epochs: EpochMetrics[][] = trials.map(() => []);
  while (trials.some((_, i) => pop.progress(i).stopped === null)) {
    const report = await pop.step(50);
    report.members.forEach((m, i) => epochs[i].push(...m.epochs));
  }
  pop.dispose();
  return epochs;
}

const run = (figure: SearchFigure, v: SearchValues) => parseCsv(runPython(searchScript(figure, v, 'en', URL, N), ['--data', MNIST_DATA_DIR], 600_000));
const numeric = (rows: (string | number)[][]) => rows.map(([a, ...rest]) => [Number(a), ...rest]);
const trialRows = (trials: readonly Trial[], epochs: EpochMetrics[][]) =>
  trials.flatMap((t, i) => (epochs[i].length ? [[i + 1, t.lr, t.weightDecay, epochs[i][epochs[i].length - 1].validation!.accuracy]] : []));
const ranges = (v: SearchValues) => ({ lr: orderedRange(v['lr.lo'], v['lr.hi']), wd: orderedRange(v['wd.lo'], v['wd.hi']) });

describe('the hyperparameter-search figures exported as numpy scripts', () => {
  it('carry the page’s settings, the draws, the grid, the split and each figure’s columns', () => {
    const v = { ...base, trials: 16, epochs: 3, batch: 25, 'lr.lo': -3, 'lr.hi': -5, best: 7, seed: 9 } as SearchValues;
    for (const figure of ['trials', 'grid', 'best'] as const) {
      const script = searchScript(figure, v, 'en', URL);
      for (const s of ['TRIALS = 16', 'LR_RANGE = (-5, -3)', 'WD_RANGE = (-8, -4)', 'EPOCHS = 3', 'BATCH = 25', 'N = 500', 'VALIDATION = 0.2', 'SIZES = [784, 100, 100, 100, 100, 100, 100, 10]', 'SEED = 9', "stream_word(STREAM['search'], 1)", "shuffle(len(y), SEED, STREAM['split'])"]) {
        expect(script).toContain(s);
      }
      expect(script).toContain(`print('${SEARCH_FIGURE_COLUMNS[figure].join(',')}', flush=True)`);
      expect(script.includes('BEST = 7')).toBe(figure === 'best');
      expect(script).toContain(figure === 'grid' ? 'trials = grid_trials(' : 'trials = random_trials(');
      expect(searchScript(figure, v, 'zh', URL)).toContain(`运行：python3 hyperparameter-search-${figure}.py`);
    }
  });

  it('draw the page’s hyperparameters: 300 random trials and a 7 × 7 grid, the same numbers', () => {
    const v = { ...base, 'lr.lo': -5.37, 'lr.hi': -1.2, 'wd.lo': -9.5, 'wd.hi': -3.3, seed: 17 } as SearchValues;
    const r = ranges(v);
    const script = searchScript('trials', v, 'en', URL).replace(
      "if __name__ == '__main__':\n    main()",
      "for lr, wd in random_trials(300, LR_RANGE, WD_RANGE, SEED) + grid_trials(49, LR_RANGE, WD_RANGE):\n    print(f'{lr!r},{wd!r}')",
    );
    const got = runPython(script).trimEnd().split('\n').map((l) => l.split(',').map(Number));
    const want = [...randomTrials(300, r.lr, r.wd, 17), ...gridTrials(49, r.lr, r.wd)].map((t) => [t.lr, t.weightDecay]);
    // The exponents are the same doubles, and 10^x to 6 significant digits is the same number in Python and the browser.
    expect(got).toEqual(want);
  });

  it('trials and best: the random round’s table and the best trials’ epochs, as the CPU engine trains them', async () => {
    const v = ci({ 'lr.lo': -2, 'lr.hi': -0.5, best: 2 });
    const trials = randomTrials(v.trials, ranges(v).lr, ranges(v).wd, v.seed);
    const epochs = await engineEpochs(trials, v);
    const expected = trialRows(trials, epochs);
    expect(expected).toHaveLength(v.trials);
    const got = run('trials', v);
    expect(got.head).toEqual([...SEARCH_FIGURE_COLUMNS.trials]);
    expectTablesClose(numeric(got.rows), expected, 1e-4);
    // The best figure: ranked as the page ranks its results (bestTrials), every epoch's training and validation accuracy.
    const results: TrialResult[] = trials.map((t, i) => ({ ...t, trial: i + 1, valAcc: expected[i][3] as number, epochs: v.epochs }));
    const best = bestTrials(results, v.best).flatMap((b, k) => epochs[b.trial - 1].map((e) => [k + 1, b.trial, e.epoch + 1, e.train.accuracy, e.validation!.accuracy]));
    expect(best).toHaveLength(v.best * v.epochs);
    const gotBest = run('best', v);
    expect(gotBest.head).toEqual([...SEARCH_FIGURE_COLUMNS.best]);
    expectTablesClose(numeric(gotBest.rows), best, 1e-4);
  }, 900_000);

  it('grid: the g × g trials’ table, as the CPU engine trains them', async () => {
    const v = ci({ trials: 5, epochs: 1, 'lr.lo': -2.5, 'lr.hi': -0.5 });
    const trials = gridTrials(v.trials, ranges(v).lr, ranges(v).wd);
    expect(trials).toHaveLength(4);
    const expected = trialRows(trials, await engineEpochs(trials, v));
    const got = run('grid', v);
    expect(got.head).toEqual([...SEARCH_FIGURE_COLUMNS.grid]);
    expectTablesClose(numeric(got.rows), expected, 1e-4);
  }, 900_000);
});
