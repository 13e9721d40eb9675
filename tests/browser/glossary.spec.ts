// The glossary and checklist pages: every figure link opens its lesson without a URL notice and the figure is there;
// the search filters in both languages; a term in lesson prose shows its definition on focus and leads to its entry;
// axe in en / zh / zh-dark and no sideways overflow at 375 px.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { CHECKLIST } from '../../src/app/pages/checklistItems';
import { demoHref } from '../../src/app/pages/Checklist';
import { TERMS } from '../../src/components/glossary/terms';
import { expect, test } from './fixtures';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Opens a hash from the index (so the lesson view mounts afresh) and checks the figure and the absence of notices. */
async function visit(page: Page, hash: string, figures: string[]) {
  await page.evaluate(() => (window.location.hash = '#/'));
  await page.locator('.card').first().waitFor();
  await page.evaluate((h) => (window.location.hash = h), hash);
  for (const f of figures) await expect(page.locator(`[data-figure="${f}"]`), `${hash}: ${f}`).toBeAttached({ timeout: 20_000 });
  // figure= is checked one frame after the figures register: wait two frames, then read the notices.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await expect(page.locator('.url-notice'), hash).toHaveCount(0);
}

test('every glossary and checklist link opens its lesson, without a URL notice, at a figure that exists', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('./#/?lang=en&backend=cpu');
  const byLesson = new Map<string, Set<string>>();
  for (const t of TERMS) for (const l of t.links) byLesson.set(l.lesson, (byLesson.get(l.lesson) ?? new Set()).add(l.figure));
  for (const [lesson, figures] of byLesson) {
    const names = [...figures];
    await visit(page, `#/${lesson}?figure=${names[0]}`, names.map((f) => `${lesson}/${f}`));
  }
  for (const sec of CHECKLIST)
    for (const p of sec.points) if (p.demo) await visit(page, demoHref(p.demo), [`${p.demo.lesson}/${p.demo.figure}`]);
  // The rendered pages (each loaded lazily) carry the same links as the tables.
  await page.goto('./#/glossary?lang=en');
  await expect(page.locator('.glossary-links a')).toHaveCount(TERMS.reduce((n, t) => n + t.links.length, 0));
  await page.goto('./#/checklist?lang=en');
  const demos = CHECKLIST.flatMap((s) => s.points).filter((p) => p.demo);
  await expect(page.locator('.checklist-links a[data-preset]')).toHaveCount(demos.length);
  await expect(page.locator('[data-no-demo]')).toHaveCount(CHECKLIST.flatMap((s) => s.points).length - demos.length);
});

test('the glossary search filters in both languages and announces the count; term= highlights an entry', async ({ page }) => {
  await page.goto('./#/glossary?lang=en');
  const search = page.getByLabel('Search terms (Chinese or English)');
  const count = page.locator('.glossary-count');
  await expect(count).toHaveAttribute('aria-live', 'polite');
  await expect(count).toHaveAttribute('data-count', String(TERMS.length));
  await search.fill('DECAY');
  await expect(page.locator('.glossary-entry[data-term="weight-decay"]')).toBeVisible();
  await expect(count).toHaveAttribute('data-count', String(TERMS.filter((t) => /decay/i.test([t.en, ...(t.enAlso ?? [])].join(' '))).length));
  await search.fill('丢弃');
  await expect(page.locator('.glossary-entry')).toHaveCount(2); // 丢弃法 and 倒置丢弃法
  await expect(page.locator('.glossary-entry[data-term="dropout"]')).toBeVisible();
  await search.fill('no such term at all');
  await expect(page.locator('.glossary-entry')).toHaveCount(0);
  await expect(count).toHaveText('No term matches.');
  await page.goto('./#/glossary?term=batch-normalization&lang=zh');
  const entry = page.locator('#term-batch-normalization');
  await expect(entry).toHaveAttribute('data-highlight', 'true');
  await expect(entry).toBeFocused();
  await expect(entry).toBeInViewport();
  await expect(page).toHaveTitle('术语对照 · 神经网络训练实验室');
});

test('a term in lesson prose shows its definition on focus, Esc closes it, and it leads to its glossary entry', async ({ page }) => {
  await page.goto('./#/weight-decay?lang=en&backend=cpu');
  const link = page.locator('.lesson-page .term-link[data-term="weight-decay"]').first();
  await expect(link).toHaveAttribute('href', '#/glossary?term=weight-decay');
  await link.focus();
  const tipId = await link.getAttribute('aria-describedby');
  const tip = page.locator(`[id="${tipId}"]`);
  await expect(tip).toHaveAttribute('role', 'tooltip');
  await expect(tip).toBeVisible();
  await expect(tip).toContainText('Adding');
  // Below the line being read, not over it.
  const [l, b] = [await link.boundingBox(), await tip.boundingBox()];
  expect(b!.y).toBeGreaterThanOrEqual(l!.y + l!.height);
  await page.keyboard.press('Escape');
  await expect(tip).toBeHidden();
  // The paragraph's text is unchanged: the tooltip lives outside it.
  const para = link.locator('xpath=ancestor::p[1]');
  expect(await para.textContent()).not.toContain('Adding');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/glossary\?term=weight-decay&lang=en$/);
  await expect(page.locator('#term-weight-decay')).toHaveAttribute('data-highlight', 'true');
});

for (const pageId of ['glossary', 'checklist'] as const) {
  // One scheme per test: axe over the whole glossary takes tens of seconds on a loaded machine, three in a row timed out.
  for (const [lang, scheme] of [['en', 'light'], ['zh', 'light'], ['zh', 'dark']] as const) {
    test(`${pageId}: axe in ${lang}, ${scheme}`, async ({ page }) => {
      test.setTimeout(90_000);
      // Reduced motion: axe must not measure a colour half-way through a transition.
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      await page.goto(`./#/${pageId}?lang=${lang}`);
      await expect(page.locator('h1')).toHaveText(lang === 'zh' ? (pageId === 'glossary' ? '术语对照' : '实践清单') : pageId === 'glossary' ? 'Glossary' : 'Practitioner’s checklist');
      await expect(page.locator(`.site-nav a[data-nav="${pageId}"]`)).toHaveAttribute('aria-current', 'page');
      const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
      expect(violations.map((v) => `${lang}-${scheme}: ${v.id} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }

  test(`${pageId}: fits 375 px`, async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto(`./#/${pageId}?lang=zh`);
    await page.locator('h1').waitFor();
    const [scroll, inner] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    expect(scroll).toBeLessThanOrEqual(inner);
  });
}
