// "Export → Python" on the training figures of the dropout, initialization, early-stopping and batch-norm lessons: each
// button downloads a numpy script named after its figure, with the URL's settings and this site's data URL written in.
import { expect, test } from './fixtures';
import { dataUrlLine, downloadScript } from './pythonDownload';

test('dropout and initialization: the training figures download their numpy scripts with the URL’s settings', async ({ page }) => {
  await page.goto('./#/dropout?lang=zh&backend=cpu&n=100&p=0.4&epochs=1&seed=3');
  const d = await downloadScript(page, 'dropout/curves');
  expect(d.name).toBe('dropout-curves.py');
  for (const s of ['P = 0.4', 'N_TRAIN = 100', 'EPOCHS = 1', 'SEED = 3', 'class Dropout:', dataUrlLine(page)]) expect(d.text).toContain(s);
  expect(d.text).toMatch(/运行：python3 dropout-curves\.py/);

  await page.goto('./#/initialization?lang=en&lr=0.05&epochs=1&seed=2');
  const i = await downloadScript(page, 'initialization/training');
  expect(i.name).toBe('initialization-training.py');
  for (const s of ['LR = 0.05', 'EPOCHS = 1', 'SEED = 2', "('xavier', ('xavier', None))", dataUrlLine(page)]) expect(i.text).toContain(s);
});

test('early stopping’s three figures and the batch-norm grid download their numpy scripts with the URL’s settings', async ({ page }) => {
  await page.goto('./#/early-stopping?lang=en&n=100&epochs=5&patience=3&lambda=0.02');
  for (const fig of ['curves', 'stop', 'compare']) {
    const e = await downloadScript(page, `early-stopping/${fig}`);
    expect(e.name).toBe(`early-stopping-${fig}.py`);
    for (const s of ['N = 100', 'EPOCHS = 5', 'PATIENCE = 3', 'LAMBDA = 0.02', 'class EarlyStopping:', dataUrlLine(page)]) expect(e.text).toContain(s);
  }

  await page.goto('./#/batch-norm?lang=en&stds=2&epochs=1&n=100&place=after');
  const b = await downloadScript(page, 'batch-norm/grid');
  expect(b.name).toBe('batch-norm-grid.py');
  // logspace(0, −4, 2) as the page computed it (10^−4 by the browser's Math.pow), written to read back to the same double.
  const stds = /^STDS = \[([^\]]*)\]/m.exec(b.text)![1].split(', ').map(Number);
  expect(stds[0]).toBe(1);
  expect(Math.abs(stds[1] - 1e-4)).toBeLessThan(1e-19);
  for (const s of ["PLACE = 'after'", 'EPOCHS = 1', 'N_TRAIN = 100', 'class BatchNormalization:', dataUrlLine(page)]) {
    expect(b.text).toContain(s);
  }
});
