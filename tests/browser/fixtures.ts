// Shared browser-test fixture: fails a test on any console error or uncaught page error; table readers.
import { test as base, expect, type Locator, type Page } from '@playwright/test';

export const test = base.extend<{ errors: string[] }>({
  errors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(e.message));
      await use(errors);
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

/**
 * Presses a run's Play/Pause until it says paused. Under load a press on the playground's Pause has twice left the run
 * playing for 10 s (formulas.spec in one CI run, playgroundLayout.spec with a second suite beside it); why is not found
 * yet (the button's handler reads the state it renders). Pressing again is what a reader would do.
 */
export async function pauseRun(play: Locator): Promise<void> {
  await expect(async () => {
    if ((await play.getAttribute('aria-pressed')) === 'true') await play.click();
    await expect(play).toHaveAttribute('aria-pressed', 'false', { timeout: 3_000 });
  }).toPass({ timeout: 40_000 });
}

/** The rows of a figure's data table as objects keyed by column; numeric cells read from data-v. */
export async function readTable(page: Page, figure: string): Promise<Record<string, string | number>[]> {
  const table = page.locator(`table[data-table="${figure}"]:not([data-stale])`);
  await table.waitFor({ state: 'attached' });
  return table.evaluate((table) => {
    const cols = Array.from(table.querySelectorAll('thead th')).map((th) => th.textContent ?? '');
    return Array.from(table.querySelectorAll('tbody tr')).map((tr) => {
      const row: Record<string, string | number> = {};
      tr.querySelectorAll('td').forEach((td, i) => {
        const v = td.getAttribute('data-v');
        row[cols[i]] = v === null ? (td.textContent ?? '') : Number(v);
      });
      return row;
    });
  });
}
