// The data-parallel lesson from hand-written URLs (CI-sized: 256 digits, 2 epochs, K ≤ 4, a short measurement), read from
// its four data tables, and the header's engine badge linking to it.
import type { Page } from '@playwright/test';
import { expect, readTable, test } from './fixtures';

const CI = 'lang=en&n=256&epochs=2&kmax=4&tp.batch=10&tp.members=4';

type Eq = { K: number; shard_rows: string; max_abs_diff: number; plain_mean_diff: number };
type Scale = { K: number; batch: number; warmup: number; lr: number; epoch: number; test_acc: number; diverged: number };
type Model = { K: number; speedup: number; step_ms: number; allreduce_ms: number };
type Tp = { engine: string; batch: number; members: number; samples_per_s: number };

async function open(page: Page, query: string) {
  await page.goto(`./#/data-parallel?${query}`);
  await expect(page.locator('h1')).toBeVisible();
}

test('K workers equal one batch of K·B within 1e-6; a plain mean does not when K does not divide the batch', async ({ page }) => {
  test.setTimeout(90_000);
  await open(page, `${CI}&eq.batch=96`);
  await page.locator('[data-figure="data-parallel/equivalence"]').scrollIntoViewIfNeeded();
  const ks = [1, 2, 3, 4, 5, 7, 8, 16, 32];
  await expect.poll(async () => (await readTable(page, 'data-parallel/equivalence')).length, { timeout: 60_000 }).toBe(ks.length);
  const rows = (await readTable(page, 'data-parallel/equivalence')) as unknown as Eq[];
  expect(rows.map((r) => r.K)).toEqual(ks);
  for (const r of rows) {
    expect(r.max_abs_diff, `K = ${r.K}`).toBeLessThanOrEqual(1e-6);
    // 96 = 2⁵·3: 5 and 7 do not divide it, so a plain mean weighs the rows of the smaller shards more.
    if (96 % r.K === 0) expect(r.plain_mean_diff, `K = ${r.K}`).toBeLessThanOrEqual(1e-6);
    else expect(r.plain_mean_diff, `K = ${r.K}`).toBeGreaterThan(1e-5);
  }
  expect(rows.find((r) => r.K === 5)?.shard_rows).toBe('20×1 + 19×4');
  await expect(page.locator('[data-reading="equivalence"]')).toBeVisible();
});

test('the scaling run trains K = 1, 2, 4 with and without warm-up at batch K·B and lr K·η for the same epochs', async ({ page }) => {
  test.setTimeout(120_000);
  await open(page, `${CI}&lr=0.02&b=16`);
  await page.locator('[data-figure="data-parallel/scaling"]').scrollIntoViewIfNeeded();
  const done = async () => ((await readTable(page, 'data-parallel/scaling')) as unknown as Scale[]).filter((r) => r.epoch === 2 || r.diverged === 1).length;
  await expect.poll(done, { timeout: 100_000 }).toBe(6);
  const rows = (await readTable(page, 'data-parallel/scaling')) as unknown as Scale[];
  for (const K of [1, 2, 4]) {
    for (const w of [0, 1]) {
      const r = rows.find((x) => x.K === K && x.warmup === w);
      expect(r, `K = ${K}, warm-up ${w}`).toBeDefined();
      expect(r!.batch).toBe(16 * K);
      expect(r!.lr).toBeCloseTo(0.02 * K, 12);
      expect(r!.test_acc).toBeGreaterThan(0.1);
      expect(r!.test_acc).toBeLessThanOrEqual(1);
    }
  }
  await expect(page.locator('[data-reading="scaling"]')).toContainText('K = 1');
});

test('the communication model: speed-up = T(1)/T(K) with T(K) = C/K + 2(K−1)α + 2(K−1)/K·M/β', async ({ page }) => {
  test.setTimeout(60_000);
  // C = 300 ms, M = 100 MB, α = 20 µs; β = 10 GB/s, then 1 GB/s.
  for (const [bw, k8] of [
    [10, 300 / (37.5 + 0.28 + 17.5)],
    [1, 300 / (37.5 + 0.28 + 175)],
  ] as const) {
    await open(page, `${CI}&bw=${bw}&lat=20&mb=100&ms=300`);
    const rows = (await readTable(page, 'data-parallel/model')) as unknown as Model[];
    expect(rows.map((r) => r.K)).toEqual([1, 2, 4, 8, 16, 32, 64, 128, 256]);
    expect(rows[0].speedup).toBe(1);
    expect(rows.find((r) => r.K === 8)!.speedup).toBeCloseTo(k8, 9);
  }
});

test('the measurement: samples/s of each engine at every cell, started by the button, with a status, and cancellable', async ({ page }) => {
  test.setTimeout(150_000);
  await open(page, CI);
  const fig = page.locator('[data-figure="data-parallel/throughput"]');
  await fig.scrollIntoViewIfNeeded();
  const status = page.locator('.timing-status');
  await expect(status).toHaveAttribute('data-phase', 'idle');
  // Cancel first: the status says so and the table keeps only what finished.
  await page.locator('[data-action="measure"]').click();
  await expect(status).toHaveAttribute('data-phase', 'running');
  await expect(status).toContainText('Measuring');
  await page.locator('[data-action="stop-measure"]').click();
  await expect(status).toContainText('Cancelled');
  // Then the whole (CI-sized) measurement: batches 1, 10 of one net, then 1 and 4 nets of batch 32.
  await page.locator('[data-action="measure"]').click();
  await expect(status).toHaveAttribute('data-phase', 'done', { timeout: 140_000 });
  await expect(status).toContainText('Measured');
  const rows = (await readTable(page, 'data-parallel/throughput')) as unknown as Tp[];
  const cells = ['1×1', '10×1', '32×1', '32×4'];
  // Each engine measures the cells in order; one that used up its time budget (a slow software GPU) names the rest.
  const skipped = async (e: string) => {
    const note = page.locator(`[data-skipped="${e}"]`);
    return (await note.count()) ? ((await note.getAttribute('data-cells')) ?? '').split(' ') : [];
  };
  const measured = (e: string) => rows.filter((r) => r.engine === e).map((r) => `${r.batch}×${r.members}`);
  expect([...measured('cpu'), ...(await skipped('cpu'))]).toEqual(cells);
  expect(measured('cpu').length).toBeGreaterThan(0);
  const gpuFound = (await page.locator('[data-reading="throughput"]').getAttribute('data-gpu')) !== 'none';
  expect([...measured('gpu'), ...(await skipped('gpu'))]).toEqual(gpuFound ? cells : []);
  for (const r of rows) expect(r.samples_per_s, `${r.engine} ${r.batch}×${r.members}`).toBeGreaterThan(0);
});

test('the header’s engine badge links to the measurement', async ({ page }) => {
  await page.goto('./#/?lang=en');
  const link = page.locator('.backend-badge a[data-nav="engine-speed"]');
  await expect(link).toHaveAttribute('href', '#/data-parallel?figure=throughput');
  await link.click();
  await expect(page).toHaveURL(/#\/data-parallel/);
  await expect(page.locator('[data-figure="data-parallel/throughput"]')).toBeAttached();
});
