// Any screen: 375 px phones (touch) to 1920 px projectors. Nothing overflows sideways; fingers drag the start point and
// the sliders. With SCREENSHOTS=1 every checked view is also photographed into test-results/screens/ (for a person to
// look at; no test reads them, and the ~200 full-page PNGs cost minutes of the suite, so they are off by default).
import type { Page, PageScreenshotOptions } from '@playwright/test';
import { LESSONS } from '../../src/lessons';
import { expect, test } from './fixtures';

const SHOTS = 'test-results/screens';

async function shoot(page: Page, name: string, options: Omit<PageScreenshotOptions, 'path'> = {}) {
  if (process.env.SCREENSHOTS === '1') await page.screenshot({ path: `${SHOTS}/${name}.png`, animations: 'disabled', ...options });
}

async function fits(page: Page, where: string) {
  const [scroll, inner] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  expect(scroll, `${where}: page width ${scroll} > window ${inner}`).toBeLessThanOrEqual(inner);
}

/** Opens every figure's data table (they must fit too). */
async function openTables(page: Page) {
  const closed = page.locator('.figure figcaption button[aria-expanded="false"]');
  while ((await closed.count()) > 0) await closed.first().click();
}

/**
 * One lesson at one screen size: the page (data tables open), on phones also every presentation section
 * and the embed, each checked for overflow and photographed. (Presentation at projector and laptop sizes is
 * checked, section by section, in present.spec.ts.) One test per lesson, so each has its own time limit.
 */
async function lessonFits(page: Page, id: string, width: number, lang: 'zh' | 'en', phone: boolean) {
  test.setTimeout(90_000); // a training lesson with its tables open; slow on a busy machine
  await page.goto(`./#/${id}?lang=${lang}`);
  await page.locator('.lesson-page > article').waitFor();
  await openTables(page);
  await fits(page, id);
  await shoot(page, `${id}-${lang}-${width}`, { fullPage: true });
  if (!phone) return;
  await page.getByRole('button', { name: lang === 'zh' ? '演示' : 'Present' }).click();
  const n = await page.locator('.lesson-page > article > section').count();
  for (let k = 0; k < n; k++) {
    await expect(page.locator('.section-counter')).toHaveAttribute('data-section', String(k));
    await fits(page, `${id} present ${k + 1}`);
    await shoot(page, `${id}-present-${k + 1}-${width}`);
    await page.keyboard.press('ArrowRight');
  }
  await page.goto(`./#/${id}?embed=1&lang=${lang}`);
  await page.locator('.lesson-page > article').waitFor();
  await fits(page, `${id} embed`);
  await shoot(page, `${id}-embed-${width}`, { fullPage: true });
}

async function indexFits(page: Page, width: number, lang: 'zh' | 'en') {
  await page.goto(`./#/?lang=${lang}`);
  await page.locator('.card').first().waitFor();
  await fits(page, 'index');
  await shoot(page, `index-${lang}-${width}`, { fullPage: true });
}

test.describe('1920 × 1080 projector', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });
  test('the index fits the width', async ({ page }) => {
    await indexFits(page, 1920, 'en');
  });
  for (const { id } of LESSONS) {
    test(`${id} fits the width`, async ({ page }) => {
      await lessonFits(page, id, 1920, 'en', false);
    });
  }
});

test.describe('375 × 740 phone with touch', () => {
  test.use({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });

  test('the index fits the width', async ({ page }) => {
    await indexFits(page, 375, 'zh');
  });
  for (const { id } of LESSONS) {
    test(`${id}: page, presentation and embed fit the width`, async ({ page }) => {
      await lessonFits(page, id, 375, 'zh', true);
    });
  }

  test('a finger drags the start point and a slider', async ({ page }) => {
    await page.goto('./#/optimizers?opt=sgd&lang=en');
    // The header badge's final sentence can wrap differently from "detecting…" and shift the page: settle it first.
    await expect(page.locator('.backend-badge[data-backend="detecting"]')).toHaveCount(0, { timeout: 30_000 });
    const cdp = await page.context().newCDPSession(page);
    const drag = async (from: [number, number], to: [number, number]) => {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: from[0], y: from[1] }] });
      for (let i = 1; i <= 5; i++) {
        const p = { x: from[0] + ((to[0] - from[0]) * i) / 5, y: from[1] + ((to[1] - from[1]) * i) / 5 };
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [p] });
      }
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    };
    const param = (name: string) => new URL(page.url().replace('#/optimizers?', '?')).searchParams.get(name);

    const svg = page.locator('[data-figure="optimizers/trajectories"] svg').first();
    await svg.scrollIntoViewIfNeeded();
    const box = (await svg.boundingBox())!;
    await drag([box.x + box.width * 0.6, box.y + box.height * 0.4], [box.x + box.width * 0.75, box.y + box.height * 0.25]);
    await expect.poll(() => param('x0')?.split(',').map(Number)).toEqual([expect.any(Number), expect.any(Number)]);
    const [x1, x2] = param('x0')!.split(',').map(Number);
    expect(x1).toBeGreaterThan(0);
    expect(x2).toBeGreaterThan(0);
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(0); // the page did not scroll away under the finger…
    const y0 = await page.evaluate(() => scrollY);
    await drag([box.x + box.width * 0.5, box.y + box.height * 0.5], [box.x + box.width * 0.5, box.y + box.height * 0.1]);
    // …and a vertical drag on the plot moves the point, not the page (a scroll would follow the finger by ~100 px; a few
    // px of layout shift from text above, e.g. a status line, are not a scroll).
    expect(Math.abs((await page.evaluate(() => scrollY)) - y0)).toBeLessThan(10);

    const slider = page.locator('input[data-param="sgd.lr"]');
    await slider.scrollIntoViewIfNeeded();
    const s = (await slider.boundingBox())!;
    const thumb = s.x + s.width * ((Math.log10(0.4) + 3) / (Math.log10(5) + 3));
    await drag([thumb, s.y + s.height / 2], [thumb + s.width * 0.15, s.y + s.height / 2]);
    await expect.poll(() => Number(param('sgd.lr') ?? 0.4)).toBeGreaterThan(0.6);
  });
});
