// The batch-norm lesson from hand-written URLs: the book's grid of initial scales with and without BN trained live (read
// from its data table), the step-by-step numbers of a real mini-batch, the batch of one, and the per-layer histograms.
import type { Page } from '@playwright/test';
import { expect, readTable, test } from './fixtures';

type Grid = { std: number; bn: number; epoch: number; train_acc: number };
type Algo = { unit: number; row: number; x: number; mean: number; variance: number; xhat: number; y: number; xhat_eval: number };
type Hist = { bn: number; layer: number; bin_start: number; bin_end: number; count: number };

/** np.logspace(0, −4, 4), written out: the four scales of the small configuration. */
const STDS = [1, 0.0464159, 0.00215443, 0.0001];
const EPOCHS = 6;
const SMALL = `stds=4&epochs=${EPOCHS}&panel=2`;

/** Opens the lesson and waits until every network has stopped (its epochs done, or diverged); returns the grid table. */
async function trainedGrid(page: Page, query: string): Promise<Grid[]> {
  await page.goto(`./#/batch-norm?${query}`);
  await page.locator('[data-figure="batch-norm/grid"]').scrollIntoViewIfNeeded();
  await expect(page.locator('[data-embed="grid"]')).toHaveAttribute('data-run-mode', 'stopped', { timeout: 100_000 });
  await expect.poll(async () => (await readTable(page, 'batch-norm/grid')).filter((r) => r.bn === 1).length, { timeout: 10_000 }).toBe(4 * EPOCHS);
  return (await readTable(page, 'batch-norm/grid')) as unknown as Grid[];
}

const lastAcc = (rows: Grid[], k: number, bn: number) => {
  const own = rows.filter((r) => r.bn === bn && Math.abs(r.std - STDS[k]) < 1e-5 * STDS[k]);
  return own.length ? own[own.length - 1].train_acc : NaN;
};
const meanAcc = (rows: Grid[], k: number, bn: number) => {
  const own = rows.filter((r) => r.bn === bn && Math.abs(r.std - STDS[k]) < 1e-5 * STDS[k]);
  return own.reduce((a, r) => a + r.train_acc, 0) / own.length;
};

test('the book’s grid: with BN learning is faster at almost every scale; without BN only a good scale learns', async ({ page }) => {
  test.setTimeout(150_000);
  const rows = await trainedGrid(page, `lang=en&${SMALL}`);
  // Scales as logspace(0, −4, 4); every BN network ran all epochs, in order.
  expect([...new Set(rows.map((r) => r.std))].map((s) => Number(s.toPrecision(6)))).toEqual(STDS);
  for (const k of [0, 1, 2, 3]) expect(rows.filter((r) => r.bn === 1 && r.std === rows.find((q) => Math.abs(q.std - STDS[k]) < 1e-6)!.std).map((r) => r.epoch)).toEqual([1, 2, 3, 4, 5, 6]);
  // Without BN: std 0.0464 (He's order for 784 inputs is 0.05) learns nothing yet in 6 epochs at η = 0.01; the tiny scales stay at guessing.
  for (const k of [2, 3]) expect(lastAcc(rows, k, 0)).toBeLessThan(0.2);
  // With BN the moderate scales learn well past guessing, and BN is ahead on average at almost every scale.
  expect(lastAcc(rows, 1, 1)).toBeGreaterThan(0.6);
  expect(lastAcc(rows, 2, 1)).toBeGreaterThan(0.5);
  // Without BN, std 1 blows up: its loss overflows within a few updates, and its panel says so.
  await expect(page.locator('[data-panel="1"] [data-diverged="plain"]')).toBeVisible();
  expect(rows.filter((r) => r.bn === 0 && r.std === 1)).toHaveLength(0);
  // A diverged network counts as the slower one (it has no epoch rows).
  const plainMean = (k: number) => (rows.some((r) => r.bn === 0 && Math.abs(r.std - STDS[k]) < 1e-5 * STDS[k]) ? meanAcc(rows, k, 0) : 0);
  const ahead = [0, 1, 2, 3].filter((k) => meanAcc(rows, k, 1) > plainMean(k) + 0.02).length;
  expect(ahead).toBeGreaterThanOrEqual(3);
  const reading = page.locator('[data-reading="grid"]');
  await expect(reading).toHaveAttribute('data-epoch', String(EPOCHS));
  expect(Number(await reading.getAttribute('data-bn-faster'))).toBe(ahead);
});

test('the step-by-step numbers: μ_B and σ²_B of the batch, x̂ = (x − μ)/√(σ² + ε), y = γx̂ + β; a batch of one ignores its input', async ({ page }) => {
  test.setTimeout(150_000);
  await trainedGrid(page, `lang=en&${SMALL}&layer=2`);
  const fig = page.locator('[data-figure="batch-norm/algorithm"]');
  await fig.scrollIntoViewIfNeeded();
  await expect(page.locator('[data-reading="algorithm"]')).toHaveAttribute('data-step', String(EPOCHS * 10));
  const algo = (await readTable(page, 'batch-norm/algorithm')) as unknown as Algo[];
  expect(algo.length).toBe(2 * 6);
  const eps = 1e-6;
  for (const r of algo) {
    expect(r.xhat).toBeCloseTo((r.x - r.mean) / Math.sqrt(r.variance + eps), 4);
    expect(r.y).toBeGreaterThan(-20);
  }
  // BN's output x̂ has batch mean 0: the six rows shown are a sample of 100, so only their spread is checked.
  for (const u of [1, 2]) {
    const own = algo.filter((r) => r.unit === u);
    expect(new Set(own.map((r) => r.mean)).size).toBe(1);
    expect(own[0].variance).toBeGreaterThan(0);
  }
  // A batch of one: every logit the same for different digits with batch statistics, not with the running averages.
  const modes = page.locator('[data-reading="modes"]');
  expect(Number(await modes.getAttribute('data-spread-batch'))).toBeLessThan(1e-4);
  expect(Number(await modes.getAttribute('data-spread-running'))).toBeGreaterThan(0.1);
  const classes = (await readTable(page, 'batch-norm/modes')) as Record<string, number>[];
  expect(classes.length).toBe(4);
  expect(new Set(classes.map((r) => r.class_alone_batch)).size).toBe(1);
});

test('the histograms: with BN every layer keeps a spread of activations; without BN at a small scale they shrink layer by layer', async ({ page }) => {
  test.setTimeout(150_000);
  await trainedGrid(page, `lang=zh&${SMALL}`.replace('panel=2', 'panel=3'));
  await page.locator('[data-figure="batch-norm/histograms"]').scrollIntoViewIfNeeded();
  await expect(page.locator('.bn-hists')).toHaveAttribute('data-epoch', String(EPOCHS));
  const hist = (await readTable(page, 'batch-norm/histograms')) as unknown as Hist[];
  const top = (bn: number, layer: number) => Math.max(...hist.filter((h) => h.bn === bn && h.layer === layer).map((h) => h.bin_end));
  for (const bn of [0, 1]) for (let l = 1; l <= 5; l++) expect(hist.filter((h) => h.bn === bn && h.layer === l).reduce((a, h) => a + h.count, 0)).toBe(100 * 100);
  // With BN (before ReLU) each layer's largest activation is a few units; without BN at std 0.00215 the signal has all
  // but vanished after the first layer (each layer multiplies its scale by about √100 · 0.00215 ≈ 0.02).
  for (let l = 1; l <= 5; l++) expect(top(1, l)).toBeGreaterThan(1);
  for (let l = 2; l <= 5; l++) expect(top(0, l)).toBeLessThan(top(1, l) / 1000);
});
