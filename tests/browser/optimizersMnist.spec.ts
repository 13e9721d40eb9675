// The optimizer race on MNIST from hand-written URLs (CI-sized: 1280 digits), read from the data tables: the book's
// result, the shared start, and a learning rate changed mid-run.
import type { Page } from '@playwright/test';
import { logPosition } from '../../src/components/logScale';
import { expect, readTable, test } from './fixtures';

type Row = { optimizer: string; step: number; loss: number; smoothed: number };
const BOOK_FOUR = ['sgd', 'momentum', 'adagrad', 'adam'];
// numpy: np.kaiser(11, 2), the window of the book's smooth_curve (common/util.py).
const KAISER = [0.43867628, 0.61139435, 0.767675, 0.89216143, 0.9723298, 1, 0.9723298, 0.89216143, 0.767675, 0.61139435, 0.43867628];

/** The book's smooth_curve(x) written out from its numpy code: reflect 10 values at each end, convolve ('valid'), drop 5 at each end. */
function smoothCurve(x: number[]): number[] {
  const total = KAISER.reduce((a, b) => a + b, 0);
  const s = [...x.slice(1, 11).reverse(), ...x, ...x.slice(-10).reverse()];
  return x.map((_, i) => KAISER.reduce((a, w, k) => a + (w / total) * s[i + 5 + k], 0));
}

/** Loads the race, waits until it has finished, returns the curves table. */
async function finishedRace(page: Page, query: string, rows: number, timeout = 150_000): Promise<Row[]> {
  await page.goto('about:blank'); // a fresh document: no table of the previous run to mistake for this one
  await page.goto(`./#/optimizers-mnist?lang=en&${query}`);
  await page.locator('[data-figure="optimizers-mnist/curves"]').scrollIntoViewIfNeeded();
  await expect(page.locator('[data-run="stopped"]')).toBeVisible({ timeout });
  let table: Row[] = [];
  await expect
    .poll(async () => {
      table = (await readTable(page, 'optimizers-mnist/curves')) as unknown as Row[];
      return table.length;
    })
    .toBe(rows);
  return table;
}
const of = (rows: Row[], o: string) => rows.filter((r) => r.optimizer === o);

test('at the book’s learning rates SGD’s smoothed loss after 100 iterations is the highest of the four and its test accuracy the lowest; all start from one loss', async ({ page }) => {
  test.setTimeout(180_000);
  const rows = await finishedRace(page, 'n=1280&epochs=10', 4 * 100);
  for (const o of BOOK_FOUR) expect(of(rows, o).map((r) => r.step)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
  // Update 1 is measured before any update: same initial weights and same batch give the same loss to every optimizer.
  const first = BOOK_FOUR.map((o) => of(rows, o)[0].loss);
  expect(new Set(first).size).toBe(1);
  expect(first[0]).toBeGreaterThan(1.5); // about ln 10 ≈ 2.3 from He-initialized weights
  // The drawn curve is the book's smoothing of the table's losses, recomputed here from numpy's window.
  const late = BOOK_FOUR.map((o) => {
    const own = of(rows, o);
    const mine = smoothCurve(own.map((r) => r.loss));
    own.forEach((r, i) => expect(r.smoothed).toBeCloseTo(mine[i], 6));
    return mine[mine.length - 1];
  });
  const [sgd, ...others] = late;
  for (const l of others) expect(l).toBeLessThan(sgd);
  await expect(page.locator('[data-reading="race"]')).toHaveAttribute('data-sgd-highest', 'true');
  // Test accuracy after every epoch (10 updates), a fraction for each of the four.
  const acc = (await readTable(page, 'optimizers-mnist/accuracy')) as { optimizer: string; step: number; test_acc: number }[];
  for (const o of BOOK_FOUR) expect(acc.filter((r) => r.optimizer === o).map((r) => r.step)).toEqual(Array.from({ length: 10 }, (_, i) => 10 * (i + 1)));
  for (const r of acc) {
    expect(r.test_acc).toBeGreaterThanOrEqual(0);
    expect(r.test_acc).toBeLessThanOrEqual(1);
  }
  // The book: the other three generally reach a higher recognition accuracy too.
  const [sgdAcc, ...otherAcc] = BOOK_FOUR.map((o) => acc.filter((r) => r.optimizer === o).pop()!.test_acc);
  for (const a of otherAcc) expect(a).toBeGreaterThan(sgdAcc);
});

test('SGD’s learning rate changed mid-run alters its losses from that iteration on, not before, and no other optimizer’s', async ({ page }) => {
  // 120 updates a run (not 300): two full races of 300 took over 150 s each with a second test run beside this one.
  // Each race takes about 10 s on an idle 2-core machine; its waits allow 15× that for a machine shared with other runs.
  test.setTimeout(420_000); // the state waits below: 150 + 60 + 150 s, and the table polls
  const query = 'n=1280&epochs=12';
  const base = await finishedRace(page, query, 4 * 120, 150_000);

  await page.goto('about:blank');
  await page.goto(`./#/optimizers-mnist?lang=en&${query}`);
  await page.locator('[data-figure="optimizers-mnist/curves"]').scrollIntoViewIfNeeded();
  const play = page.locator('.race-play [data-action="play"]');
  // Pause once it trains, move SGD's rate from 0.01 to 0.1 (its position on the log slider over 10⁻⁴…1), play on.
  await expect(page.locator('[data-run="running"]')).toBeVisible({ timeout: 60_000 });
  await play.click();
  await expect(page.locator('[data-run="paused"]')).toBeVisible();
  await page.locator('input[data-param="sgd.lr"]').fill(String(logPosition(1e-4, 1, 0.1)));
  await expect(page.locator('input[data-param="sgd.lr"] ~ output')).toHaveText('0.1');
  const change = page.locator('[data-lr-change="sgd"]');
  await expect(change).toHaveCount(1);
  await expect(change).toHaveAttribute('data-lr', '0.1');
  const k = Number(await change.getAttribute('data-step'));
  expect(k).toBeGreaterThan(1);
  expect(k).toBeLessThan(120); // the change must fall inside the run
  await play.click();
  await expect(page.locator('[data-run="stopped"]')).toBeVisible({ timeout: 150_000 });
  let rows: Row[] = [];
  await expect
    .poll(async () => {
      rows = (await readTable(page, 'optimizers-mnist/curves')) as unknown as Row[];
      return rows.length;
    })
    .toBe(4 * 120);

  // Loss at iteration s is measured before update s, so SGD's losses up to k match the unchanged run exactly…
  const sgd = of(rows, 'sgd');
  const sgdBase = of(base, 'sgd');
  expect(sgd.filter((r) => r.step <= k).map((r) => r.loss)).toEqual(sgdBase.filter((r) => r.step <= k).map((r) => r.loss));
  // …and from k + 1 on (the first loss after an update at 0.1) they differ; a tenfold rate makes them lower on average.
  const after = sgd.filter((r) => r.step > k);
  const afterBase = sgdBase.filter((r) => r.step > k);
  expect(after[0].loss).not.toBe(afterBase[0].loss);
  expect(after.filter((r, i) => r.loss !== afterBase[i].loss).length).toBe(after.length);
  // The other members train as before: same seed, same batches, untouched rates.
  for (const o of BOOK_FOUR.slice(1)) expect(of(rows, o).map((r) => r.loss)).toEqual(of(base, o).map((r) => r.loss));
  await expect(page).toHaveURL(/sgd\.lr=0\.1\b/);
});
