// The generalization lesson from hand-written URLs: trained live in the worker, under/overfitting read from the tables.
import type { Page } from '@playwright/test';
import { expect, readTable, test } from './fixtures';

type Curve = { epoch: number; train_loss: number; test_loss: number };

/** Opens a link, waits for the run to finish and returns the last epoch's losses. */
async function finalLosses(page: Page, query: string, epochs: number): Promise<Curve> {
  await page.goto('about:blank'); // a fresh document: no finished run of the previous link to mistake for this one
  await page.goto(`./#/generalization?lang=en&${query}&epochs=${epochs}`);
  await expect(page.locator('[data-run="stopped"]')).toBeVisible({ timeout: 60_000 });
  await expect.poll(async () => (await readTable(page, 'generalization/curves')).length, { timeout: 10_000 }).toBe(epochs);
  const rows = (await readTable(page, 'generalization/curves')) as unknown as Curve[];
  expect(rows.map((r) => r.epoch)).toEqual(Array.from({ length: epochs }, (_, i) => i + 1));
  return rows[rows.length - 1];
}

test('degree 1 underfits: its training loss stays far above the right degree’s', async ({ page }) => {
  const line = await finalLosses(page, 'degree=1', 200);
  const cubic = await finalLosses(page, 'degree=3', 200);
  expect(line.train_loss).toBeGreaterThan(10 * cubic.train_loss);
  await expect(page.locator('[data-reading="generalization"]')).toContainText('capacity fits');
});

test('degree 20 on 10 points overfits: test loss more than twice the training loss, and the page says so', async ({ page }) => {
  const last = await finalLosses(page, 'degree=20&n=10', 1000);
  expect(last.test_loss).toBeGreaterThan(2 * last.train_loss);
  await expect(page.locator('[data-reading="generalization"]')).toContainText('overfitting');
});

test('the fit table holds the true cubic and the trained model on the same grid', async ({ page }) => {
  test.setTimeout(90_000); // the 60 s wait below fits inside it
  await page.goto('./#/generalization?lang=en&epochs=300');
  await expect(page.locator('[data-run="stopped"]')).toBeVisible({ timeout: 60_000 });
  await expect
    .poll(async () => {
      const rows = (await readTable(page, 'generalization/fit')) as { x: number; y_true: number; y_fit: number }[];
      return rows.length === 61 && rows.every((r) => Number.isFinite(r.y_fit));
    })
    .toBe(true);
  const rows = (await readTable(page, 'generalization/fit')) as { x: number; y_true: number; y_fit: number }[];
  for (const r of rows) expect(r.y_true).toBeCloseTo(5 + 1.2 * r.x - (3.4 * r.x ** 2) / 2 + (5.6 * r.x ** 3) / 6, 9);
  // A degree-3 model trained 300 epochs on 100 points follows the cubic where the data are (|x| ≤ 1.5).
  for (const r of rows.filter((r) => Math.abs(r.x) <= 1.5)) expect(Math.abs(r.y_fit - r.y_true)).toBeLessThan(1);
});

test('a Chinese link shows the lesson in Chinese, with its epoch counter', async ({ page }) => {
  await page.goto('./#/generalization?lang=zh&epochs=20');
  await expect(page.locator('h1')).toHaveText('泛化：欠拟合与过拟合');
  await expect(page.locator('.step-counter')).toContainText('个周期');
});
