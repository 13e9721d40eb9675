// The dropout lesson from hand-written URLs: two MNIST nets trained live in workers, the gap and the masks read from the tables.
import type { Page } from '@playwright/test';
import { dropoutKeep } from '../../src/engine/nn/dropout';
import { expect, readTable, test } from './fixtures';

type Curve = { variant: string; epoch: number; train_acc: number; test_acc: number };
type Mask = { step: number; unit: number; kept: number };

/**
 * Opens a link, brings `figure` on screen (training pauses while both figures are off screen), waits until both
 * runs have finished `epochs` epochs and returns the curve table.
 */
async function finishedCurves(page: Page, query: string, epochs: number, figure = 'dropout/curves'): Promise<Curve[]> {
  await page.goto(`./#/dropout?${query}&epochs=${epochs}`);
  await page.locator(`[data-figure="${figure}"]`).scrollIntoViewIfNeeded();
  // Generous: on SwiftShader, compiling the WebGPU pipelines in two workers at once takes long on a busy machine.
  await expect(page.locator('[data-run="stopped"]')).toBeVisible({ timeout: 150_000 });
  await expect.poll(async () => (await readTable(page, 'dropout/curves')).length, { timeout: 10_000 }).toBe(2 * epochs);
  const rows = (await readTable(page, 'dropout/curves')) as unknown as Curve[];
  for (const variant of ['none', 'dropout']) {
    expect(rows.filter((r) => r.variant === variant).map((r) => r.epoch)).toEqual(Array.from({ length: epochs }, (_, i) => i + 1));
  }
  return rows;
}

const lastOf = (rows: Curve[], variant: string) => rows.filter((r) => r.variant === variant).at(-1)!;

test('on 100 digits the plain net memorises its training set; dropout keeps the train–test gap far smaller, and the page says so', async ({ page }) => {
  const rows = await finishedCurves(page, 'lang=en&n=100&lr=0.1&p=0.3', 50);
  const none = lastOf(rows, 'none');
  const drop = lastOf(rows, 'dropout');
  expect(none.train_acc).toBeGreaterThan(0.97);
  expect(drop.train_acc).toBeLessThan(none.train_acc - 0.1);
  expect(none.train_acc - none.test_acc).toBeGreaterThan(drop.train_acc - drop.test_acc + 0.1);
  const reading = page.locator('[data-reading="gap"]');
  await expect(reading).toHaveAttribute('data-verdict', 'narrower');
  await expect(reading).toContainText('Dropout narrows the gap');
});

test('with p = 0 the two networks are the same network: identical accuracies epoch by epoch', async ({ page }) => {
  const rows = await finishedCurves(page, 'lang=en&n=100&p=0', 4);
  const none = rows.filter((r) => r.variant === 'none');
  const drop = rows.filter((r) => r.variant === 'dropout');
  expect(drop.map((r) => [r.train_acc, r.test_acc])).toEqual(none.map((r) => [r.train_acc, r.test_acc]));
});

test('the mask figure shows the engine’s mask of the last update: kept ∈ {0, 1}, about 1 − p kept, dropped units cut off', async ({ page }) => {
  const [seed, p, layer, steps] = [4, 0.5, 3, 5];
  await finishedCurves(page, `lang=en&n=100&p=${p}&layer=${layer}&seed=${seed}`, steps, 'dropout/mask');
  await expect
    .poll(async () => {
      const rows = (await readTable(page, 'dropout/mask')) as unknown as Mask[];
      return rows.length === 100 && rows.every((r) => r.step === steps);
    })
    .toBe(true);
  const rows = (await readTable(page, 'dropout/mask')) as unknown as Mask[];
  expect(rows.map((r) => r.unit)).toEqual(Array.from({ length: 100 }, (_, j) => j));
  // The same bits the counter RNG gives for (seed, update 5 → step index 4, hidden layer 3 → index 2, row 0).
  expect(rows.map((r) => r.kept)).toEqual(rows.map((r) => (dropoutKeep(seed, steps - 1, layer - 1, 0, 100, r.unit, p) ? 1 : 0)));
  const kept = rows.filter((r) => r.kept === 1).length;
  expect(kept).toBeGreaterThan(30);
  expect(kept).toBeLessThan(70);
  // Over the whole mini-batch and all 6 hidden layers (60 000 coin flips) the kept share is within 0.02 of 1 − p.
  const share = Number(await page.locator('[data-reading="kept"]').getAttribute('data-share'));
  expect(Math.abs(share - (1 - p))).toBeLessThan(0.02);
  // Drawn neurons: a dropped unit has no outgoing connection, a kept one has all of them.
  const figure = page.locator('[data-figure="dropout/mask"]');
  for (const r of rows.slice(0, 10)) {
    await expect(figure.locator(`[data-unit="${r.unit}"]`)).toHaveAttribute('data-kept', String(r.kept));
    await expect(figure.locator(`line[data-out="${r.unit}"]`)).toHaveCount(r.kept ? 6 : 0);
  }
  // The E[h′] table uses this very mask for "kept_now", and its 10 000-mask means are close to h.
  const check = (await readTable(page, 'dropout/expectation')) as Record<string, number>[];
  expect(check.map((c) => c.kept_now)).toEqual(rows.slice(0, 8).map((r) => r.kept));
  for (const c of check) {
    expect(c.h_scaled_now).toBeCloseTo((c.kept_now * c.h) / (1 - p), 5);
    expect(Math.abs(c.mean_10000 - c.h)).toBeLessThanOrEqual(0.05 * c.h + 1e-6);
  }
});

test('on WebGPU (backend=gpu) the figure shows the GPU trainer’s mask, bit for bit the one the CPU engine’s RNG gives', async ({ page }) => {
  test.setTimeout(200_000);
  const [seed, p, layer] = [9, 0.4, 2];
  await finishedCurves(page, `lang=en&n=100&p=${p}&layer=${layer}&seed=${seed}&backend=gpu`, 1, 'dropout/mask');
  await expect(page.locator('header')).toContainText('WebGPU');
  await expect.poll(async () => ((await readTable(page, 'dropout/mask')) as unknown as Mask[]).filter((r) => r.step === 1).length).toBe(100);
  const rows = (await readTable(page, 'dropout/mask')) as unknown as Mask[];
  expect(rows.map((r) => r.kept)).toEqual(rows.map((r) => (dropoutKeep(seed, 0, layer - 1, 0, 100, r.unit, p) ? 1 : 0)));
});

test('a Chinese link shows the lesson in Chinese, with its epoch counter', async ({ page }) => {
  await page.goto('./#/dropout?lang=zh&n=100&epochs=3');
  await expect(page.locator('h1')).toHaveText('丢弃法（Dropout）');
  await page.locator('[data-figure="dropout/curves"]').scrollIntoViewIfNeeded();
  await expect(page.locator('[data-run="stopped"]')).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('.step-counter').first()).toContainText('第 3 / 3 个周期');
  await expect(page.locator('[data-reading="gap"]')).toContainText('不用丢弃');
});
