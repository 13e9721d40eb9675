// The playground's switches: input features pressed on and off (a restart, in the URL, at least one kept), "Show test
// data" and "Discretize output" from the keyboard (the heat map then holds two colours only), the presentation keys on the
// one play bar, and the embeds of the heat map and of the network.
import type { Page } from '@playwright/test';
import { expect, readTable, test } from './fixtures';

/** Rows of the first weight matrix (input → first hidden layer) in the network's table. */
async function firstMatrixRows(page: Page): Promise<number> {
  return (await readTable(page, 'playground/network')).filter((r) => r.matrix === 1).length;
}

/** The number of distinct colours in the heat map's image (decoded from its data URL in the page). */
function heatColours(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const image = document.querySelector<SVGImageElement>('[data-figure="playground/boundary"] svg image');
    if (!image) return 0;
    const img = new Image();
    img.src = image.getAttribute('href')!;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.naturalWidth;
    canvas.height = img.naturalHeight;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const px = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
    const seen = new Set<number>();
    for (let i = 0; i < px.length; i += 4) seen.add((px[i] << 16) | (px[i + 1] << 8) | px[i + 2]);
    return seen.size;
  });
}

test('pressing a feature adds that input (a new run, in the URL); the last feature on cannot be switched off', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto('./#/playground?lang=en&backend=cpu&units=4');
  await expect(page.locator('[data-reading="sizes"]')).toBeVisible({ timeout: 30_000 });
  // The table fills once the worker has built the first network: allow for a worker start on a busy machine.
  await expect.poll(() => firstMatrixRows(page), { timeout: 30_000 }).toBe(2 * 4);
  const product = page.locator('button[data-feature="x1x2"]');
  await expect(product).toHaveAttribute('aria-pressed', 'false');
  // From the keyboard: the feature buttons are plain buttons.
  await product.focus();
  await page.keyboard.press('Enter');
  await expect(product).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/feat=x1,x2,x1x2(&|$)/);
  await expect(page.locator('[data-reading="change"]')).toHaveAttribute('data-change', 'restart');
  await expect.poll(() => firstMatrixRows(page), { timeout: 30_000 }).toBe(3 * 4);
  // Switch x₁ and x₂ off: x₁x₂ alone is left, and its button is disabled (a network needs an input).
  await page.locator('button[data-feature="x1"]').click();
  await page.locator('button[data-feature="x2"]').click();
  await expect(page).toHaveURL(/feat=x1x2(&|$)/);
  await expect(product).toBeDisabled();
  await expect.poll(() => firstMatrixRows(page), { timeout: 30_000 }).toBe(4);
  await expect(page.locator('.network-diagram .net-label')).toHaveText(['x₁x₂']);
});

test('“Show test data” and “Discretize output” switch from the keyboard: test points hidden, the heat map in two colours', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto('./#/playground?lang=en&backend=cpu&epochs=5');
  await expect(page.locator('[data-boundary-ready="true"]')).toHaveCount(1, { timeout: 30_000 });
  const testPoints = page.locator('[data-figure="playground/boundary"] g[data-points="test"] circle');
  await expect(testPoints).toHaveCount(200);
  const show = page.locator('input[data-param="showTest"]');
  await show.focus();
  await page.keyboard.press('Space');
  await expect(show).not.toBeChecked();
  await expect(page).toHaveURL(/showTest=off/);
  await expect(testPoints).toHaveCount(0);
  await expect(page.locator('[data-figure="playground/boundary"] g[data-points="train"] circle')).toHaveCount(200);

  // Probabilities shade the map in many colours; the class alone in exactly two (the two classes' colours).
  await expect.poll(() => heatColours(page), { timeout: 30_000 }).toBeGreaterThan(2);
  const discrete = page.locator('input[data-param="discrete"]');
  await discrete.focus();
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/discrete=on/);
  await expect.poll(() => heatColours(page), { timeout: 20_000 }).toBe(2);
  // The table says the class beside p: 1 exactly where p ≥ ½.
  const rows = await readTable(page, 'playground/boundary');
  expect(rows.length).toBe(441);
  for (const r of rows) expect(r.class, `p = ${r.p}`).toBe((r.p as number) >= 0.5 ? 1 : 0);
  // The regression set has no classes to discretize.
  await page.locator('select[data-param="data"]').selectOption('sine');
  await expect(discrete).toBeDisabled();
});

test('presentation: the bench is one screen, and space, “.” and r drive its one play bar', async ({ page }) => {
  test.setTimeout(60_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('./#/playground?present=1&lang=en&backend=cpu&epochs=1000');
  const counter = page.locator('.step-counter');
  await expect(page.locator('[data-figure="playground/boundary"]')).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('[data-figure="playground/network"]')).toBeVisible();
  await expect(page.locator('[data-reading="sizes"]')).toBeVisible({ timeout: 30_000 });
  await page.keyboard.press('r');
  await expect(counter).toHaveAttribute('data-step', '0');
  await expect(page.locator('button[data-action="play"]')).toHaveAttribute('aria-pressed', 'false');
  await page.keyboard.press('.');
  await expect(counter).toHaveAttribute('data-step', '1', { timeout: 20_000 });
  await page.keyboard.press(' ');
  await expect(page.locator('button[data-action="play"]')).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(async () => Number(await counter.getAttribute('data-step')), { timeout: 20_000 }).toBeGreaterThan(1);
});

test('embeds: figure=boundary shows the heat map with the play bar and data controls; figure=network the diagram and the features', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto('./#/playground?embed=1&figure=boundary&lang=en&backend=cpu');
  await expect(page.locator('[data-figure="playground/boundary"]')).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('button[data-action="play"]')).toBeVisible();
  await expect(page.locator('select[data-param="data"]')).toBeVisible();
  await expect(page.locator('input[data-param="showTest"]')).toBeVisible();
  await expect(page.locator('[data-figure="playground/network"]')).toBeHidden();
  await expect(page.locator('[data-figure="playground/curves"]')).toBeHidden();
  await page.goto('./#/playground?embed=1&figure=network&lang=en&backend=cpu');
  await expect(page.locator('[data-figure="playground/network"]')).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('button[data-feature="x1sq"]')).toBeVisible();
  await expect(page.locator('button[data-action="play"]')).toBeVisible();
  await expect(page.locator('[data-figure="playground/boundary"]')).toBeHidden();
});
