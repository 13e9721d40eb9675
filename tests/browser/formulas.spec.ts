// KaTeX loads on demand: not with the index, with a lesson (or the glossary) that shows formulas, which then appears
// typeset; a lesson whose only formulas are in its terms' tooltips fetches KaTeX when a tooltip opens.
import type { Page } from '@playwright/test';
import { LESSONS } from '../../src/lessons';
import { expect, pauseRun, test } from './fixtures';

/** Records the URLs of KaTeX's chunk, stylesheet and fonts the page requests. */
function katexRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (r) => /katex/i.test(r.url()) && urls.push(r.url()));
  return urls;
}

/** Whether KaTeX's stylesheet (its @font-face rules) is in the page: it comes with KaTeX's chunk, not with the index. */
const katexStyles = (page: Page) =>
  page.evaluate(() => Array.from(document.styleSheets).some((sheet) => Array.from(sheet.cssRules).some((r) => r instanceof CSSFontFaceRule && r.cssText.includes('KaTeX_Main'))));

/** Formulas in the page: typeset ones, ones still waiting for KaTeX, and those outside the terms' tooltips. */
const formulaCounts = (page: Page) =>
  page.evaluate(() => ({
    typeset: document.querySelectorAll('.formula .katex').length,
    pending: document.querySelectorAll('.formula-pending').length,
    inText: Array.from(document.querySelectorAll('.formula')).filter((f) => !f.closest('.term-tip')).length,
  }));

test('the index fetches no KaTeX; a lesson opened from it appears with every formula typeset', async ({ page }) => {
  const requested = katexRequests(page);
  await page.goto('./#/?lang=en');
  await expect(page.locator('.card[data-lesson="backprop"]')).toBeVisible();
  expect(requested).toEqual([]);
  expect(await katexStyles(page)).toBe(false);
  await page.locator('.card[data-lesson="backprop"]').getByRole('link').click();
  await page.locator('.lesson-page > article').waitFor();
  // Read at the first moment the lesson is there: its formulas waited for KaTeX instead of showing their source.
  const counts = await formulaCounts(page);
  expect(counts.pending).toBe(0);
  expect(counts.typeset).toBeGreaterThan(5);
  expect(requested.some((u) => u.endsWith('.js'))).toBe(true);
  expect(await katexStyles(page)).toBe(true);
});

test('the playground shows no formula: KaTeX comes only when a term’s tooltip opens, and its definition is typeset then', async ({ page }) => {
  test.setTimeout(90_000); // the pause below may take a second press under load; then KaTeX loads on hover
  const requested = katexRequests(page);
  // 1000 epochs at 5 a second: the run cannot finish while the press on Pause waits for the page to settle (a press
  // that lands after the end would start the run over).
  await page.goto('./#/playground?lang=en&epochs=1000&speed=slow');
  await page.locator('.lesson-page > article').waitFor();
  // Paused first: a training frame that re-renders the page under the pointer can close the tooltip before it is read.
  // The counts below are then of the page as it stays.
  await pauseRun(page.locator('button[data-action="play"]'));

  const before = await formulaCounts(page);
  expect(before.inText).toBe(0);
  expect(before.typeset).toBe(0);
  expect(before.pending).toBeGreaterThan(0); // the tooltips' formulas, as their TeX source
  await expect(page.locator('.formula-pending').first()).toHaveAttribute('aria-busy', 'true');
  expect(requested).toEqual([]);
  expect(await katexStyles(page)).toBe(false);
  const term = page.locator('.term-link').first();
  await term.scrollIntoViewIfNeeded();
  await term.hover();
  const tip = page.locator(`#${await term.getAttribute('aria-describedby')}`);
  await expect(tip).toBeVisible({ timeout: 20_000 });
  await expect(page.locator('.formula-pending')).toHaveCount(0);
  expect((await formulaCounts(page)).typeset).toBe(before.pending);
  expect(requested.length).toBeGreaterThan(0);
});

test('the glossary appears with its definitions typeset; the checklist fetches no KaTeX', async ({ page }) => {
  const requested = katexRequests(page);
  await page.goto('./#/checklist?lang=en');
  await expect(page.locator('.checklist-item').first()).toBeVisible();
  expect(requested).toEqual([]);
  expect(await katexStyles(page)).toBe(false);
  await page.goto('./#/glossary?lang=en');
  await expect(page.locator('.glossary-entry').first()).toBeVisible();
  const counts = await formulaCounts(page);
  expect(counts.pending).toBe(0);
  expect(counts.typeset).toBeGreaterThan(10);
});

// A lesson's `formulas` flag (KaTeX fetched beside its view) says whether its text shows formulas.
for (const lesson of LESSONS) {
  test(`${lesson.id}: formulas in its text exactly when its meta says so, typeset when the lesson appears`, async ({ page }) => {
    await page.goto(`./#/${lesson.id}?lang=en`);
    await page.locator('.lesson-page > article').waitFor();
    const counts = await formulaCounts(page);
    expect(counts.inText > 0).toBe(lesson.formulas);
    if (lesson.formulas) expect(counts.pending).toBe(0);
  });
}
