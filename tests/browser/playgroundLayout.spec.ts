// The playground's one screen: from 1280×720 up the play bar, the training controls and the data, network and output panels
// (loss curves and heat map) sit side by side inside the window, in Chinese and English, also paused after a mid-run change;
// one play bar and one epoch counter for the page; a 375 px phone stacks the panels without a sideways scroll.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

type Box = { left: number; top: number; right: number; bottom: number };

/** What must be on screen: the bench's parts, by selector. */
const PARTS = {
  'play bar': '.pg-bar',
  optimizer: '.pg-optimizer',
  regularization: '.pg-regularization',
  'data panel': '[data-panel="data"]',
  features: '.pg-features',
  'network diagram': '[data-figure="playground/network"]',
  'loss curve': '[data-figure="playground/curves"]',
  'heat map': '[data-figure="playground/boundary"]',
} as const;

/** The window, the bench and every part's box, read after the bench is scrolled to the top of the window. */
async function benchBoxes(page: Page) {
  return page.evaluate((parts) => {
    const bench = document.querySelector<HTMLElement>('.pg-bench')!;
    bench.scrollIntoView({ block: 'start', behavior: 'instant' });
    const box = (el: Element | null): Box | null => {
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    };
    const out: Record<string, Box | null> = {};
    for (const [name, sel] of Object.entries(parts)) out[name] = box(document.querySelector(sel));
    const panels = ['data', 'network', 'output'].map((p) => box(document.querySelector(`[data-panel="${p}"]`))!);
    return { win: { width: innerWidth, height: innerHeight }, bench: box(bench)!, parts: out, panels };
  }, PARTS);
}

/** Every part inside the window once the bench is at its top, and the three panels in one row, left to right. */
async function expectOneScreen(page: Page, where: string) {
  const { win, bench, parts, panels } = await benchBoxes(page);
  expect(bench.bottom - bench.top, `${where}: the bench is taller than the window`).toBeLessThanOrEqual(win.height);
  for (const [name, b] of Object.entries(parts)) {
    expect(b, `${where}: ${name} missing`).not.toBeNull();
    const inside = b!.left >= -1 && b!.top >= -1 && b!.right <= win.width + 1 && b!.bottom <= win.height + 1;
    expect(inside, `${where}: ${name} at ${JSON.stringify(b)} is not inside ${win.width}×${win.height}`).toBe(true);
  }
  const [data, network, output] = panels;
  expect(data.right, `${where}: data beside the network`).toBeLessThanOrEqual(network.left);
  expect(network.right, `${where}: network beside the output`).toBeLessThanOrEqual(output.left);
  expect(Math.abs(data.top - network.top) + Math.abs(network.top - output.top), `${where}: panels in one row`).toBeLessThan(2);
}

for (const [width, height] of [
  [1280, 720],
  [1920, 1080],
] as const) {
  for (const lang of ['zh', 'en'] as const) {
    test(`${width}×${height}, ${lang}: the play bar, the controls and the data, network and output panels fit one screen, side by side`, async ({ page }) => {
      test.setTimeout(90_000);
      await page.setViewportSize({ width, height });
      await page.goto(`./#/playground?lang=${lang}&backend=cpu`);
      // Once the run has reported an epoch and the heat map is drawn, every part has its content.
      await expect(page.locator('[data-boundary-ready="true"]')).toHaveCount(1, { timeout: 30_000 });
      await expect(page.locator('[data-reading="epoch"]')).toBeVisible({ timeout: 30_000 });
      await expect(page.locator('.play-controls')).toHaveCount(1);
      await expect(page.locator('.step-counter')).toHaveCount(1);
      await expectOneScreen(page, `${width}×${height} ${lang}`);
      // Paused, after a mid-run change, output discretized: the longest status line, the change line and the longest
      // heat-map caption are all shown.
      await page.locator('button[data-action="reset"]').click();
      await expect(page.locator('button[data-action="play"]')).toHaveAttribute('aria-pressed', 'false');
      await page.locator('select[data-param="opt"]').selectOption('rmsprop');
      await expect(page.locator('[data-reading="change"]')).toHaveAttribute('data-change', 'hyper');
      await expect(page.locator('.run-status')).toHaveAttribute('data-run', 'paused');
      await page.locator('input[data-param="discrete"]').check();
      await expect(page.locator('table[data-table="playground/boundary"] th')).toHaveText(['x1', 'x2', 'p', 'class']);
      await expectOneScreen(page, `${width}×${height} ${lang}, paused after a change, discretized`);
    });
  }
}

for (const lang of ['zh', 'en'] as const) {
  test(`1280×720, ${lang}: a counter grown to three and four digits (epochs = 1000) keeps the bench on one screen`, async ({ page }) => {
    test.setTimeout(240_000); // 1000 epochs at max speed, on a busy machine
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(`./#/playground?lang=${lang}&backend=cpu&epochs=1000&speed=max`);
    await expect(page.locator('[data-boundary-ready="true"]')).toHaveCount(1, { timeout: 30_000 });
    await expectOneScreen(page, `1280×720 ${lang}, first epochs of 1000`);
    // The counter now reads "Epoch 1xx of 1000": wider than at the start, so a bar that fit then could wrap now.
    const counter = page.locator('.pg-bar .step-counter');
    await expect.poll(async () => Number(await counter.getAttribute('data-step')), { timeout: 60_000 }).toBeGreaterThanOrEqual(100);
    await expectOneScreen(page, `1280×720 ${lang}, past epoch 100 of 1000`);
    // Then to the end, "Epoch 1000 of 1000". (No pause: at max speed the run can finish while a press on Pause waits
    // for the page to settle, and the press then lands on Play and starts it over.)
    await expect(page.locator('.run-status')).toHaveAttribute('data-run', 'stopped', { timeout: 120_000 });
    await expect(counter).toHaveAttribute('data-step', '1000');
    await expectOneScreen(page, `1280×720 ${lang}, epoch 1000 of 1000`);
  });
}

test.describe('375 × 740 phone', () => {
  test.use({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });
  for (const lang of ['zh', 'en'] as const) {
    test(`${lang}: the panels stack, data over network over output, and the page does not scroll sideways`, async ({ page }) => {
      test.setTimeout(60_000);
      await page.goto(`./#/playground?lang=${lang}&backend=cpu`);
      await expect(page.locator('[data-boundary-ready="true"]')).toHaveCount(1, { timeout: 30_000 });
      const { panels, win } = await benchBoxes(page);
      const [data, network, output] = panels;
      expect(data.bottom).toBeLessThanOrEqual(network.top);
      expect(network.bottom).toBeLessThanOrEqual(output.top);
      expect(Math.abs(data.left - network.left) + Math.abs(network.left - output.left)).toBeLessThan(1);
      for (const p of panels) expect(p.right).toBeLessThanOrEqual(win.width);
      const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(scroll).toBeLessThanOrEqual(win.width);
    });
  }
});
