// The optimizers lesson from hand-written URLs: table values against the formulas, divergence, URL state, bad links.
import type { Page } from '@playwright/test';
import { expect, readTable, test } from './fixtures';

const FIG = 'optimizers/trajectories';
type Row = { optimizer: string; step: number; x1: number; x2: number; f: number };
const rows = async (page: Page) => (await readTable(page, FIG)) as unknown as Row[];

/** Opens a link and waits, within the test's own time limit, until the figure is there (the view loads lazily). */
async function open(page: Page, url: string) {
  await page.goto(url);
  await page.locator(`[data-figure="${FIG}"] .trajectory-plot svg`).waitFor();
}

test('default link: six optimizers, 21 rows each, step 0 at the start (−5, −2)', async ({ page }) => {
  await page.goto('./#/optimizers?lang=en');
  const r = await rows(page);
  expect(r.length).toBe(6 * 21);
  for (const name of ['sgd', 'momentum', 'adagrad', 'rmsprop', 'adadelta', 'adam']) {
    const start = r.find((x) => x.optimizer === name && x.step === 0)!;
    expect([start.x1, start.x2, start.f]).toEqual([-5, -2, 0.1 * 25 + 2 * 4]);
  }
  await expect(page.locator(`[data-figure="${FIG}"] .trajectory`)).toHaveCount(6);
});

test('GD η = 0.4 reproduces the documented sanity value after 20 steps', async ({ page }) => {
  await page.goto('./#/optimizers?opt=sgd&sgd.lr=0.4&steps=20');
  const last = (await rows(page)).find((x) => x.step === 20)!;
  expect(last.x1).toBeCloseTo(-0.943467, 6);
  expect(last.x2).toBeCloseTo(-0.000073, 6);
});

test('GD η = 0.6 diverges along x2: labelled on the plot, numbers kept in the table', async ({ page }) => {
  await open(page, './#/optimizers?opt=sgd&sgd.lr=0.6&steps=20&lang=en');
  await expect(page.locator('[data-diverged="sgd"]')).toContainText('diverged');
  const last = (await rows(page)).find((x) => x.step === 20)!;
  // Each step multiplies x2 by 1 − 4η = −1.4.
  expect(last.x2 / (-2 * Math.pow(-1.4, 20))).toBeCloseTo(1, 9);
});

test('momentum η = 0.4, γ = 0.5 matches two hand-computed steps and its formula shows v', async ({ page }) => {
  await page.goto('./#/optimizers?opt=momentum&momentum.lr=0.4&momentum.gamma=0.5&steps=2&lang=en');
  const r = await rows(page);
  expect(r[2].x1).toBeCloseTo(-4.032, 10);
  expect(r[2].x2).toBeCloseTo(0.88, 10);
  await expect(page.locator('.step-formula')).toHaveAttribute('data-optimizer', 'momentum');
  await expect(page.locator('.step-formula .substituted')).toContainText('−0.568');
});

test('Adam’s first step moves each coordinate by about η', async ({ page }) => {
  await page.goto('./#/optimizers?opt=adam&adam.lr=0.25&steps=1');
  const r = await rows(page);
  expect(r[1].x1 - r[0].x1).toBeCloseTo(0.25, 6);
  expect(r[1].x2 - r[0].x2).toBeCloseTo(0.25, 6);
});

test('the book function from the seed 004 preset starts at (−7, 2)', async ({ page }) => {
  await page.goto('./#/optimizers?lang=en');
  await page.locator('button[data-preset="book"]').click();
  await expect(page).toHaveURL(/fn=book/);
  const r = await rows(page);
  expect(new Set(r.map((x) => x.optimizer))).toEqual(new Set(['sgd', 'momentum', 'adagrad', 'adam']));
  const s0 = r.find((x) => x.step === 0)!;
  expect([s0.x1, s0.x2, s0.f]).toEqual([-7, 2, 49 / 20 + 4]);
});

test('a slider updates the figure and the URL by replaceState, without adding history entries', async ({ page }) => {
  await page.goto('./#/optimizers?opt=sgd&lang=en');
  const before = await page.evaluate(() => history.length);
  const slider = page.locator('input[data-param="sgd.lr"]');
  await slider.focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
  // The URL is written at most every 200 ms: wait until it carries the rate the table was computed with.
  const urlLr = () => Number(new URL(page.url().replace('#/optimizers?', '?'), 'http://x').searchParams.get('sgd.lr'));
  await expect
    .poll(async () => {
      const r = await rows(page);
      // One GD step from (−5, −2): x1 = −5 + 0.2·5·η.
      return urlLr() > 0.4 && Math.abs(r[1].x1 - (-5 + urlLr())) < 1e-9;
    })
    .toBe(true);
  expect(await page.evaluate(() => history.length)).toBe(before);
});

test('URL round trip: a state set through the controls reloads to the same table', async ({ page }) => {
  await page.goto('./#/optimizers?lang=en');
  await page.locator('input[data-toggle="adadelta"]').uncheck();
  await page.locator('input[data-param="momentum.gamma"]').fill('0.8');
  await page.locator('select[data-param="fn"]').selectOption('book');
  await expect(page).toHaveURL(/fn=book.*momentum\.gamma=0\.8/);
  const url = page.url();
  const first = await rows(page);
  await page.goto('about:blank');
  await page.goto(url);
  expect(await rows(page)).toEqual(first);
  expect(url).toContain('momentum.gamma=0.8');
  expect(url).toContain('opt=sgd,momentum,adagrad,rmsprop,adam');
});

test('dragging the start point moves x0 and the paths follow', async ({ page }) => {
  await page.goto('./#/optimizers?opt=sgd&lang=en');
  const svg = page.locator(`[data-figure="${FIG}"] svg`).first();
  // Measure once the figure holds its path (the page's layout has settled) and is on screen, wherever the header ends.
  await expect.poll(async () => (await rows(page)).length, { timeout: 20_000 }).toBeGreaterThan(0);
  await svg.scrollIntoViewIfNeeded();
  const box = (await svg.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.7, box.y + box.height * 0.3);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.75, box.y + box.height * 0.25, { steps: 4 });
  await page.mouse.up();
  const urlX0 = () => new URL(page.url().replace('#/optimizers?', '?'), 'http://x').searchParams.get('x0')?.split(',').map(Number);
  // The URL is written at most every 200 ms while dragging: wait until it has the table's final start point.
  await expect.poll(async () => {
    const r = await rows(page);
    return JSON.stringify(urlX0()) === JSON.stringify([r[0].x1, r[0].x2]);
  }).toBe(true);
  const x0 = urlX0()!;
  expect(x0[0]).toBeGreaterThan(0);
  expect(x0[1]).toBeGreaterThan(0);
});

test('play, step and reset move the step counter', async ({ page }) => {
  await open(page, './#/optimizers?opt=sgd&steps=5&lang=en');
  const counter = page.locator('.step-counter');
  await expect(counter).toHaveAttribute('data-step', '5');
  await page.locator('.play-controls').getByRole('button', { name: /Reset/ }).click(); // not the lesson's "Reset to defaults"
  await expect(counter).toHaveAttribute('data-step', '0');
  await page.getByRole('button', { name: /Step/ }).click();
  await expect(counter).toHaveAttribute('data-step', '1');
  await expect(page.locator('.step-formula')).toHaveAttribute('data-step', '1');
  await page.getByRole('button', { name: /Play/ }).click();
  await expect(counter).toHaveAttribute('data-step', '5', { timeout: 10_000 });
});

test('a mangled link still renders, with values clamped and a notice listing each change', async ({ page }) => {
  await open(page, './#/optimizers?steps=abc&sgd.lr=99&bogus=1&x0=1&opt=sgd,nope&lang=en');
  const notice = page.locator('.url-notice');
  await expect(notice).toBeVisible();
  for (const key of ['steps', 'sgd.lr', 'bogus', 'x0', 'opt']) await expect(notice.locator(`[data-key="${key}"]`)).toHaveCount(1);
  const r = await rows(page);
  expect(r.length).toBe(21); // steps fell back to 20, opt kept sgd only
  expect(r[0].x1).toBe(-5);
  // sgd.lr clamped to 5: x1 = −5 + 0.2·5·5.
  expect(r[1].x1).toBeCloseTo(0, 10);
  await expect(page).toHaveURL(/sgd\.lr=5/);
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
});

test('a Chinese link shows the lesson in Chinese', async ({ page }) => {
  await open(page, './#/optimizers?lang=zh&opt=sgd&sgd.lr=0.6');
  await expect(page.locator('h1')).toHaveText('优化算法的轨迹');
  await expect(page.locator('[data-diverged="sgd"]')).toContainText('发散');
  await expect(page.locator('.about-link summary')).toHaveText('关于这个链接');
});

test('the data table is in the DOM before "Show data" and visible after', async ({ page }) => {
  await open(page, './#/optimizers?lang=en');
  const wrap = page.locator(`[data-figure="${FIG}"] .data-table`);
  await expect(wrap).toHaveClass(/sr-only/);
  await page.getByRole('button', { name: 'Show data' }).click();
  await expect(wrap).toHaveClass(/open/);
  await expect(page.locator(`table[data-table="${FIG}"]`)).toBeVisible();
});

test('it opens ready to step: at the last step, Step runs one more update', async ({ page }) => {
  await open(page, './#/optimizers?opt=sgd&lang=en');
  const counter = page.locator('.step-counter');
  await expect(counter).toHaveAttribute('data-step', '20');
  const step = page.locator('.play-controls [data-action="step"]');
  await expect(step).toBeEnabled();
  await step.click();
  await expect(counter).toHaveText('Step 21 of 21');
  await expect(page).toHaveURL(/steps=21/);
  await expect.poll(async () => (await rows(page)).length).toBe(22);
  // The first 20 steps are unchanged and step 21 is one more GD step: x2 ← (1 − 4η)·x2 with η = 0.4.
  const r = await rows(page);
  expect(r[21].x2 / r[20].x2).toBeCloseTo(1 - 4 * 0.4, 9);
  expect(r[20].x1).toBeCloseTo(-0.943467, 6);
  await page.locator('input[data-param="steps"]').fill('200');
  await expect(counter).toHaveAttribute('data-step', '200');
  await expect(step).toBeDisabled(); // the largest run there is
});

test('opt= naming no known optimizer falls back to all six, with a notice', async ({ page }) => {
  await open(page, './#/optimizers?opt=e5&lang=en');
  await expect(page.locator('.url-notice [data-key="opt"]')).toContainText('e5');
  await expect(page.locator(`[data-figure="${FIG}"] .trajectory`)).toHaveCount(6);
  expect(new Set((await rows(page)).map((x) => x.optimizer)).size).toBe(6);
  await expect(page.locator('.step-formula')).toHaveAttribute('data-optimizer', 'momentum');
});

test('at 1280 × 900 the η sliders sit beside the plot, with a pixel for every position; arrow keys reach the seeds’ rates', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await open(page, './#/optimizers?lang=en');
  const plot = (await page.locator(`[data-figure="${FIG}"] .trajectory-plot svg`).boundingBox())!;
  for (const name of ['sgd.lr', 'momentum.lr', 'adagrad.lr', 'rmsprop.lr', 'adam.lr']) {
    const slider = page.locator(`input[data-param="${name}"]`);
    const box = (await slider.boundingBox())!;
    expect(box.x, `${name} right of the plot`).toBeGreaterThan(plot.x + plot.width);
    expect(box.y, `${name} level with the plot`).toBeLessThan(plot.y + plot.height);
    // Usable track (less Chromium's 16 px thumb) at least one pixel per slider position.
    const positions = Number(await slider.getAttribute('max'));
    expect(box.width - 16, `${name}: ${box.width} px for ${positions} positions`).toBeGreaterThanOrEqual(positions);
  }
  const lr = () => Number(new URL(page.url().replace('#/optimizers?', '?'), 'http://x').searchParams.get('sgd.lr') ?? 0.4);
  const slider = page.locator('input[data-param="sgd.lr"]');
  await slider.focus();
  // 0.4 → 0.01 is log10(40) · 50 = 80 positions; 0.01 → 0.001 another 50; back up to 0.6.
  for (let i = 0; i < 80; i++) await page.keyboard.press('ArrowLeft');
  await expect.poll(lr).toBe(0.01);
  for (let i = 0; i < 50; i++) await page.keyboard.press('ArrowLeft');
  await expect.poll(lr).toBe(0.001);
  for (let i = 0; i < 50 * 2 + Math.round(50 * Math.log10(6)); i++) await page.keyboard.press('ArrowRight');
  await expect.poll(lr).toBe(0.6);
  await expect(page.locator('[data-diverged="sgd"]')).toBeVisible(); // 1 − 4·0.6 = −1.4 per step
});

test('on a phone every optimizer’s step formula fits its panel (it wraps rather than being cut off)', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  for (const name of ['sgd', 'momentum', 'adagrad', 'rmsprop', 'adadelta', 'adam']) {
    await open(page, `./#/optimizers?opt=${name}&lang=en`);
    const panel = page.locator('.step-formula');
    await expect(panel).toHaveAttribute('data-optimizer', name);
    await expect.poll(() => panel.evaluate((el) => el.scrollWidth - el.clientWidth), { message: name }).toBeLessThanOrEqual(1);
  }
});

test.describe('dark theme', () => {
  test.use({ colorScheme: 'dark' });
  test('the contour panel is dark, darkest at the minimum, and the paths stay readable on it', async ({ page }) => {
    await open(page, './#/optimizers?lang=en');
    const lum = (rgb: string) => {
      const [r, g, b] = rgb.match(/\d+/g)!.map(Number);
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const fills = await page.locator(`[data-figure="${FIG}"] .contours path`).evaluateAll((ps) => ps.map((p) => getComputedStyle(p).fill));
    expect(lum(fills[fills.length - 1])).toBeLessThan(110); // the outer (highest) band
    expect(lum(fills[0])).toBeLessThan(lum(fills[fills.length - 1])); // darker = lower
    const strokes = await page.locator(`[data-figure="${FIG}"] .trajectory polyline`).evaluateAll((ps) => ps.map((p) => getComputedStyle(p).stroke));
    for (const s of strokes) expect(lum(s), s).toBeGreaterThan(lum(fills[fills.length - 1]));
    await page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(async () => lum(await page.locator(`[data-figure="${FIG}"] .contours path`).last().evaluate((p) => getComputedStyle(p).fill))).toBeGreaterThan(200);
  });
});
