// The lr-schedules lesson from hand-written URLs (CI-sized: 512 digits, 3 epochs), read from its data tables: each
// schedule's lr against its formula, the runs' shared start, the range test's suggestion, the URL round trip and a notice.
import type { Page } from '@playwright/test';
import { expect, readTable, test } from './fixtures';

type Curve = { schedule: string; epoch: number; lr: number; train_loss: number; test_acc: number };
type Range = { lr: number; loss: number };
const SCHEDULES = ['constant', 'step', 'exponential', 'inverse', 'cosine', 'warmup-cosine'];
const CI = 'lang=en&n=512&epochs=3';

/** Opens `query`, waits until every schedule has `epochs` rows, returns the curves table. */
async function curves(page: Page, query: string, epochs = 3): Promise<Curve[]> {
  await page.goto(`./#/lr-schedules?${query}`);
  await page.locator('[data-figure="lr-schedules/curves"]').scrollIntoViewIfNeeded();
  await expect.poll(async () => (await readTable(page, 'lr-schedules/curves')).length, { timeout: 60_000 }).toBe(SCHEDULES.length * epochs);
  return (await readTable(page, 'lr-schedules/curves')) as unknown as Curve[];
}

test('each schedule’s lr per epoch follows its formula; constant and step share epoch 1 and part after the first decay', async ({ page }) => {
  test.setTimeout(90_000);
  const rows = await curves(page, `${CI}&lr=0.1&step.gamma=0.5&step.every=1&exp.gamma=0.8&inv.k=0.5&cos.floor=0&warmup=1`);
  const of = (s: string) => rows.filter((r) => r.schedule === s).sort((a, b) => a.epoch - b.epoch);
  expect(new Set(rows.map((r) => r.schedule))).toEqual(new Set(SCHEDULES));
  // lr of each epoch's first update, e = epoch − 1, worked by hand from the formulas (η₀ = 0.1, T = 3 epochs).
  const expected: Record<string, number[]> = {
    constant: [0.1, 0.1, 0.1],
    step: [0.1, 0.05, 0.025],
    exponential: [0.1, 0.08, 0.064],
    inverse: [0.1, 0.1 / 1.5, 0.05],
    cosine: [0.1, 0.075, 0.025], // 0.05·(1 + cos(πe/3)): cos(π/3) = ½, cos(2π/3) = −½
    'warmup-cosine': [0, 0.1, 0.05], // warm-up ends at e = 1, then half a cosine over the 2 epochs left
  };
  for (const s of SCHEDULES) {
    const r = of(s);
    expect(r.map((x) => x.epoch)).toEqual([1, 2, 3]);
    r.forEach((x, i) => expect(x.lr, `${s} epoch ${x.epoch}`).toBeCloseTo(expected[s][i], 12));
    for (const x of r) {
      expect(Number.isFinite(x.train_loss)).toBe(true);
      expect(x.test_acc).toBeGreaterThan(0.1);
    }
  }
  // Same seed, same batches: step decay trains at η₀ through epoch 1 exactly as the constant run does, then halves.
  expect(of('step')[0].train_loss).toBe(of('constant')[0].train_loss);
  expect(of('step')[1].train_loss).not.toBe(of('constant')[1].train_loss);
  // The exponential decay starts lowering the rate within epoch 1, so it parts at once.
  expect(of('exponential')[0].train_loss).not.toBe(of('constant')[0].train_loss);
  await expect(page.locator('[data-reading="schedules"]')).toHaveAttribute('data-epoch', '3');
});

/** The EMA (β = 0.9, bias-corrected) the lesson says it smooths with, written out here. */
function smooth(loss: number[]): number[] {
  let m = 0;
  return loss.map((l, i) => ((m = 0.9 * m + 0.1 * l), m / (1 - 0.9 ** (i + 1))));
}

test('the range test raises lr log-linearly over one epoch and suggests a tenth of the lr at the smoothed loss minimum', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto(`./#/lr-schedules?${CI}`);
  const reading = page.locator('[data-reading="range"]');
  await reading.scrollIntoViewIfNeeded();
  await expect(reading).toBeVisible({ timeout: 60_000 });
  const rows = (await readTable(page, 'lr-schedules/range')) as unknown as Range[];
  // 512 digits in batches of 32: 16 updates; update i (0-based) is i·32/512 of the way from 10⁻⁴ to 10 on a log scale.
  expect(rows.length).toBeGreaterThanOrEqual(5);
  expect(rows.length).toBeLessThanOrEqual(16);
  rows.forEach((r, i) => expect(r.lr).toBeCloseTo(1e-4 * 10 ** ((5 * i) / 16), 12));
  const finite = rows.filter((r) => Number.isFinite(r.loss));
  const s = smooth(finite.map((r) => r.loss));
  const k = s.indexOf(Math.min(...s));
  expect(k).toBeGreaterThan(0); // the loss went down before it went up
  expect(Number(await reading.getAttribute('data-at-min'))).toBeCloseTo(finite[k].lr, 12);
  expect(Number(await reading.getAttribute('data-suggested'))).toBeCloseTo(finite[k].lr / 10, 12);
});

test('a slider moves the URL and the URL brings the slider back', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto(`./#/lr-schedules?${CI}`);
  const slider = page.locator('input[data-param="step.gamma"]');
  await slider.fill('0.25');
  await expect(page.locator('input[data-param="step.gamma"] ~ output')).toHaveText('0.25');
  await expect.poll(() => page.url()).toContain('step.gamma=0.25');
  const url = page.url();
  await page.goto('about:blank');
  await page.goto(url);
  await expect(page.locator('input[data-param="step.gamma"] ~ output')).toHaveText('0.25');
  await expect(page.locator('input[data-param="step.gamma"]')).toHaveValue('0.25');
});

test('a malformed value gets a notice and the default, and the runs go on', async ({ page }) => {
  test.setTimeout(90_000);
  const rows = await curves(page, `${CI}&step.every=abc`);
  const notice = page.locator('.url-notice');
  await expect(notice).toBeVisible();
  await expect(notice.locator('[data-key="step.every"]')).toHaveCount(1);
  await expect(page.locator('input[data-param="step.every"] ~ output')).toHaveText('3');
  // The default k = 3: the step schedule keeps η₀ = 0.1 through all three epochs.
  expect(rows.filter((r) => r.schedule === 'step').map((r) => r.lr)).toEqual([0.1, 0.1, 0.1]);
});
