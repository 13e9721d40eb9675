// The resampling lesson from hand-written URLs: a CI-sized run (2 epochs) read from both tables — every member's confusion
// counts sum, per true class, to that digit's test examples (the same for all four methods), and recall is diagonal / row
// sum; the share slider's URL round trip; a malformed share's notice and the default.
import { expect, readTable, test } from './fixtures';

type Recall = { method: string; class: number; recall: number };
type Confusion = { method: string; true: number; predicted: number; count: number };
const METHODS = ['none', 'oversample', 'undersample', 'class-weights'];

test('a 2-epoch run at 2 %: confusion counts per true class sum to the test class sizes, recall = diagonal / row sum', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('./#/resampling?lang=en&share=0.02&epochs=2');
  const reading = page.locator('[data-reading="recall"]');
  await reading.scrollIntoViewIfNeeded();
  await expect(reading).toHaveAttribute('data-epoch', '2', { timeout: 90_000 });
  const confusion = (await readTable(page, 'resampling/confusion')) as unknown as Confusion[];
  const recall = (await readTable(page, 'resampling/recall')) as unknown as Recall[];
  expect(confusion).toHaveLength(4 * 100);
  expect(recall).toHaveLength(4 * 10);
  expect([...new Set(confusion.map((r) => r.method))]).toEqual(METHODS);
  const rowSum = (m: string, t: number) => confusion.filter((r) => r.method === m && r.true === t).reduce((s, r) => s + r.count, 0);
  const sizes = Array.from({ length: 10 }, (_, t) => rowSum('none', t));
  expect(sizes.reduce((a, b) => a + b, 0)).toBe(1000); // the page's 1000 test digits
  for (const m of METHODS) {
    for (let t = 0; t < 10; t++) {
      expect(rowSum(m, t), `${m}, digit ${t}`).toBe(sizes[t]);
      const diag = confusion.find((r) => r.method === m && r.true === t && r.predicted === t)!.count;
      expect(recall.find((r) => r.method === m && r.class === t)!.recall).toBeCloseTo(diag / sizes[t], 6);
    }
  }
  // The matrix shows the chosen method's counts: its cells equal the table's rows for 'none'.
  const cell = page.locator('[data-chart="confusion"] [data-true="5"][data-predicted="5"]');
  await expect(cell).toHaveAttribute('data-count', String(confusion.find((r) => r.method === 'none' && r.true === 5 && r.predicted === 5)!.count));
  // Keyboard: focusing the matrix and moving right reads cell (0, 1).
  await page.locator('[data-chart="confusion"]').focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('[data-readout="confusion"]')).toContainText('true 0, predicted 1');
});

test('the share slider writes the URL, and the URL sets the slider', async ({ page }) => {
  await page.goto('./#/resampling?lang=en&share=0.1&epochs=1');
  const slider = page.locator('input[data-param="share"]');
  await expect(slider).toHaveAttribute('aria-valuetext', /= 0\.1\b/);
  await slider.focus();
  await page.keyboard.press('End');
  await expect(page).toHaveURL(/share=0\.5\b/);
  await page.goto('./#/resampling?lang=en&share=0.5&epochs=1');
  await page.reload();
  await expect(page.locator('input[data-param="share"]')).toHaveAttribute('aria-valuetext', /= 0\.5\b/);
});

test('a malformed share gives a notice and the default 5 %', async ({ page }) => {
  await page.goto('./#/resampling?lang=en&share=abc&epochs=1');
  const notice = page.locator('.url-notice');
  await expect(notice).toBeVisible();
  await expect(notice.locator('[data-key="share"]')).toHaveCount(1);
  await expect(page.locator('input[data-param="share"]')).toHaveAttribute('aria-valuetext', /= 0\.05\b/);
});
