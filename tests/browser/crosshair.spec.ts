// Hover readouts: a line chart and a path plot read out the point under the pointer, or the one stepped to with the
// keyboard, and the values they show are the data table's row for that point.
import type { Locator, Page } from '@playwright/test';
import { expect, readTable, test } from './fixtures';

/** Moves the pointer to (vx, vy) in the SVG's viewBox units. */
async function hoverAt(page: Page, svg: Locator, vx: number, vy: number) {
  const box = (await svg.boundingBox())!;
  const vb = (await svg.getAttribute('viewBox'))!.split(' ').map(Number);
  await page.mouse.move(box.x + (vx / vb[2]) * box.width, box.y + (vy / vb[3]) * box.height);
}

/** The readout's numbers by label ('−' and exponent forms parsed), and its title. */
async function readout(chart: Locator): Promise<{ state: string | null; title: string; values: Record<string, number> }> {
  const p = chart.locator('.xhair-readout');
  const state = await p.getAttribute('data-crosshair');
  const title = (await p.locator('.xhair-title').count()) ? ((await p.locator('.xhair-title').textContent()) ?? '') : '';
  const values: Record<string, number> = {};
  for (const item of await p.locator('.xhair-item').all()) {
    values[(await item.getAttribute('data-label'))!] = Number(((await item.locator('.xhair-value').textContent()) ?? '').replace(/−/g, '-'));
  }
  return { state, title, values };
}

/** Relative closeness at the readout's 4 significant digits. */
const close = (a: number, b: number) => Math.abs(a - b) <= 6e-4 * Math.max(Math.abs(a), Math.abs(b)) + 1e-12;

type Curve = { epoch: number; train_loss: number; test_loss: number };

test('generalization loss chart: pointer and arrow keys read epoch, training and test loss from the table’s row', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('./#/generalization?lang=en&epochs=40');
  await expect(page.locator('[data-run="stopped"]')).toBeVisible({ timeout: 40_000 });
  await expect.poll(async () => (await readTable(page, 'generalization/curves')).length, { timeout: 10_000 }).toBe(40);
  const rows = (await readTable(page, 'generalization/curves')) as unknown as Curve[];
  const chart = page.locator('[data-figure="generalization/curves"] .ring-line-chart');
  const svg = chart.locator('svg[tabindex]');
  await expect(chart.locator('.xhair-readout')).toHaveAttribute('data-crosshair', 'off');

  // Pointer: at the 20th vertex of the training curve (in viewBox units, read from its path).
  await chart.scrollIntoViewIfNeeded();
  const d = (await chart.locator('path[data-series="training loss"]').getAttribute('d'))!;
  const nums = d.match(/-?\d+(\.\d+)?/g)!.map(Number);
  await hoverAt(page, svg, nums[2 * 19], nums[2 * 19 + 1] - 30);
  await expect.poll(async () => (await readout(chart)).title).toBe('epoch 20');
  let r = await readout(chart);
  expect(close(r.values['training loss'], rows[19].train_loss)).toBe(true);
  expect(close(r.values['test loss'], rows[19].test_loss)).toBe(true);
  await expect(chart.locator('.xhair-mark')).toHaveCount(2);
  await page.mouse.move(0, 0);
  await expect(chart.locator('.xhair-readout')).toHaveAttribute('data-crosshair', 'off');

  // Keyboard: focus the chart, End = the last epoch, ← three times = epoch 37, Escape hides the readout.
  await svg.focus();
  await page.keyboard.press('End');
  await expect.poll(async () => (await readout(chart)).title).toBe('epoch 40');
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowLeft');
  await expect.poll(async () => (await readout(chart)).title).toBe('epoch 37');
  r = await readout(chart);
  expect(close(r.values['training loss'], rows[36].train_loss)).toBe(true);
  expect(close(r.values['test loss'], rows[36].test_loss)).toBe(true);
  await expect(svg).toHaveAttribute('aria-describedby', (await chart.locator('.xhair-readout').getAttribute('id'))!);
  await expect(chart.locator('.xhair-readout')).toHaveAttribute('aria-live', 'polite');
  await page.keyboard.press('Escape');
  await expect(chart.locator('.xhair-readout')).toHaveAttribute('data-crosshair', 'off');
});

type Step = { optimizer: string; step: number; x1: number; x2: number; f: number };

test('optimizer paths: the nearest point’s step and coordinates by pointer and keyboard, as in the table', async ({ page }) => {
  await page.goto('./#/optimizers?lang=en&opt=sgd&sgd.lr=0.4&steps=20');
  const rows = (await readTable(page, 'optimizers/trajectories')) as unknown as Step[];
  expect(rows.length).toBe(21);
  const chart = page.locator('[data-figure="optimizers/trajectories"] .trajectory-plot');
  const svg = chart.locator('svg[tabindex]');
  await chart.scrollIntoViewIfNeeded();

  // Pointer: 3 units off step 2's point (read from the drawn polyline) reads step 2.
  const pts = (await chart.locator('.trajectory[data-series="sgd"] polyline').getAttribute('points'))!.split(' ').map((p) => p.split(',').map(Number));
  await hoverAt(page, svg, pts[2][0] + 3, pts[2][1] - 2);
  await expect.poll(async () => (await readout(chart)).title).toBe('sgd, step 2');
  let r = await readout(chart);
  expect(close(r.values['x₁'], rows[2].x1) && close(r.values['x₂'], rows[2].x2) && close(r.values['f(x)'], rows[2].f)).toBe(true);
  await page.mouse.move(0, 0);
  await expect(chart.locator('.xhair-readout')).toHaveAttribute('data-crosshair', 'off');

  // Keyboard: Home = the start (step 0), End then ← = step 19.
  await svg.focus();
  await page.keyboard.press('Home');
  await expect.poll(async () => (await readout(chart)).title).toBe('sgd, step 0');
  r = await readout(chart);
  expect([r.values['x₁'], r.values['x₂']]).toEqual([-5, -2]);
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowLeft');
  await expect.poll(async () => (await readout(chart)).title).toBe('sgd, step 19');
  r = await readout(chart);
  expect(close(r.values['x₁'], rows[19].x1) && close(r.values['x₂'], rows[19].x2)).toBe(true);
});

test('generalization fit plot: the keyboard reads x, the true cubic (by its formula) and the model (as in the table)', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('./#/generalization?lang=en&epochs=20');
  await expect(page.locator('[data-run="stopped"]')).toBeVisible({ timeout: 40_000 });
  type Fit = { x: number; y_true: number; y_fit: number };
  let rows: Fit[] = [];
  await expect
    .poll(async () => {
      rows = (await readTable(page, 'generalization/fit')) as unknown as Fit[];
      return rows.length === 61 && rows.every((r) => Number.isFinite(r.y_fit));
    })
    .toBe(true);
  const chart = page.locator('[data-figure="generalization/fit"] .fit-plot');
  await chart.locator('svg[tabindex]').focus();
  await page.keyboard.press('Home');
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
  // Grid point 5 of 61 over [−3, 3]: x = −2.5.
  await expect.poll(async () => (await readout(chart)).title).toBe('x −2.5');
  const r = await readout(chart);
  const x = -2.5;
  expect(close(r.values['true function'], 5 + 1.2 * x - (3.4 * x ** 2) / 2 + (5.6 * x ** 3) / 6)).toBe(true);
  expect(close(r.values['model'], rows[5].y_fit)).toBe(true);
});
