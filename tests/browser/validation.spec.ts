// The validation lesson from hand-written URLs: choices, the hold-out's digits, K-fold's folds and their statistics read from the tables.
import { expect, readTable, test } from './fixtures';
import { loadMnistNode } from '../helpers/mnistNode';

type Fold = { fold: number; train_loss: number; val_loss: number };
type Cand = { degree: number; train_loss: number; val_loss: number; test_loss: number; fresh_loss: number };

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const sampleStd = (xs: number[]) => Math.sqrt(xs.reduce((a, b) => a + (b - mean(xs)) ** 2, 0) / (xs.length - 1));

for (const [k, seed] of [
  [3, 1],
  [4, 2],
]) {
  test(`K-fold with k = ${k} (seed ${seed}): k fold rows, spread > 0, mean ± std as recomputed, validation closer to test than training`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto(`./#/validation?lang=en&k=${k}&n=150&epochs=8&seed=${seed}`);
    await page.locator('[data-figure="validation/folds"]').scrollIntoViewIfNeeded();
    await expect.poll(async () => (await readTable(page, 'validation/folds')).length, { timeout: 75_000 }).toBe(k);
    const rows = (await readTable(page, 'validation/folds')) as unknown as Fold[];
    expect(rows.map((r) => r.fold).sort((a, b) => a - b)).toEqual(Array.from({ length: k }, (_, i) => i + 1));
    const val = rows.map((r) => r.val_loss);
    const train = rows.map((r) => r.train_loss);
    expect(sampleStd(val)).toBeGreaterThan(0);
    const reading = page.locator('[data-reading="folds"]');
    await expect(reading).toBeVisible();
    expect(Number(await reading.getAttribute('data-mean'))).toBeCloseTo(mean(val), 9);
    expect(Number(await reading.getAttribute('data-std'))).toBeCloseTo(sampleStd(val), 9);
    expect(Number(await reading.getAttribute('data-train-mean'))).toBeCloseTo(mean(train), 9);
    // The folds' models on the 500 test digits: validation estimates that loss better than training does.
    const testLoss = Number(await reading.getAttribute('data-test-loss'));
    expect(Math.abs(mean(val) - testLoss)).toBeLessThan(Math.abs(mean(train) - testLoss));
    await expect(reading).toContainText(`Validation loss over ${k} folds`);
    await expect(reading).toContainText('The validation loss is close to the test loss');
  });
}

test('hold-out on digits stored sorted: unshuffled, the 20 % holds only the first digits, the unseen ones all wrong; shuffled, all digits', async ({ page }) => {
  test.setTimeout(90_000); // the state waits below (30 + 40 s) fit inside it
  const n = 200;
  await page.goto(`./#/validation?lang=en&n=${n}`);
  await page.locator('[data-figure="validation/holdout"]').scrollIntoViewIfNeeded();
  await expect.poll(async () => (await readTable(page, 'validation/holdout')).length, { timeout: 30_000 }).toBe(10);
  const rows = (await readTable(page, 'validation/holdout')) as Record<string, number>[];
  // Independently: the first n training labels, sorted, first ⌊0.2n⌋ of them.
  const labels = Array.from(loadMnistNode().train.y.subarray(0, n)).sort((a, b) => a - b);
  const head = labels.slice(0, Math.floor(0.2 * n));
  expect(rows.map((r) => r.unshuffled)).toEqual(Array.from({ length: 10 }, (_, d) => head.filter((y) => y === d).length));
  expect(rows.map((r) => r.shuffled).reduce((a, b) => a + b, 0)).toBe(head.length);
  expect(rows.filter((r) => r.shuffled > 0).length).toBeGreaterThanOrEqual(8);
  expect(rows.filter((r) => r.unshuffled > 0).length).toBeLessThanOrEqual(2);
  const reading = page.locator('[data-reading="holdout"][data-done="1"]');
  await expect(reading).toBeVisible({ timeout: 40_000 });
  // Unshuffled, a digit all of whose rows went to validation was never trained on: all of those are wrong, so the
  // validation accuracy is at most the share of validation digits that also occur in the training rows.
  const trainRows = labels.slice(head.length);
  const bound = head.filter((y) => trainRows.includes(y)).length / head.length;
  expect(bound).toBeLessThan(0.75);
  const valUnshuffled = Number(await reading.getAttribute('data-val-unshuffled'));
  expect(valUnshuffled).toBeLessThanOrEqual(bound + 1e-9);
  expect(Number(await reading.getAttribute('data-val-shuffled'))).toBeGreaterThan(0.5);
});

test('choosing a degree: the marked choices are the argmins of the table, and every candidate has a fresh-sample loss', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto('./#/validation?lang=zh&seed=3');
  await expect.poll(async () => (await readTable(page, 'validation/select')).length, { timeout: 50_000 }).toBe(12);
  const rows = (await readTable(page, 'validation/select')) as unknown as Cand[];
  for (const r of rows) expect(Number.isFinite(r.fresh_loss) && r.fresh_loss > 0).toBe(true);
  const argmin = (key: keyof Cand) => rows.reduce((a, r) => (r[key] < a[key] ? r : a)).degree;
  const reading = page.locator('[data-reading="select"]');
  await expect(reading).toHaveAttribute('data-by-test', String(argmin('test_loss')));
  await expect(reading).toHaveAttribute('data-by-val', String(argmin('val_loss')));
  const byTest = rows.find((r) => r.degree === argmin('test_loss'))!;
  expect(Number(await reading.getAttribute('data-underestimate'))).toBeCloseTo((byTest.fresh_loss - byTest.test_loss) / byTest.fresh_loss, 9);
  await expect(page.locator('h1')).toHaveText('验证集与 K 折交叉验证');
  await expect(reading).toContainText('按测试误差选');
});
