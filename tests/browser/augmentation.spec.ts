// The augmentation lesson from hand-written URLs, CI-sized (n = 1000, 2 epochs, one seed): the accuracy table holds one row
// per network (sizes 100, 300, 1000 × without/with), the curves and samples tables fill, self-training's table starts from the
// labelled-only baseline and admits fewer pseudo-labels at higher thresholds; a switch writes the URL; a bad n gets a notice.
import { expect, readTable, test } from './fixtures';

type Acc = { n: number; augment: string; seed: number; test_acc: number };
type Semi = { threshold: string | number; labelled: number; test_acc: number };
const CI = 'lang=en&n=1000&epochs=2&seeds=1';

test('a 2-epoch run: accuracy per network, curves of n = 1000, live samples, then self-training against its baseline', async ({ page }) => {
  test.setTimeout(240_000);
  await page.goto(`./#/augmentation?${CI}`);
  const reading = page.locator('[data-reading="accuracy"]');
  await reading.scrollIntoViewIfNeeded();
  await expect(reading).toHaveAttribute('data-finished', 'yes', { timeout: 150_000 });
  const acc = (await readTable(page, 'augmentation/accuracy')) as unknown as Acc[];
  expect(acc).toHaveLength(6);
  expect([...new Set(acc.map((r) => r.n))].sort((a, b) => a - b)).toEqual([100, 300, 1000]);
  for (const r of acc) {
    expect(['no', 'yes']).toContain(r.augment);
    expect(r.seed).toBe(1);
    expect(r.test_acc).toBeGreaterThanOrEqual(0);
    expect(r.test_acc).toBeLessThanOrEqual(1);
  }
  // 40 Adam updates on 1000 digits do far better than guessing among 10 digits.
  expect(acc.find((r) => r.n === 1000 && r.augment === 'no')!.test_acc).toBeGreaterThan(0.5);
  // The reading at n = 1000 is the (one-seed) table row.
  const without = Number(await reading.getAttribute('data-without'));
  expect(without).toBeCloseTo(acc.find((r) => r.n === 1000 && r.augment === 'no')!.test_acc, 6);

  // The measured paragraph's verdict follows the table at n = 1000: 'hurts' exactly when the augmented network tests lower.
  const withAug = acc.find((r) => r.n === 1000 && r.augment === 'yes')!.test_acc;
  await expect(page.locator('[data-reading="measured"]')).toHaveAttribute('data-verdict', withAug < without ? 'hurts' : 'helps');

  const curves = (await readTable(page, 'augmentation/curves')) as unknown as { augment: string; epoch: number; train_acc: number }[];
  expect(curves.map((r) => `${r.augment}${r.epoch}`).sort()).toEqual(['no1', 'no2', 'yes1', 'yes2']);

  await page.locator('[data-figure="augmentation/samples"]').scrollIntoViewIfNeeded();
  await expect(page.locator('[data-chart="samples"]')).toHaveAttribute('data-count', '8');
  const samples = (await readTable(page, 'augmentation/samples')) as unknown as { mean_abs_change: number }[];
  expect(samples).toHaveLength(8);
  expect(samples.some((s) => s.mean_abs_change > 0), 'shifts and rotations change some digits').toBe(true);

  const semiReading = page.locator('[data-reading="semi"]');
  await semiReading.scrollIntoViewIfNeeded();
  await expect(semiReading).toHaveAttribute('data-finished', 'yes', { timeout: 150_000 });
  const semi = (await readTable(page, 'augmentation/semi')) as unknown as Semi[];
  expect(semi.map((r) => r.threshold)).toEqual(['none', 0.5, 0.8, 0.9, 0.95, 0.99]);
  expect(semi[0].labelled).toBe(1000);
  for (let i = 2; i < semi.length; i++) expect(semi[i].labelled, `threshold ${semi[i].threshold}`).toBeLessThanOrEqual(semi[i - 1].labelled);
  // The teacher (40 updates on 1000 digits) is sure of some of the other 1000 digits at 0.5, and never of more than there are.
  expect(semi[1].labelled).toBeGreaterThan(1000);
  expect(semi[1].labelled).toBeLessThanOrEqual(2000);
  // The verdict follows the table: it helps exactly when some threshold beats the baseline.
  const helps = Math.max(...semi.slice(1).map((r) => r.test_acc)) > semi[0].test_acc;
  await expect(semiReading.locator('[data-verdict]')).toHaveAttribute('data-verdict', helps ? 'helps' : 'no-help');
});

test('a transform switch writes the URL, and the URL sets the switches', async ({ page }) => {
  await page.goto(`./#/augmentation?${CI}&epochs=1`);
  const elastic = page.locator('input[data-toggle="elastic"]');
  await expect(elastic).not.toBeChecked();
  await elastic.check();
  await expect(page).toHaveURL(/on=shift%2Crotate%2Celastic|on=shift,rotate,elastic/);
  await page.goto(`./#/augmentation?${CI}&epochs=1&on=noise`);
  await page.reload();
  await expect(page.locator('input[data-toggle="noise"]')).toBeChecked();
  await expect(page.locator('input[data-toggle="shift"]')).not.toBeChecked();
});

test('a malformed n gives a notice and the default 300', async ({ page }) => {
  await page.goto('./#/augmentation?lang=en&n=abc&epochs=1&seeds=1');
  const notice = page.locator('.url-notice');
  await expect(notice).toBeVisible();
  await expect(notice.locator('[data-key="n"]')).toHaveCount(1);
  await expect(page.locator('input[data-param="n"]')).toHaveAttribute('aria-valuetext', /= 300\b/);
});
