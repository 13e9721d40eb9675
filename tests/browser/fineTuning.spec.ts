// The fine-tuning lesson from hand-written URLs, CI-sized (pre-training on the 0–4 of 500 digits for 1 epoch; 2 epochs on 5–9;
// one seed; the 5–9 of 100 test digits): the tables after the run — one accuracy row per (k, way), the crossover the page
// reads equals the one computed here from the table, the curves' last epoch equals the accuracy table, frozen first-layer
// weights unchanged by fine-tuning and moved by a slowed one; the weight images' keyboard readout; the k slider's URL round trip.
import type { Page } from '@playwright/test';
import { expect, readTable, test } from './fixtures';

type Acc = { k: number; method: string; seed: number; test_acc: number };
type Curve = { method: string; seed: number; epoch: number; test_acc: number };
type Weight = { net: string; unit: number; norm: number; change: number };
const CI = 'lang=en&pre=500&preEpochs=1&epochs=2&seeds=1&test=100';
const SWEEP = [1, 3, 10, 30, 100];

/** Opens the lesson and waits until every network of step 2 has finished (the reading says done = total). */
async function finished(page: Page, query: string): Promise<void> {
  await page.goto(`./#/fine-tuning?${CI}&${query}`);
  await expect(page.locator('[data-reading="pretrain"]')).toHaveAttribute('data-done', 'yes', { timeout: 90_000 });
  const reading = page.locator('[data-reading="accuracy"]');
  await reading.scrollIntoViewIfNeeded();
  await expect(reading).toHaveAttribute('data-done', /\d+/, { timeout: 60_000 });
  const total = await reading.getAttribute('data-total');
  await expect(reading).toHaveAttribute('data-done', total!, { timeout: 120_000 });
}

/** The crossover from mean accuracies by k: where the sign of scratch − fine-tune first changes, linear in log k (null: never). */
function crossoverOf(rows: Acc[]): number | null {
  const ks = [...new Set(rows.map((r) => r.k))].sort((a, b) => a - b);
  const mean = (k: number, m: string) => {
    const xs = rows.filter((r) => r.k === k && r.method === m).map((r) => r.test_acc);
    return xs.reduce((a, b) => a + b, 0) / xs.length;
  };
  const d = ks.map((k) => mean(k, 'scratch') - mean(k, 'fine-tune'));
  for (let i = 1; i < d.length; i++) {
    if (d[i - 1] < 0 === d[i] < 0) continue;
    const t = -d[i - 1] / (d[i] - d[i - 1]);
    return Math.exp(Math.log(ks[i - 1]) + t * (Math.log(ks[i]) - Math.log(ks[i - 1])));
  }
  return null;
}

test('a CI-sized run with frozen layers: the tables agree, the crossover is the table’s, frozen weights do not move', async ({ page }) => {
  test.setTimeout(300_000);
  await finished(page, 'k=3');
  const pre = await readTable(page, 'fine-tuning/pretrain');
  expect(pre).toHaveLength(1);
  expect(pre[0].test_acc as number).toBeGreaterThan(0.5); // five classes: chance is 0.2
  const acc = (await readTable(page, 'fine-tuning/accuracy')) as unknown as Acc[];
  expect(acc).toHaveLength(SWEEP.length * 2);
  for (const k of SWEEP) for (const m of ['fine-tune', 'scratch']) expect(acc.filter((r) => r.k === k && r.method === m), `${k} ${m}`).toHaveLength(1);
  for (const r of acc) {
    expect(r.test_acc).toBeGreaterThanOrEqual(0);
    expect(r.test_acc).toBeLessThanOrEqual(1);
  }
  const cross = crossoverOf(acc);
  const said = await page.locator('[data-reading="accuracy"]').getAttribute('data-crossover');
  if (cross === null) expect(said).toBe('none');
  else expect(Number(said)).toBeCloseTo(cross, 6);

  const curves = (await readTable(page, 'fine-tuning/curves')) as unknown as Curve[];
  expect(curves).toHaveLength(2 * 2); // two ways × two epochs at k = 3
  for (const m of ['fine-tune', 'scratch']) {
    const lastEpoch = curves.filter((r) => r.method === m && r.epoch === 2);
    expect(lastEpoch).toHaveLength(1);
    expect(lastEpoch[0].test_acc).toBe(acc.find((r) => r.k === 3 && r.method === m)!.test_acc);
  }

  const weights = page.locator('[data-embed="weights"]');
  await weights.scrollIntoViewIfNeeded();
  await expect(async () => expect(await readTable(page, 'fine-tuning/weights')).toHaveLength(3 * 8)).toPass({ timeout: 30_000 });
  const w = (await readTable(page, 'fine-tuning/weights')) as unknown as Weight[];
  for (let j = 0; j < 8; j++) {
    const of = (net: string) => w.find((r) => r.net === net && r.unit === j)!;
    expect(of('pre-trained').change).toBe(0);
    expect(of('fine-tuned').change, `unit ${j}: frozen`).toBe(0);
    expect(of('fine-tuned').norm).toBe(of('pre-trained').norm);
    expect(of('scratch').change, `unit ${j}: from scratch`).toBeGreaterThan(0);
  }
  // Keyboard: focusing the images starts at the first image's centre; → moves one pixel right.
  await page.locator('[data-chart="weight-images"]').focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('[data-readout="weights"]')).toContainText('unit 0, pixel (row 14, column 15)');
});

test('slowed lower layers (learning rate × 0.1): fine-tuning moves the first layer a little', async ({ page }) => {
  test.setTimeout(300_000);
  await finished(page, 'k=30&lower=slow');
  const weights = page.locator('[data-embed="weights"]');
  await weights.scrollIntoViewIfNeeded();
  await expect(async () => expect(await readTable(page, 'fine-tuning/weights')).toHaveLength(3 * 8)).toPass({ timeout: 30_000 });
  const w = (await readTable(page, 'fine-tuning/weights')) as unknown as Weight[];
  const fine = w.filter((r) => r.net === 'fine-tuned').map((r) => r.change);
  expect(Math.max(...fine)).toBeGreaterThan(0);
});

test('a slider writes the URL (the k from the URL kept), and a malformed k gives a notice', async ({ page }) => {
  await page.goto(`./#/fine-tuning?${CI}&k=5`);
  const slider = page.locator('input[data-param="preEpochs"]');
  await expect(slider).toHaveAttribute('aria-valuetext', /= 1\b/);
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/preEpochs=2\b/);
  await expect(page).toHaveURL(/k=5\b/);
  await page.goto(`./#/fine-tuning?${CI}&k=abc`);
  const notice = page.locator('.url-notice');
  await expect(notice).toBeVisible();
  await expect(notice.locator('[data-key="k"]')).toHaveCount(1);
});

test('while pre-training runs, step 2 already shows its controls, and its figures stay the same elements once it starts', async ({ page }) => {
  test.setTimeout(150_000);
  // 2000 digits × 10 epochs of pre-training: long enough to be seen waiting on any machine.
  await page.goto('./#/fine-tuning?lang=en&pre=2000&preEpochs=10&epochs=1&seeds=1&test=100');
  const section = page.locator('section[data-embed="accuracy"]');
  await expect(section.locator('[data-waiting="pretrain"]')).toBeVisible();
  await expect(section.locator('input[data-param="k"]')).toBeVisible();
  await expect(section.locator('[data-run="waiting"]')).toBeVisible();
  // Mark the Python button now; the same element must still carry the mark after the swap to the trained figure.
  await section.locator('[data-export="py"]').evaluate((b) => b.setAttribute('data-mark', 'before'));
  await expect(page.locator('[data-reading="pretrain"]')).toHaveAttribute('data-done', 'yes', { timeout: 120_000 });
  await expect(section.locator('[data-waiting="pretrain"]')).toHaveCount(0);
  await expect(section.locator('[data-export="py"]')).toHaveAttribute('data-mark', 'before');
});
