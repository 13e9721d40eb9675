// Play/Pause and the status line tell the truth: runs start on load wherever their figure is, Pause shows only while training.
import { expect, readTable, test } from './fixtures';

test('initialization: the MNIST run trains from load while its figure is below the fold; Pause/Play and the status follow the run', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('./#/initialization?lang=en&epochs=100');
  const figure = page.locator('[data-figure="initialization/training"]');
  const section = page.locator('[data-embed="training"]');
  const button = section.locator('[data-action="play"]');
  const status = section.locator('.run-status');
  await expect(figure).not.toBeInViewport();
  // Trains without being scrolled to: rows arrive while the figure is still off screen.
  await expect.poll(async () => (await readTable(page, 'initialization/training')).length, { timeout: 90_000 }).toBeGreaterThan(30);
  await expect(figure).not.toBeInViewport();
  await expect(status).toHaveAttribute('data-run', 'running');
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  await expect(button).toContainText('Pause');

  // Seen, then scrolled away: paused, and both the button and the status line say so.
  await figure.scrollIntoViewIfNeeded();
  await expect(figure).toBeInViewport();
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect(status).toHaveAttribute('data-waiting', 'off-screen');
  await expect(status).toHaveAttribute('data-run', 'paused');
  await expect(status).toContainText('off screen');
  await expect(button).toHaveAttribute('aria-pressed', 'false');
  await expect(button).toContainText('Play');

  // Back on screen: it trains on by itself.
  await figure.scrollIntoViewIfNeeded();
  await expect(status).toHaveAttribute('data-run', 'running');
  await expect(button).toContainText('Pause');

  // Pause: the button offers Play, the status says paused; Play again trains on.
  await button.click();
  await expect(status).toHaveAttribute('data-run', 'paused');
  await expect(status).toContainText('Paused');
  await expect(button).toContainText('Play');
  await button.click();
  await expect(status).toHaveAttribute('data-run', 'running');
  await expect(button).toContainText('Pause');
});

test('backend=gpu: before the first update the status line says the GPU programs are compiling, then that it trains on the GPU', async ({ page }) => {
  test.setTimeout(180_000);
  // Every phase the status line shows, recorded as it changes (no polling can miss a short one).
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __phases: string[] }).__phases = seen;
    new MutationObserver(() => {
      const el = document.querySelector('.lesson-generalization .run-status');
      const now = el ? `${el.getAttribute('data-run')}/${el.getAttribute('data-phase') ?? ''}` : '';
      if (now && seen[seen.length - 1] !== now) seen.push(now);
    }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  });
  await page.goto('./#/generalization?lang=en&backend=gpu&epochs=5');
  await expect(page.locator('.lesson-generalization [data-run="stopped"]')).toBeVisible({ timeout: 150_000 });
  const phases = await page.evaluate(() => (window as unknown as { __phases: string[] }).__phases);
  const compiling = phases.indexOf('loading/compiling');
  expect(compiling, phases.join(' → ')).toBeGreaterThanOrEqual(0);
  expect(phases.indexOf('running/'), phases.join(' → ')).toBeGreaterThan(compiling);
});
