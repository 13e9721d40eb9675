// Accessibility: axe (WCAG 2 A/AA) on the index and every lesson in both languages, dark theme, presentation mode, copy fallback;
// every control reachable by Tab with a visible focus; sliders announce their value; reduced motion honoured.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { LESSONS } from '../../src/lessons';
import { expect, test } from './fixtures';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe; `hiddenTables: false` leaves out the screen-reader-only data tables. */
async function expectNoViolations(page: Page, where: string, { hiddenTables = true } = {}) {
  // Colours are measured at rest: with reduced motion no button is caught mid-way through its colour transition.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const axe = new AxeBuilder({ page }).withTags(WCAG);
  if (!hiddenTables) axe.exclude('.data-table.sr-only');
  const { violations } = await axe.analyze();
  const summary = violations.map((v) => `${where}: ${v.id} (${v.impact}) at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary).toEqual([]);
}

/** Pauses every run that plays and waits until the page's tables have settled. */
async function settle(page: Page) {
  // A training lesson rewrites its tables a few times a second, so a busy machine may never show them all settled:
  // pause every run that plays (including one that starts after its data arrive), then wait for the tables to settle.
  // State waits within the callers' limits.
  await expect
    .poll(
      () =>
        page.evaluate(() => {
          // A DOM click, not Playwright's: a button re-rendered mid-click must not hold the poll up.
          document.querySelectorAll<HTMLButtonElement>('button[data-action="play"][aria-pressed="true"]').forEach((b) => b.click());
          return document.querySelectorAll('button[data-action="play"][aria-pressed="true"], table[data-table][data-stale]').length;
        }),
      { timeout: 45_000 },
    )
    .toBe(0);
  await expect(page.locator('.backend-badge[data-backend="detecting"]')).toHaveCount(0, { timeout: 30_000 });
}

/** Opens a lesson and waits until its view, figures and tables are in place. */
async function openLesson(page: Page, url: string) {
  await page.goto(url);
  await page.locator('.lesson-page > article').waitFor();
  await settle(page);
}

/** Relative luminance (0–255) of the page background. */
async function luminance(page: Page): Promise<number> {
  const bg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  const [r, g, b] = bg.match(/\d+/g)!.map(Number);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * Every page in two full passes: English in the light theme (with the "Copy link" fallback open) and Chinese in the dark
 * theme. Together they cover both languages and both schemes: a language changes text, not colours, and a scheme changes
 * colours, not the DOM, so Chinese in the light theme has nothing the two passes miss (its colours are English's).
 * One test per page (the index and every lesson of the catalogue), so each has its own time limit; the passes share
 * one page: the language is switched in the hash (no reload) and the scheme by media emulation, so a lesson loads once.
 * The screen-reader-only data tables are the same markup in every pass: checked once, in English.
 */
const PAGES = [null, ...LESSONS.map((l) => l.id)];

test.describe('English in the light theme, then Chinese in the dark', () => {
  // Reduced motion: openLesson pauses the runs, and a Pause button fading back from the accent colour (a 0.15 s
  // transition of its background while its text colour switches at once) fails color-contrast mid-fade (seen once);
  // it also makes the switch to the dark scheme take effect at once.
  test.use({ colorScheme: 'light', reducedMotion: 'reduce' });
  for (const id of PAGES) {
    test(`axe: ${id ?? 'the index'} has no WCAG A/AA violations`, async ({ page }) => {
      test.setTimeout(180_000); // axe twice on a page that trains in the background; slow on a busy machine
      const where = id ?? 'index';
      if (id === null) {
        await page.goto('./#/?lang=en');
        await page.locator('.card').first().waitFor();
        expect(await page.locator('.card[data-lesson]').count()).toBe(LESSONS.length);
      } else {
        await page.addInitScript(() =>
          Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => ({ writeText: () => Promise.reject(new Error('denied')) }) }),
        );
        await openLesson(page, `./#/${id}?lang=en`);
        await page.locator('[data-action="copy-link"]').click();
        await expect(page.locator('input[data-share-url]')).toBeFocused();
      }
      await expectNoViolations(page, `${where} (en)`);

      await page.goto(id === null ? './#/?lang=zh' : `./#/${id}?lang=zh`);
      await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
      if (id !== null) await settle(page);
      await page.emulateMedia({ colorScheme: 'dark' });
      await expect.poll(() => luminance(page)).toBeLessThan(50); // the dark theme did apply
      // Charts that read the scheme in script (useDarkTheme) redraw on the change: let two frames pass.
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      await expectNoViolations(page, `${where} (zh, dark)`, { hiddenTables: false });
    });
  }
});

test.describe('dark theme', () => {
  test.use({ colorScheme: 'dark' });
  test('follows the system setting from the first paint', async ({ page }) => {
    await page.goto('./#/?lang=en');
    expect(await luminance(page)).toBeLessThan(50);
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await luminance(page)).toBeGreaterThan(200);
  });
});

test('presentation mode and its shortcuts dialog have no violations', async ({ page }) => {
  await openLesson(page, './#/optimizers?present=1&lang=en');
  await page.keyboard.press('ArrowRight');
  await expectNoViolations(page, 'present');
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectNoViolations(page, 'shortcuts dialog');
});

test('every control is reached by Tab, in order, and shows a visible focus', async ({ page }) => {
  await openLesson(page, './#/optimizers?lang=en');
  // Everything a user can operate, as the page shows it.
  const controls = await page.evaluate(() => {
    const all = document.querySelectorAll<HTMLElement>('a[href], button, input, select, summary, [tabindex="0"]');
    let n = 0;
    for (const el of all) {
      const hidden = el.closest('.sr-only, [hidden]') !== null || el.getClientRects().length === 0;
      if (!hidden && !(el as HTMLButtonElement).disabled) el.dataset.ctl = String(n++);
    }
    return n;
  });
  expect(controls).toBeGreaterThan(30);
  const reached: string[] = [];
  const invisible: string[] = [];
  for (let i = 0; i < controls + 5; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      // What focus changes on screen: outline or shadow on the element, or the stroke of a drawn handle inside it.
      const look = () =>
        [el, ...el.querySelectorAll('*')]
          .slice(0, 12)
          .map((e) => {
            const c = getComputedStyle(e);
            return [c.outlineStyle, c.outlineWidth, c.outlineColor, c.boxShadow, c.stroke, c.strokeWidth].join();
          })
          .join('|');
      const focused = look();
      const ring = getComputedStyle(el);
      const thick = ring.outlineStyle !== 'none' ? parseFloat(ring.outlineWidth) >= 2 : true;
      el.blur();
      const blurred = look();
      el.focus();
      return { ctl: el.dataset.ctl ?? `?${el.tagName}`, visible: focused !== blurred && thick };
    });
    if (!stop) continue;
    if (reached.includes(stop.ctl)) break;
    reached.push(stop.ctl);
    if (!stop.visible) invisible.push(stop.ctl);
  }
  expect(invisible).toEqual([]);
  expect(reached.filter((c) => c.startsWith('?'))).toEqual([]); // nothing focusable that the list missed
  expect(reached.map(Number)).toEqual(Array.from({ length: controls }, (_, i) => i)); // all of them, in document order
});

test('keyboard operates the controls: checkbox, start point, preset; sliders announce their value', async ({ page }) => {
  await openLesson(page, './#/optimizers?lang=en');
  await page.locator('input[data-toggle="adam"]').focus();
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/opt=sgd,momentum,adagrad,rmsprop,adadelta(&|$)/);
  await page.locator('.start-handle').focus();
  await page.keyboard.press('ArrowUp');
  await expect(page).toHaveURL(/x0=-5,-1\.9/);
  const slider = page.locator('input[data-param="momentum.gamma"]');
  await expect(slider).toHaveAttribute('aria-valuetext', 'Momentum γ = 0.5');
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveAttribute('aria-valuetext', 'Momentum γ = 0.51');
  await page.locator('button[data-preset="book"]').focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/fn=book/);
});

test('reduced motion: no transitions or animations anywhere', async ({ page }) => {
  const longest = () =>
    page.evaluate(() => {
      let max = 0;
      for (const el of document.querySelectorAll('*')) {
        const c = getComputedStyle(el);
        for (const d of [...c.transitionDuration.split(','), ...c.animationDuration.split(',')]) max = Math.max(max, parseFloat(d) || 0);
      }
      return max;
    });
  await openLesson(page, './#/optimizers?present=1&lang=en');
  expect(await longest()).toBeGreaterThan(0); // there is motion to remove
  await page.emulateMedia({ reducedMotion: 'reduce' });
  expect(await longest()).toBe(0);
});

for (const id of ['batch-norm', 'backprop']) {
  test(`${id}: a formula or table wider than its box takes focus and scrolls with the arrow keys, and only while it is wider`, async ({ page }) => {
    // Every visible box of the page that may scroll and holds no control of its own: [scrolls, focusable], where it
    // scrolls when its content is larger than the box along an axis whose overflow is auto or scroll (axe's reading).
    const boxes = () =>
      page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('main *')].flatMap((el) => {
          const c = getComputedStyle(el);
          const [x, y] = [c.overflowX, c.overflowY].map((o) => o === 'auto' || o === 'scroll');
          if (!(x || y) || !el.checkVisibility() || el.querySelector('a[href], button, input, select, textarea, summary')) return [];
          return [[(x && el.scrollWidth > el.clientWidth) || (y && el.scrollHeight > el.clientHeight), el.tabIndex === 0]];
        }),
      );
    await page.setViewportSize({ width: 375, height: 740 });
    await openLesson(page, `./#/${id}?lang=en`);
    await page.locator('details.about-link > summary').click(); // its table of the link's parameters appears
    // The wide boxes scroll inside themselves: the page itself is no wider than the phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    const narrow = await boxes();
    expect(narrow.some(([wide]) => wide)).toBe(true); // at 375 px some formula or table is wider than its column
    expect(narrow.filter(([wide, focusable]) => wide !== focusable)).toEqual([]);
    const axe = await new AxeBuilder({ page }).withRules(['scrollable-region-focusable']).analyze();
    expect(axe.violations.map((v) => v.nodes.map((n) => n.target.join(' ')))).toEqual([]);
    const box = page.locator('main [tabindex="0"]:not(button, a, input, select, textarea)').first();
    await box.focus();
    const left = await box.evaluate((el) => el.scrollLeft);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => box.evaluate((el) => el.scrollLeft)).toBeGreaterThan(left);
    await page.setViewportSize({ width: 1600, height: 900 });
    await expect.poll(async () => (await boxes()).filter(([wide, focusable]) => wide !== focusable)).toEqual([]);
    expect((await boxes()).filter(([wide]) => !wide).length).toBeGreaterThan(0); // some now fit and left the tab order
  });
}

test('the random seed is a labelled number field: typed seeds apply, bad ones are announced and change nothing, "New seed" picks another', async ({ page }) => {
  await openLesson(page, './#/initialization?lang=en');
  const field = page.getByRole('spinbutton', { name: 'Random seed' });
  await expect(field).toHaveValue('1');
  await field.fill('42');
  await expect(page).toHaveURL(/seed=42/);
  await field.fill('4.5');
  await expect(page.getByRole('alert').filter({ hasText: 'whole number' })).toContainText('still using 42');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(page).toHaveURL(/seed=42/);
  await field.blur();
  await expect(field).toHaveValue('42');
  await page.getByRole('button', { name: 'New seed' }).click();
  await expect(page).not.toHaveURL(/seed=42(&|$)/);
  await expect(page).toHaveURL(/seed=\d+/);
  await expect(page.locator('input[type="range"][data-param="seed"]')).toHaveCount(0);
});

test('the backend badge is a plain sentence; its details show on focus and Esc hides them', async ({ page }) => {
  await openLesson(page, './#/optimizers?lang=en');
  const badge = page.locator('.backend-badge');
  const details = badge.getByRole('tooltip');
  await expect(details).toBeHidden();
  await badge.getByRole('button').focus();
  await expect(details).toBeVisible();
  await expect(details).toContainText('WebGPU');
  await expect(badge.getByRole('button')).toHaveAccessibleDescription(/WebGPU/);
  await page.keyboard.press('Escape');
  await expect(details).toBeHidden();
  await expectNoViolations(page, 'badge');
});
