// Navigation in a real browser: a URL write still pending from a state change never overwrites a navigation.
import { expect, test } from './fixtures';

test('a link followed while a URL write is pending lands on the new lesson', async ({ page }) => {
  await page.goto('./#/optimizers?lang=en');
  await expect(page.locator('h1')).toHaveText('Optimizer trajectories');
  await page.evaluate(() => {
    // A language change schedules the throttled URL write; keep the thread busy past its delay, so that the
    // write is due before the hashchange of the navigation below is handled.
    document.querySelector<HTMLButtonElement>('button[data-lang="zh"]')!.click();
    const until = performance.now() + 400;
    while (performance.now() < until);
    window.location.hash = '#/generalization?lang=en';
  });
  await expect(page.locator('h1')).toHaveText(/generalization/i);
  await expect(page).toHaveURL(/#\/generalization\?lang=en$/);
});
