// One visual language: training curves solid and test curves dashed in every lesson; the dropout mask's update is
// the counter's update, also while training; a lesson run (play, pause, step, reset, hover) logs no console error.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Each curve's legend label and dash (stroke-dasharray; '' when solid) of a figure's line chart. */
async function dashes(page: Page, figure: string): Promise<[string, string][]> {
  const paths = page.locator(`[data-figure="${figure}"] path[data-series]`);
  await expect(paths.first()).toBeAttached({ timeout: 25_000 });
  return paths.evaluateAll((els) => els.map((p) => [p.getAttribute('data-series') ?? '', p.getAttribute('stroke-dasharray') ?? ''] as [string, string]));
}

/** Training curves (labels naming training) are solid, test curves (labels naming test) dashed. */
function expectSplitDashes(curves: [string, string][]) {
  for (const [label, dash] of curves) {
    if (/train/i.test(label)) expect(dash, label).toBe('');
    else if (/test/i.test(label)) expect(dash, label).not.toBe('');
    else throw new Error(`curve “${label}” names neither training nor test`);
  }
}

test('solid = training, dashed = test in the generalization, dropout and initialization charts', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('./#/generalization?lang=en&epochs=5');
  const gen = await dashes(page, 'generalization/curves');
  expect(gen.map(([l]) => l)).toEqual(['training loss', 'test loss']);
  expectSplitDashes(gen);
  await page.goto('./#/dropout?lang=en&backend=cpu&n=100&epochs=1');
  const drop = await dashes(page, 'dropout/curves');
  expect(drop.length).toBe(6); // no dropout, inverted, the book's: training and test each
  expectSplitDashes(drop);
  // Initialization plots training loss only: all three curves solid (told apart by colour and marker).
  await page.goto('./#/initialization?lang=en&epochs=1');
  const init = await dashes(page, 'initialization/training');
  expect(init.length).toBe(3);
  for (const [label, dash] of init) expect(dash, label).toBe('');
});

test('solid = training, dashed = held-out in the point charts: weight decay’s λ sweep and validation’s degree chart', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('./#/weight-decay?lang=en&epochs=5&mnist.epochs=1');
  await page.locator('[data-figure="weight-decay/sweep"]').scrollIntoViewIfNeeded();
  const sweep = await dashes(page, 'weight-decay/sweep');
  expect(sweep.map(([l]) => l)).toEqual(['training loss', 'test loss', '‖w‖₂']);
  expectSplitDashes(sweep.slice(0, 2));
  await page.goto('./#/validation?lang=en');
  await page.locator('[data-figure="validation/select"]').scrollIntoViewIfNeeded();
  const select = await dashes(page, 'validation/select');
  expect(select.map(([l]) => l)).toEqual(['training', 'validation', 'test', 'fresh data']);
  // Validation, test and fresh-sample losses are all measured on held-out data: dashed, told apart by colour.
  expect(select.map(([, d]) => d === '')).toEqual([true, false, false, false]);
});

test('dropout: the mask figure’s update is the counter’s update, while training and after a pause, and no console error', async ({ page, errors }) => {
  test.setTimeout(120_000);
  await page.goto('./#/dropout?lang=en&backend=cpu&n=100&epochs=400');
  await page.locator('[data-figure="dropout/mask"]').scrollIntoViewIfNeeded();
  // Both texts read in one go, at several moments of the run.
  const read = () =>
    page.evaluate(() => {
      const mask = document.querySelector('.mask-step')?.textContent ?? '';
      const counters = Array.from(document.querySelectorAll('.step-counter'), (c) => c.textContent ?? '');
      return { mask: Number(/Update (\d+)/.exec(mask)?.[1] ?? NaN), counters: counters.map((c) => Number(/update (\d+)/.exec(c)?.[1] ?? NaN)) };
    });
  let last = 0;
  for (let i = 0; i < 6; i++) {
    // The first wait covers the workers' start and the MNIST download; later ones a few updates.
    await expect.poll(async () => (await read()).mask, { timeout: i === 0 ? 40_000 : 8_000 }).toBeGreaterThan(last);
    const r = await read();
    expect(r.counters.length).toBe(2);
    for (const c of r.counters) expect(c).toBe(r.mask);
    last = r.mask;
  }
  const mask = page.locator('[data-figure="dropout/mask"]');
  await page.locator('[data-action="play"]').first().click();
  await page.locator('[data-action="step"]').first().click();
  await expect.poll(async () => (await read()).mask, { timeout: 30_000 }).toBeGreaterThan(last);
  const r = await read();
  for (const c of r.counters) expect(c).toBe(r.mask);
  // Hover the accuracy chart, then reset: no console error on the way (the fixture checks again at the end).
  const chart = page.locator('[data-figure="dropout/curves"] svg[tabindex]');
  await chart.scrollIntoViewIfNeeded();
  await chart.hover();
  await page.locator('[data-action="reset"]').first().click();
  await expect(mask.locator('.mask-step')).toContainText('No training step yet');
  expect(errors).toEqual([]);
});
