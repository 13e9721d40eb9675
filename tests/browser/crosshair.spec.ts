// Hover readouts: line charts (ring-fed and point-fed) and a path plot read out the point under the pointer, or the
// one stepped to with the keyboard, and the values they show are the data table's row for that point.
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

type Sweep = { lambda: number; train_loss: number; test_loss: number; w_norm: number };

test('weight-decay λ sweep (PointLineChart): pointer and keys read λ, training and test loss, ‖w‖₂ as in the table', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('./#/weight-decay?lang=en&seed=1&epochs=30&mnist.epochs=1');
  await page.locator('[data-figure="weight-decay/curves"]').scrollIntoViewIfNeeded();
  // d2l's grid: 11 values of λ, 30 epochs each.
  await expect.poll(async () => (await readTable(page, 'weight-decay/curves')).length, { timeout: 40_000 }).toBe(11 * 30);
  const rows = (await readTable(page, 'weight-decay/sweep')) as unknown as Sweep[];
  expect(rows.map((r) => r.lambda)).toEqual([0, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10, 30]);
  const [lossChart, normChart] = [0, 1].map((i) => page.locator('[data-figure="weight-decay/sweep"] .point-line-chart').nth(i));
  const svg = lossChart.locator('svg[tabindex]');
  await lossChart.scrollIntoViewIfNeeded();
  await expect(lossChart.locator('.xhair-readout')).toHaveAttribute('data-crosshair', 'off');
  const expectRow = async (chart: Locator, row: Sweep) => {
    await expect.poll(async () => (await readout(chart)).title).toBe(`λ ${row.lambda}`);
    return readout(chart);
  };

  // Pointer: on the training curve's third vertex (λ > 0 only on the log axis: λ = 0.01), then on the x = 0 slot's tick.
  const d = (await lossChart.locator('path[data-series="training loss"]').getAttribute('d'))!;
  const nums = d.match(/-?\d+(\.\d+)?/g)!.map(Number);
  await hoverAt(page, svg, nums[4] + 2, nums[5] + 20);
  let r = await expectRow(lossChart, rows[3]);
  expect(close(r.values['training loss'], rows[3].train_loss) && close(r.values['test loss'], rows[3].test_loss)).toBe(true);
  const zeroTick = lossChart.locator('.axis-bottom text:not(.axis-label)', { hasText: /^0$/ });
  await hoverAt(page, svg, Number(await zeroTick.getAttribute('x')), nums[1]);
  r = await expectRow(lossChart, rows[0]);
  expect(close(r.values['training loss'], rows[0].train_loss) && close(r.values['test loss'], rows[0].test_loss)).toBe(true);
  await expect(lossChart.locator('.xhair-mark')).toHaveCount(2);
  await page.mouse.move(0, 0);
  await expect(lossChart.locator('.xhair-readout')).toHaveAttribute('data-crosshair', 'off');

  // Keyboard: Home = λ 0, → four times = λ 0.03; End = λ 30; Escape hides.
  await svg.focus();
  await page.keyboard.press('Home');
  await expectRow(lossChart, rows[0]);
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
  r = await expectRow(lossChart, rows[4]);
  expect(close(r.values['training loss'], rows[4].train_loss) && close(r.values['test loss'], rows[4].test_loss)).toBe(true);
  await page.keyboard.press('End');
  r = await expectRow(lossChart, rows[10]);
  expect(close(r.values['training loss'], rows[10].train_loss) && close(r.values['test loss'], rows[10].test_loss)).toBe(true);
  await expect(svg).toHaveAttribute('aria-describedby', (await lossChart.locator('.xhair-readout').getAttribute('id'))!);
  await page.keyboard.press('Escape');
  await expect(lossChart.locator('.xhair-readout')).toHaveAttribute('data-crosshair', 'off');

  // The ‖w‖₂ chart beside it: focus starts at the last λ.
  await normChart.locator('svg[tabindex]').focus();
  await page.keyboard.press('ArrowLeft');
  r = await expectRow(normChart, rows[9]);
  expect(close(r.values['‖w‖₂'], rows[9].w_norm)).toBe(true);
});

type Cand = { degree: number; train_loss: number; val_loss: number; test_loss: number; fresh_loss: number };

test('validation degree chart (PointLineChart): pointer and keys read each split’s final loss as in the table; the marks are its argmins', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('./#/validation?lang=en&seed=3');
  await expect.poll(async () => (await readTable(page, 'validation/select')).length, { timeout: 50_000 }).toBe(12);
  const rows = (await readTable(page, 'validation/select')) as unknown as Cand[];
  const row = (degree: number) => rows.find((c) => c.degree === degree)!;
  const chart = page.locator('[data-figure="validation/select"] .point-line-chart');
  const svg = chart.locator('svg[tabindex]');
  await chart.scrollIntoViewIfNeeded();
  const expectDegree = async (degree: number) => {
    await expect.poll(async () => (await readout(chart)).title).toBe(`polynomial degree ${degree}`);
    const r = await readout(chart);
    const want = row(degree);
    expect(r.values).toEqual({ training: expect.any(Number), validation: expect.any(Number), test: expect.any(Number), 'fresh data': expect.any(Number) });
    expect(close(r.values.training, want.train_loss)).toBe(true);
    expect(close(r.values.validation, want.val_loss)).toBe(true);
    expect(close(r.values.test, want.test_loss)).toBe(true);
    expect(close(r.values['fresh data'], want.fresh_loss)).toBe(true);
  };

  // The marks: T at the degree of least test loss, V at the least validation loss (argmins of the table).
  const argmin = (key: keyof Cand) => rows.reduce((a, c) => (c[key] < a[key] ? c : a)).degree;
  await expect(chart.locator('.x-mark[data-mark="T"]')).toHaveAttribute('data-x', String(argmin('test_loss')));
  await expect(chart.locator('.x-mark[data-mark="V"]')).toHaveAttribute('data-x', String(argmin('val_loss')));

  // Pointer: a little right of the x tick "7", halfway up the plot.
  const tick = chart.locator('.axis-bottom text:not(.axis-label)', { hasText: /^7$/ });
  const vb = (await svg.getAttribute('viewBox'))!.split(' ').map(Number);
  await hoverAt(page, svg, Number(await tick.getAttribute('x')) + 4, vb[3] / 2);
  await expectDegree(7);
  await page.mouse.move(0, 0);
  await expect(chart.locator('.xhair-readout')).toHaveAttribute('data-crosshair', 'off');

  // Keyboard: Home = degree 1, → four times = degree 5, End = degree 12.
  await svg.focus();
  await page.keyboard.press('Home');
  await expectDegree(1);
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
  await expectDegree(5);
  await page.keyboard.press('End');
  await expectDegree(12);
});

type Dist = { batch_size: number; step: number; epoch: number; distance: number };

test('minibatch distance chart: the keys read each path’s ‖w − w*‖ at an epoch’s end, as in the table', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto('./#/minibatch?lang=en');
  const chart = page.locator('[data-figure="minibatch/distance"] .minibatch-distance');
  await chart.scrollIntoViewIfNeeded();
  await expect.poll(async () => (await readTable(page, 'minibatch/distance')).length, { timeout: 30_000 }).toBeGreaterThan(0);
  const rows = (await readTable(page, 'minibatch/distance')) as unknown as Dist[];
  const sizes = [...new Set(rows.map((r) => r.batch_size))];
  const at = (epoch: number) => sizes.map((b) => rows.find((r) => r.batch_size === b && r.epoch === epoch)!.distance);
  const values = async () =>
    Promise.all((await chart.locator('.xhair-item .xhair-value').all()).map(async (v) => Number(((await v.textContent()) ?? '').replace(/−/g, '-'))));
  const svg = chart.locator('svg[tabindex]');
  await expect(chart.locator('.xhair-readout')).toHaveAttribute('data-crosshair', 'off');
  await svg.focus();
  await page.keyboard.press('Home');
  await expect(chart.locator('.xhair-title')).toHaveText('Epoch 0');
  (await values()).forEach((v, j) => expect(close(v, at(0)[j]), `path ${j}`).toBe(true));
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(chart.locator('.xhair-title')).toHaveText('Epoch 2');
  (await values()).forEach((v, j) => expect(close(v, at(2)[j]), `path ${j}`).toBe(true));
  await expect(chart.locator('.xhair-mark')).toHaveCount(sizes.length);
  await page.keyboard.press('Escape');
  await expect(chart.locator('.xhair-readout')).toHaveAttribute('data-crosshair', 'off');
});
