// The initialization lesson from hand-written URLs: the book's histogram cases and the MNIST comparison, read from the tables.
import type { Page } from '@playwright/test';
import { expect, readTable, test } from './fixtures';

type Bin = { layer: number; bin_start: number; bin_end: number; count: number };
const SAMPLES = 1000 * 100;

async function histograms(page: Page, query: string): Promise<Bin[]> {
  await page.goto('about:blank'); // a fresh document: no table of the previous link to mistake for this one
  await page.goto(`./#/initialization?lang=en&${query}`);
  await expect(page.locator('[data-diagnosis]')).toBeVisible({ timeout: 30_000 });
  let rows: Bin[] = [];
  await expect
    .poll(async () => {
      rows = (await readTable(page, 'initialization/histograms')) as unknown as Bin[];
      return rows.length;
    })
    .toBe(5 * 30);
  return rows;
}
const layer = (rows: Bin[], l: number) => rows.filter((r) => r.layer === l);

test('sigmoid with std 1: every layer piles up at 0 and 1, and the page calls it saturation', async ({ page }) => {
  const rows = await histograms(page, 'act=sigmoid&init=std1');
  for (let l = 1; l <= 5; l++) {
    const bins = layer(rows, l);
    expect(bins.reduce((a, b) => a + b.count, 0)).toBe(SAMPLES);
    expect(bins[0].bin_start).toBe(0);
    expect(bins[29].bin_end).toBe(1);
    expect((bins[0].count + bins[29].count) / SAMPLES).toBeGreaterThan(0.4);
  }
  await expect(page.locator('[data-diagnosis]')).toHaveAttribute('data-diagnosis', 'saturated');
});

test('sigmoid with std 0.01: everything crowds around 0.5', async ({ page }) => {
  const rows = await histograms(page, 'act=sigmoid&init=std001');
  for (let l = 1; l <= 5; l++) {
    const middle = layer(rows, l).filter((b) => b.bin_start >= 0.4 - 1e-9 && b.bin_end <= 0.6 + 1e-9);
    expect(middle.reduce((a, b) => a + b.count, 0) / SAMPLES).toBeGreaterThan(0.99);
  }
  await expect(page.locator('[data-diagnosis]')).toHaveAttribute('data-diagnosis', 'collapsed');
});

test('Xavier with sigmoid and He with ReLU keep a healthy spread', async ({ page }) => {
  await histograms(page, 'act=sigmoid&init=xavier');
  await expect(page.locator('[data-diagnosis]')).toHaveAttribute('data-diagnosis', 'healthy');
  const rows = await histograms(page, 'act=relu&init=he');
  await expect(page.locator('[data-diagnosis]')).toHaveAttribute('data-diagnosis', 'healthy');
  // ReLU: the range is [0, largest value of the layer], and half the pre-activations are negative → about half are zeros.
  const first = layer(rows, 1);
  expect(first[0].bin_start).toBe(0);
  expect(first[0].count / SAMPLES).toBeGreaterThan(0.45);
});

test('MNIST: std 0.01 stays at chance (loss ≈ ln 10) while He learns, trained live from the same seed', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('./#/initialization?lang=en&lr=0.05&epochs=3');
  await page.locator('[data-figure="initialization/training"]').scrollIntoViewIfNeeded();
  await expect(page.locator('[data-run="stopped"]')).toBeVisible({ timeout: 75_000 });
  type Row = { init: string; step: number; loss: number };
  let rows: Row[] = [];
  await expect
    .poll(async () => {
      rows = (await readTable(page, 'initialization/training')) as unknown as Row[];
      return rows.length;
    })
    .toBe(3 * 60);
  const last = (id: string) => rows.filter((r) => r.init === id).slice(-5).reduce((a, r) => a + r.loss / 5, 0);
  expect(Math.abs(last('std001') - Math.log(10))).toBeLessThan(0.1);
  expect(last('he')).toBeLessThan(last('std001') - 0.3);
});

test('MNIST on WebGPU (backend=gpu): the three initializations train as one GPU population with the CPU engine’s losses', async ({ page }) => {
  test.setTimeout(240_000);
  type Row = { init: string; step: number; loss: number };
  const losses = async (backend: string): Promise<Row[]> => {
    await page.goto('about:blank');
    await page.goto(`./#/initialization?lang=en&lr=0.05&epochs=1&backend=${backend}`);
    await page.locator('[data-figure="initialization/training"]').scrollIntoViewIfNeeded();
    await expect(page.locator('[data-run="stopped"]')).toBeVisible({ timeout: 180_000 });
    let rows: Row[] = [];
    await expect
      .poll(async () => {
        rows = (await readTable(page, 'initialization/training')) as unknown as Row[];
        return rows.length;
      })
      .toBe(3 * 20);
    return rows;
  };
  const gpu = await losses('gpu');
  await expect(page.locator('.backend-badge')).toHaveAttribute('data-run-backend', 'webgpu');
  const cpu = await losses('cpu');
  expect(gpu.map((r) => [r.init, r.step])).toEqual(cpu.map((r) => [r.init, r.step]));
  // Same seed, data and order of updates in float32 on both: only rounding differs (parity tests: ≤ 1e-5 per step).
  gpu.forEach((r, i) => expect(Math.abs(r.loss - cpu[i].loss) / cpu[i].loss, `${r.init} step ${r.step}`).toBeLessThan(1e-3));
});
