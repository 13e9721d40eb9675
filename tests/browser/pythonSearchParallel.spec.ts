// "Export → Python" on the hyperparameter-search figures (trials, best, grid) and the data-parallel figures (equivalence,
// scaling, model): each button downloads a script named after its figure, with the URL's settings and this site's data URL.
import { expect, test } from './fixtures';
import { dataUrlLine, downloadScript } from './pythonDownload';

test('hyperparameter search: the trials, best and grid figures download their numpy scripts with the URL’s settings', async ({ page }) => {
  await page.goto('./#/hyperparameter-search?lang=zh&backend=cpu&trials=4&epochs=1&batch=50&lr.lo=-3&lr.hi=-1&best=2&seed=5');
  for (const fig of ['trials', 'best', 'grid']) {
    const s = await downloadScript(page, `hyperparameter-search/${fig}`);
    expect(s.name).toBe(`hyperparameter-search-${fig}.py`);
    for (const x of ['TRIALS = 4', 'EPOCHS = 1', 'BATCH = 50', 'LR_RANGE = (-3, -1)', 'WD_RANGE = (-8, -4)', 'N = 500', 'SEED = 5', dataUrlLine(page)]) expect(s.text).toContain(x);
    expect(s.text).toContain(`运行：python3 hyperparameter-search-${fig}.py`);
  }
});

test('data parallel: the equivalence, scaling and model figures download their scripts with the URL’s settings', async ({ page }) => {
  await page.goto('./#/data-parallel?lang=en&backend=cpu&eq.batch=40&n=256&epochs=1&kmax=2&b=8&lr=0.05&bw=2&seed=3');
  const eq = await downloadScript(page, 'data-parallel/equivalence');
  expect(eq.name).toBe('data-parallel-equivalence.py');
  for (const x of ['N = 40', 'SEED = 3', 'def ring_all_reduce(bufs):', dataUrlLine(page)]) expect(eq.text).toContain(x);
  const sc = await downloadScript(page, 'data-parallel/scaling');
  expect(sc.name).toBe('data-parallel-scaling.py');
  for (const x of ['LR = 0.05', 'B = 8', 'KMAX = 2', 'EPOCHS = 1', 'N = 256', 'SEED = 3', dataUrlLine(page)]) expect(sc.text).toContain(x);
  const m = await downloadScript(page, 'data-parallel/model');
  expect(m.name).toBe('data-parallel-model.py');
  expect(m.text).toContain('BANDWIDTH = 2 * 1e9');
  await expect(page.locator('[data-figure="data-parallel/throughput"] [data-export="py"]')).toHaveCount(0);
});
