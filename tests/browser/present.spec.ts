// Presentation mode: one section per screen, fitted to the window; projector theme, keyboard shortcuts, the shortcuts dialog, entering and leaving.
import type { Page } from '@playwright/test';
import { LESSONS } from '../../src/lessons';
import { expect, test } from './fixtures';

const FIG = '[data-figure="optimizers/trajectories"]';

test('present=1 shows one section per screen; ←/→, Home/End move between them; f toggles full screen', async ({ page }) => {
  await page.goto('./#/optimizers?present=1&lang=en');
  await page.locator('.lesson-page > article').waitFor();
  const counter = page.locator('.section-counter');
  const total = await page.locator('.lesson-page > article > section').count();
  expect(total).toBeGreaterThan(2);
  await expect(counter).toHaveAttribute('data-sections', String(total));
  await expect(page.locator('.site-header')).toHaveCount(0);
  await expect(page.locator('.lesson-page > article > section:visible')).toHaveCount(1);
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.locator('.about-link')).toBeHidden();

  await page.keyboard.press('ArrowRight');
  await expect(counter).toHaveAttribute('data-section', '1');
  await expect(counter).toContainText(`Section 2 of ${total}`);
  await expect(page.locator(FIG)).toBeVisible();
  await expect(page.locator('h1')).toBeHidden();
  await expect(page.locator('.lesson-page > article > section:visible')).toHaveCount(1);

  await page.keyboard.press('End');
  await expect(counter).toHaveAttribute('data-section', String(total - 1));
  await page.keyboard.press('ArrowRight'); // already at the last one
  await expect(counter).toHaveAttribute('data-section', String(total - 1));
  await page.keyboard.press('Home');
  await expect(counter).toHaveAttribute('data-section', '0');
  await page.keyboard.press('ArrowLeft');
  await expect(counter).toHaveAttribute('data-section', '0');
  // The projector theme: black on white, larger type than the page's 16 px.
  const [color, size] = await page.evaluate(() => [getComputedStyle(document.body).color, parseFloat(getComputedStyle(document.documentElement).fontSize)]);
  expect(color).toBe('rgb(0, 0, 0)');
  expect(size).toBeGreaterThanOrEqual(20);

  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
  await expect(page.locator('[data-action="full-screen"]')).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(false);
});

test('space, "." and r drive the figure on screen; keys stay with inputs and modified keys are ignored', async ({ page }) => {
  await openPresentation(page, './#/optimizers?present=1&opt=sgd&steps=5&lang=en');
  const counter = page.locator('.section-counter');
  const step = page.locator('.step-counter');
  await expect(counter).toHaveAttribute('data-sections', /[1-9]/);
  await page.keyboard.press('ArrowRight');
  await expect(page.locator(FIG)).toBeVisible();
  await expect(step).toHaveAttribute('data-step', '5');
  await page.keyboard.press('r');
  await expect(step).toHaveAttribute('data-step', '0');
  await page.keyboard.press('.');
  await expect(step).toHaveAttribute('data-step', '1');
  await page.keyboard.press(' ');
  await expect(step).toHaveAttribute('data-step', '5', { timeout: 10_000 });

  // A focused slider keeps its arrow keys: the value moves, the section does not.
  const steps = page.locator('input[data-param="steps"]');
  await steps.focus();
  await page.keyboard.press('ArrowRight');
  await expect(steps).toHaveValue('6');
  await expect(counter).toHaveAttribute('data-section', '1');
  await page.keyboard.press('r'); // typed into the slider, not a shortcut
  await expect(step).toHaveAttribute('data-step', '6');

  await page.evaluate(() => (document.activeElement as HTMLElement).blur());
  for (const key of ['Control+ArrowRight', 'Alt+ArrowRight', 'Shift+ArrowRight', 'Meta+ArrowRight', 'Control+r']) await page.keyboard.press(key);
  await expect(counter).toHaveAttribute('data-section', '1');
  await expect(step).toHaveAttribute('data-step', '6');
  // The figure stays interactive: its start point still drags.
  const svg = page.locator(`${FIG} svg`).first();
  const box = (await svg.boundingBox())!;
  await page.mouse.click(box.x + box.width * 0.7, box.y + box.height * 0.3);
  await expect(page).toHaveURL(/x0=\d/);
});

test('"?" opens the shortcuts dialog; Esc closes it and gives the focus back', async ({ page }) => {
  await openPresentation(page, './#/optimizers?present=1&lang=zh');
  const next = page.locator('[data-action="next-section"]');
  await expect(page.locator('.section-counter')).toHaveAttribute('data-sections', /[1-9]/);
  await next.focus();
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: '快捷键' });
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('kbd')).toHaveText(['←', '→', '空格', '.', 'r', 'f', '?']);
  await page.keyboard.press('ArrowRight'); // inside the dialog: no section change
  await expect(page.locator('.section-counter')).toHaveAttribute('data-section', '0');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(next).toBeFocused();
});

test('the header button starts presenting at the first section; Exit returns to the page', async ({ page }) => {
  await page.goto('./#/optimizers?lang=en');
  await page.getByRole('button', { name: 'Present' }).click();
  await expect(page).toHaveURL(/present=1/);
  await expect(page.locator('.section-counter')).toHaveAttribute('data-section', '0');
  await expect(page.locator('.lesson-page > article > section:visible')).toHaveCount(1);
  await page.getByRole('button', { name: /Exit presentation/ }).click();
  await expect(page).not.toHaveURL(/present=/);
  await expect(page.locator('.site-header')).toBeVisible();
  const total = await page.locator('.lesson-page > article > section').count();
  await expect(page.locator('.lesson-page > article > section:visible')).toHaveCount(total);
});

test('→ pressed the moment the counter first shows the sections moves to the second section', async ({ page }) => {
  // The press comes in the mutation observer's microtask, right after the render that counted the sections and
  // before any effect of that render runs: a key handler re-registered per render still saw no sections there.
  await page.goto('./#/optimizers?lang=en');
  await page.locator('.lesson-page > article > section').first().waitFor();
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const mo = new MutationObserver(() => {
          const counter = document.querySelector('.section-counter');
          if (counter === null || Number(counter.getAttribute('data-sections')) < 2) return;
          mo.disconnect();
          window.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, cancelable: true }));
          resolve();
        });
        mo.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-sections'] });
        document.querySelector<HTMLButtonElement>('button[data-action="present"]')!.click();
      }),
  );
  await expect(page.locator('.section-counter')).toHaveAttribute('data-section', '1');
});

test('figure=<name> opens the section that holds the figure', async ({ page }) => {
  await openPresentation(page, './#/optimizers?present=1&figure=trajectories&lang=en');
  await expect(page.locator('.section-counter')).toHaveAttribute('data-section', '1');
  await expect(page.locator(FIG)).toBeVisible();
});

test('a section of many small charts still fits once notes make it taller: batch-norm’s grid after the runs without BN diverge', async ({ page }) => {
  // At 1280×720 the grid's 16 charts are narrower than the charts' height floor, so only shrinking them below it makes room
  // for the "diverged at update k" lines that appear under the largest initial scales (std 1 diverges at update 4, seed 1).
  await page.setViewportSize({ width: 1280, height: 720 });
  await openPresentation(page, './#/batch-norm?present=1&figure=grid&lang=en&seed=1');
  await expect(page.locator('[data-figure="batch-norm/grid"]')).toBeVisible();
  await expect(page.locator('.panel-diverged[data-diverged="plain"]').first()).toBeVisible({ timeout: 30_000 });
  await expect.poll(() => page.evaluate(offScreen), { timeout: 20_000 }).toEqual([]);
});

test('the confusion matrix’s section fits 1280×720 once the matrix is drawn, not only while it waits for the run', async ({ page }) => {
  // The matrix is an SVG of its own (not a .chart), drawn when the run has results: the fit must shrink it too.
  await page.setViewportSize({ width: 1280, height: 720 });
  await openPresentation(page, './#/resampling?present=1&figure=confusion&lang=en');
  await expect(page.locator('.confusion-matrix > svg')).toBeVisible({ timeout: 60_000 });
  await expect.poll(() => page.evaluate(offScreen), { timeout: 20_000 }).toEqual([]);
});

test('the fit settles: a few pixels less content leave it alone, an overflow refits at once, and clear room lets the text grow again', async ({ page }) => {
  // Refitting on every size change made the text swing between two sizes while a lesson trained (charts resize one render
  // after each fit). Now a change refits only when the page overflows or has over 5 % of the window free.
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.addInitScript(() => {
    const w = window as unknown as { __fits: number };
    w.__fits = 0; // fitSection sets data-fit once per fit, even to the same value
    new MutationObserver((records) => { w.__fits += records.length; }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-fit'] });
  });
  await openPresentation(page, './#/generalization?present=1&lang=en');
  const section = page.locator('.lesson-page > article > section:visible');
  await expect(section).toHaveAttribute('data-fit', 'fits');
  await page.evaluate(() => document.fonts.ready);
  /** The text scale and the count of fits, three frames after `change` (a ResizeObserver callback, then the frame it schedules). */
  const after = (change: string) => page.evaluate(async (change) => {
    const s = Array.from(document.querySelectorAll<HTMLElement>('.lesson-page > article > section')).find((x) => x.offsetParent !== null)!;
    let spacer = s.querySelector<HTMLElement>('.test-spacer');
    if (!spacer) {
      spacer = document.createElement('div');
      spacer.className = 'test-spacer';
      s.append(spacer);
    }
    spacer.style.height = change;
    for (let k = 0; k < 3; k++) await new Promise(requestAnimationFrame);
    const w = window as unknown as { __fits: number };
    return { text: Number(document.documentElement.style.getPropertyValue('--present-text')), fits: w.__fits, fitted: document.documentElement.scrollHeight <= innerHeight + 1 };
  }, change);
  const base = await after('0px'); // settle the spacer's arrival (0 px)
  const grown = await after('60px');
  expect(grown.fits).toBeGreaterThan(base.fits);
  expect(grown.text).toBeLessThan(base.text);
  expect(grown.fitted).toBe(true);
  const shrunkALittle = await after('50px'); // 10 px freed: under 5 % of 720
  expect(shrunkALittle.fits).toBe(grown.fits);
  expect(shrunkALittle.text).toBe(grown.text);
  const shrunkALot = await after('0px'); // 50 px freed: over 5 % of 720
  expect(shrunkALot.fits).toBeGreaterThan(shrunkALittle.fits);
  expect(shrunkALot.text).toBeGreaterThan(grown.text);
  expect(shrunkALot.fitted).toBe(true);
});

test('a section of formulas is fitted typeset: KaTeX arrives before the lesson’s sections, and the fit runs again once its fonts have loaded', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  // Every fit of the first section (fitSection sets data-fit each time), with its formulas then, and when fonts finished loading.
  await page.addInitScript(() => {
    const log = { fits: [] as { t: number; typeset: number; pending: number }[], fontsDone: 0 };
    (window as unknown as { __fitLog: typeof log }).__fitLog = log;
    document.fonts.addEventListener('loadingdone', () => (log.fontsDone = performance.now()));
    new MutationObserver((records) => {
      for (const r of records) {
        const s = r.target as HTMLElement;
        if (s !== document.querySelector('.lesson-page > article > section')) continue;
        log.fits.push({ t: performance.now(), typeset: s.querySelectorAll('.formula .katex').length, pending: s.querySelectorAll('.formula-pending').length });
      }
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-fit'] });
  });
  await openPresentation(page, './#/backprop?present=1&lang=en');
  await page.evaluate(() => document.fonts.ready);
  expect(await page.evaluate(() => document.fonts.check('16px KaTeX_Main'))).toBe(true);
  await expect.poll(() => page.evaluate(offScreen), { timeout: 20_000 }).toEqual([]);
  const log = await page.evaluate(() => (window as unknown as { __fitLog: { fits: { t: number; typeset: number; pending: number }[]; fontsDone: number } }).__fitLog);
  expect(log.fits.length).toBeGreaterThan(0);
  expect(log.fits[0].pending).toBe(0);
  expect(log.fits[0].typeset).toBeGreaterThan(5);
  expect(log.fits[log.fits.length - 1].t).toBeGreaterThanOrEqual(log.fontsDone);
});

/** What does not fit on screen in presentation mode: page overflow, controls of the section outside the window, slider values past their slider. */
function offScreen() {
  const problems: string[] = [];
  const de = document.documentElement;
  if (de.scrollWidth > innerWidth + 1) problems.push(`page is ${de.scrollWidth} px wide`);
  if (de.scrollHeight > innerHeight + 1) problems.push(`page is ${de.scrollHeight} px tall`);
  const section = Array.from(document.querySelectorAll<HTMLElement>('.lesson-page > article > section')).find((s) => s.offsetParent !== null);
  if (!section) return ['no section on screen'];
  for (const el of section.querySelectorAll<HTMLElement>('button, input, select, textarea, a[href], [tabindex="0"]')) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || el.closest('.sr-only')) continue;
    if (r.left < -1 || r.top < -1 || r.right > innerWidth + 1 || r.bottom > innerHeight + 1) {
      problems.push(`${el.tagName.toLowerCase()}[${el.dataset.action ?? el.dataset.param ?? el.textContent?.trim().slice(0, 20)}] at ${Math.round(r.left)},${Math.round(r.bottom)}`);
    }
  }
  // A slider's value stays inside the slider's box: at a large text scale its columns once overflowed a narrow side
  // column and each value sat on the next slider's label.
  for (const slider of section.querySelectorAll<HTMLElement>('.slider')) {
    const box = slider.getBoundingClientRect();
    const value = slider.querySelector('.slider-value')?.getBoundingClientRect();
    if (box.width === 0 || !value) continue;
    if (value.right > box.right + 1) problems.push(`slider[${slider.querySelector('input')?.dataset.param}]'s value ends ${Math.round(value.right - box.right)} px past it`);
  }
  return problems;
}

/** Opens a presentation link and waits, within the test's own limit, for the lazily loaded lesson's sections. */
async function openPresentation(page: Page, url: string) {
  await page.goto(url);
  await page.locator('.lesson-page > article > section:visible').first().waitFor();
}

/**
 * Every section of every lesson in the catalogue, on a projector (Chinese) and a small laptop screen (English, the longer
 * text). One test per lesson and screen, each loading its own page, so a slow machine's time is not shared between them.
 */
const SCREENS = [
  { width: 1920, height: 1080, lang: 'zh' },
  { width: 1280, height: 720, lang: 'en' },
] as const;
for (const { id } of LESSONS) {
  for (const { width, height, lang } of SCREENS) {
    test(`${id}: every section fits the screen with its controls visible, at ${width}×${height} in ${lang === 'zh' ? 'Chinese' : 'English'}`, async ({ page }) => {
      test.setTimeout(120_000); // one lesson, a few sections; training lessons keep the CPU busy
      await page.setViewportSize({ width, height });
      await openPresentation(page, `./#/${id}?present=1&lang=${lang}`);
      const counter = page.locator('.section-counter');
      const n = await page.locator('.lesson-page > article > section').count();
      await expect(counter).toHaveAttribute('data-sections', String(n));
      for (let k = 0; k < n; k++) {
        await expect(counter).toHaveAttribute('data-section', String(k));
        // The section is fitted after it appears and again when its content grows: wait for the state, not a time.
        await expect.poll(() => page.evaluate(offScreen), { message: `${id} ${width}×${height} section ${k + 1}`, timeout: 30_000 }).toEqual([]);
        await page.keyboard.press('ArrowRight');
      }
    });
  }
}
