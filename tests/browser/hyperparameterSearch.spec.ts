// The hyperparameter-search lesson from hand-written URLs: a small random search read from its trials table (the book's
// result: large learning rates learn, tiny ones do not), the keyboard and hover readout, the brush and the "narrow" button
// writing the new ranges into the URL, and the grid of the same budget.
import type { Page } from '@playwright/test';
import { expect, readTable, test } from './fixtures';

// One page trains at a time: on a 2-core machine two searches side by side would each take twice as long.
test.describe.configure({ mode: 'serial' });

type Row = { trial: number; lr: number; weight_decay: number; val_acc: number };

/** Opens the lesson and waits until `trials` rows have finished all their epochs (the reading's data-done). */
async function trained(page: Page, query: string, trials: number, timeout = 50_000): Promise<Row[]> {
  await page.goto(`./#/hyperparameter-search?${query}`);
  await expect(page.locator('[data-reading="search"]')).toHaveAttribute('data-done', String(trials), { timeout });
  await expect.poll(async () => (await readTable(page, 'hyperparameter-search/trials')).length, { timeout: 5_000 }).toBe(trials);
  return (await readTable(page, 'hyperparameter-search/trials')) as unknown as Row[];
}

/** The hash's query parameters. */
const hashParams = (page: Page) => new URLSearchParams(new URL(page.url()).hash.split('?')[1] ?? '');
/** The four range exponents of the URL; a key left out (equal to its default, the book's range) reads as the default. */
const RANGE_DEFAULTS = { 'lr.lo': -6, 'lr.hi': -2, 'wd.lo': -8, 'wd.hi': -4 } as const;
const urlRanges = (page: Page) => {
  const q = hashParams(page);
  return (Object.keys(RANGE_DEFAULTS) as (keyof typeof RANGE_DEFAULTS)[]).map((k) => (q.has(k) ? Number(q.get(k)) : RANGE_DEFAULTS[k]));
};
const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;

test('the book’s result on 20 trials: lr ≥ 10⁻³ learns, lr ≤ 10⁻⁵ stays at guessing; every draw in its log range', async ({ page }) => {
  // 20 networks × 200 updates of 10 digits: about 30 s on this 2-core machine with one other test beside it, and over 65 s
  // with a second test run beside that; the wait allows four times the first.
  test.setTimeout(140_000);
  // 5 epochs of batch 10: the same 200 updates as the book's 50 epochs of batch 100 (400 training digits), at a tenth of the work.
  const rows = await trained(page, 'lang=en&trials=20&epochs=5&batch=10', 20, 125_000);
  expect(rows.map((r) => r.trial)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  for (const r of rows) {
    expect(r.lr).toBeGreaterThanOrEqual(1e-6);
    expect(r.lr).toBeLessThan(1e-2);
    expect(r.weight_decay).toBeGreaterThanOrEqual(1e-8);
    expect(r.weight_decay).toBeLessThan(1e-4);
    // 100 validation digits: accuracy is a multiple of 0.01.
    expect(Math.abs(r.val_acc * 100 - Math.round(r.val_acc * 100))).toBeLessThan(1e-6);
  }
  const high = rows.filter((r) => r.lr >= 1e-3).map((r) => r.val_acc);
  const low = rows.filter((r) => r.lr <= 1e-5).map((r) => r.val_acc);
  expect(high.length).toBeGreaterThan(0);
  expect(low.length).toBeGreaterThan(0);
  // Guessing among 10 digits gives about 10 %; 200 updates at lr ≤ 1e-5 barely move the weights.
  for (const a of low) expect(a).toBeLessThan(0.2);
  expect(mean(high)).toBeGreaterThan(mean(low) + 0.05);
  expect(Math.max(...high)).toBeGreaterThan(0.3);
  // The reading names the best trial of the table.
  const best = rows.reduce((a, r) => (r.val_acc > a.val_acc ? r : a));
  await expect(page.locator('[data-reading="search"]')).toHaveAttribute('data-best-acc', String(best.val_acc));
  // The best-k panels: the best trial first.
  await expect(page.locator('.hp-panel[data-rank="1"]')).toHaveAttribute('data-trial', String(best.trial));
});

test('the readout: arrow keys and the pointer read a trial out of the scatter', async ({ page }) => {
  test.setTimeout(60_000);
  const rows = await trained(page, 'lang=en&trials=6&epochs=1', 6);
  const svg = page.locator('[data-scatter="trials"] svg');
  await svg.scrollIntoViewIfNeeded();
  const readout = page.locator('[data-readout="trials"]');
  await svg.focus();
  await page.keyboard.press('ArrowRight');
  await expect(readout).toHaveAttribute('data-trial', '1');
  expect(Number(await readout.getAttribute('data-lr'))).toBe(rows[0].lr);
  expect(Number(await readout.getAttribute('data-val-acc'))).toBe(rows[0].val_acc);
  await page.keyboard.press('ArrowLeft');
  await expect(readout).toHaveAttribute('data-trial', '6');
  await expect(readout).toContainText('Trial 6');
  // Hover: the third dot.
  const dot = svg.locator('circle').nth(2);
  const box = (await dot.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await expect(readout).toHaveAttribute('data-trial', '3');
  expect(Number(await readout.getAttribute('data-wd'))).toBe(rows[2].weight_decay);
});

test('brushing the scatter sets the next round’s ranges in the URL, and the new trials are drawn inside them', async ({ page }) => {
  test.setTimeout(60_000);
  await trained(page, 'lang=en&trials=6&epochs=1', 6);
  const svg = page.locator('[data-scatter="trials"] svg');
  await svg.scrollIntoViewIfNeeded();
  const b = (await svg.boundingBox())!;
  const w = Number(await svg.getAttribute('width'));
  const h = Number(await svg.getAttribute('height'));
  // The plot box (margins left 54, right 14, top 10, bottom 40 in the svg's own units) over lr 10⁻⁶…10⁻², wd 10⁻⁸…10⁻⁴.
  const px = (lrExp: number) => b.x + ((54 + ((lrExp + 6) / 4) * (w - 68)) * b.width) / w;
  const py = (wdExp: number) => b.y + ((10 + ((-4 - wdExp) / 4) * (h - 50)) * b.height) / h;
  await page.mouse.move(px(-3), py(-6));
  await page.mouse.down();
  await page.mouse.move(px(-2.5), py(-7), { steps: 4 });
  await page.mouse.move(px(-2), py(-8), { steps: 4 });
  await page.mouse.up();
  await expect.poll(() => hashParams(page).get('lr.lo')).not.toBeNull();
  const [lrLo, lrHi, wdLo, wdHi] = urlRanges(page);
  for (const [v, want] of [[lrLo, -3], [lrHi, -2], [wdLo, -8], [wdHi, -6]]) expect(Math.abs(v - want)).toBeLessThan(0.05);
  await expect(page.locator('[data-ranges]')).toHaveAttribute('data-ranges', `${lrLo},${lrHi},${wdLo},${wdHi}`);
  // The finished round stays on the plot, faded, under the new one.
  await expect(page.locator('[data-scatter="trials"] .hp-previous')).toHaveAttribute('data-previous', '6');
  // The next round trains at once: its trials lie in the brushed box.
  await expect(page.locator('[data-reading="search"]')).toHaveAttribute('data-done', '6', { timeout: 40_000 });
  const rows = (await readTable(page, 'hyperparameter-search/trials')) as unknown as Row[];
  expect(rows).toHaveLength(6);
  // lr and weight decay are 10^x to 6 significant digits: log10 within 2.2e-6 of the drawn exponent.
  for (const r of rows) {
    expect(Math.log10(r.lr)).toBeGreaterThanOrEqual(lrLo - 2.2e-6);
    expect(Math.log10(r.lr)).toBeLessThanOrEqual(lrHi + 2.2e-6);
    expect(Math.log10(r.weight_decay)).toBeGreaterThanOrEqual(wdLo - 2.2e-6);
    expect(Math.log10(r.weight_decay)).toBeLessThanOrEqual(wdHi + 2.2e-6);
  }
  // Back to the book's ranges: the keys leave the URL (they equal the defaults).
  await page.locator('[data-action="book-ranges"]').click();
  await expect.poll(() => hashParams(page).get('lr.lo')).toBeNull();
});

test('“Narrow to the best 5” spans the best five trials, widened by 0.05', async ({ page }) => {
  test.setTimeout(60_000);
  const rows = await trained(page, 'lang=en&trials=8&epochs=2', 8);
  const best = [...rows].sort((a, b) => b.val_acc - a.val_acc || a.trial - b.trial).slice(0, 5);
  const lr = best.map((r) => Math.log10(r.lr));
  const wd = best.map((r) => Math.log10(r.weight_decay));
  await page.locator('[data-action="narrow"]').click();
  await expect.poll(() => hashParams(page).get('lr.lo')).not.toBeNull();
  const [lrLo, lrHi, wdLo, wdHi] = urlRanges(page);
  // Rounded to 2 decimals: within 0.005 of the span ± 0.05.
  expect(Math.abs(lrLo - (Math.min(...lr) - 0.05))).toBeLessThan(0.0051);
  expect(Math.abs(lrHi - (Math.max(...lr) + 0.05))).toBeLessThan(0.0051);
  expect(Math.abs(wdLo - (Math.min(...wd) - 0.05))).toBeLessThan(0.0051);
  expect(Math.abs(wdHi - (Math.max(...wd) + 0.05))).toBeLessThan(0.0051);
});

test('the grid of the same budget: 16 trials, 4 learning rates × 4 weight decays, trained on Play', async ({ page }) => {
  // Two populations of 16 networks × 12 updates of 100 digits, each about the first test's work: the same waits.
  test.setTimeout(140_000);
  await trained(page, 'lang=en&trials=16&epochs=3', 16, 60_000);
  const section = page.locator('[data-embed="grid"]');
  await section.scrollIntoViewIfNeeded();
  await section.locator('[data-action="play"]').click();
  await expect(section.locator('[data-reading="grid-vs-random"]')).toHaveAttribute('data-done', '1', { timeout: 60_000 });
  const grid = (await readTable(page, 'hyperparameter-search/grid')) as unknown as Row[];
  expect(grid).toHaveLength(16);
  const lrs = [...new Set(grid.map((r) => r.lr))].map((x) => Math.log10(x));
  // linspace(−6, −2, 4) = −6, −14/3, −10/3, −2; lr is 10^x to 6 significant digits, so log10 lr is within 2.2e-6 of x.
  expect(lrs).toHaveLength(4);
  [-6, -14 / 3, -10 / 3, -2].forEach((x, i) => expect(Math.abs(lrs[i] - x)).toBeLessThan(2.2e-6));
  const reading = section.locator('[data-reading="grid-vs-random"]');
  expect(Number(await reading.getAttribute('data-grid-hit-lr'))).toBeLessThanOrEqual(4);
});
