// The app shell in a real browser: index, language switch, backend badge, unknown routes, sub-path hosting.
import { UI } from '../../src/state/strings';
import { SUB_PATH } from '../support/serve.mjs';
import { expect, test } from './fixtures';

/** Every status the backend badge shows. */
const STATUS_KEYS = ['backendDetecting', 'plainRunGpu', 'plainRunCpu', 'plainGpu', 'plainSoftwareGpu', 'plainCpu'] as const;

test('index lists the optimizers lesson with title, summary and its source article', async ({ page }) => {
  await page.goto('./#/?lang=en');
  const card = page.locator('.card[data-lesson="optimizers"]');
  await expect(card.getByRole('link')).toHaveText('Optimizer trajectories');
  await expect(card).toContainText('mantch, “Dropout, vanishing/exploding gradients, Adam: neural-network optimization in one article” §7');
  await card.getByRole('link').click();
  await expect(page).toHaveURL(/#\/optimizers\?lang=en$/);
  await expect(page.locator('h1')).toHaveText('Optimizer trajectories');
});

test('language switch changes every visible string and is written to the URL', async ({ page }) => {
  await page.goto('./#/optimizers?lang=en');
  await expect(page.locator('h1')).toHaveText('Optimizer trajectories');
  await page.locator('button[data-lang="zh"]').click();
  await expect(page.locator('h1')).toHaveText('优化算法的轨迹');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('button', { name: '播放' })).toBeVisible();
  expect(page.url()).toContain('lang=zh');
});

test('language defaults to the browser language when the URL has none', async ({ browser }) => {
  const ctx = await browser.newContext({ locale: 'zh-CN' });
  const page = await ctx.newPage();
  await page.goto('./#/');
  await expect(page.locator('h1')).toHaveText('神经网络训练实验室');
  await ctx.close();
});

test('header names the WebGPU adapter (SwiftShader here)', async ({ page }) => {
  await page.goto('./#/?lang=en');
  const badge = page.locator('.backend-badge');
  await expect(badge).toHaveAttribute('data-backend', 'gpu');
  await expect(badge).toContainText(/WebGPU \(software\)/);
});

test('header falls back to CPU when the browser has no WebGPU', async ({ page }) => {
  await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'gpu', { get: () => undefined }));
  await page.goto('./#/?lang=en');
  await expect(page.locator('.backend-badge')).toHaveAttribute('data-backend', 'cpu');
  await expect(page.locator('.backend-badge')).toContainText('no WebGPU');
});

test('the header stays one line at 1280×720 whatever the backend badge says, so the page never jumps while the backend is detected', async ({ page }) => {
  // The software-GPU status ("Only a software GPU here: …") once wrapped the header for a second during detection and
  // moved the whole page 35 px down and back: a click on "Copy link" in that second missed (a11y spec, under load).
  await page.setViewportSize({ width: 1280, height: 720 });
  for (const lang of ['en', 'zh'] as const) {
    await page.goto(`./#/augmentation?lang=${lang}`);
    await page.locator('.lesson-page > article').waitFor();
    const texts = [...STATUS_KEYS.map((k) => UI[k][lang]), 'Only a software GPU here: lessons train on the CPU', '只有软件模拟的 GPU，课程在 CPU 上训练'];
    const heights = await page.evaluate((texts) => {
      const header = document.querySelector<HTMLElement>('.site-header')!;
      const button = document.querySelector<HTMLElement>('.backend-badge .badge-text')!;
      const text = Array.from(button.childNodes).find((n) => n.nodeType === Node.TEXT_NODE)!;
      const shown = text.textContent;
      const heightWith = (t: string) => ((text.textContent = t), header.getBoundingClientRect().height);
      // The badge cuts a status longer than its cap with an ellipsis: none of the statuses it shows may be cut.
      const cut = (t: string) => ((text.textContent = t), button.scrollWidth > button.clientWidth + 1);
      const out = { oneChar: heightWith('x'), each: texts.map(heightWith), cut: texts.slice(0, -2).filter(cut) };
      text.textContent = shown;
      return out;
    }, texts);
    expect(heights.each, `${lang}: header height with each status, against one character (${heights.oneChar} px)`).toEqual(texts.map(() => heights.oneChar));
    expect(heights.cut, `${lang}: statuses cut by the badge's width`).toEqual([]);
  }
});

test('an unknown lesson id shows the index with a notice', async ({ page }) => {
  await page.goto('./#/no-such-lesson?lang=en');
  await expect(page.getByRole('alert')).toContainText('no-such-lesson');
  await expect(page.locator('.card[data-lesson="optimizers"]')).toBeVisible();
});

test('the build works from a sub-path', async ({ page }) => {
  await page.goto(`${SUB_PATH}#/optimizers?lang=en&opt=sgd`);
  await expect(page.locator('h1')).toHaveText('Optimizer trajectories');
  await expect(page.locator('[data-figure="optimizers/trajectories"] .trajectory')).toHaveCount(1);
});
