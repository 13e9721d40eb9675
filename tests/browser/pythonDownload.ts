// What the "Export → Python" browser tests share: press a figure's Python button and read the script it downloads, and
// the DATA_URL line a script exported from this page must carry (the site's own data/ folder).
import { expect, type Download, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

/**
 * Presses the Python button of figure `figure` and returns the downloaded file's name and text. Under load a press on a
 * page that trains has been lost (fine-tuning's and augmentation's step 2 once re-mounted their figures; they no longer
 * do, but a training page still re-renders under the pointer), and then no download starts. So it presses again until
 * one does, within 45 s.
 */
export async function downloadScript(page: Page, figure: string): Promise<{ name: string; text: string }> {
  const button = page.locator(`[data-figure="${figure}"] [data-export="py"]`).first();
  let got: { name: string; text: string } | null = null;
  await expect(async () => {
    await button.scrollIntoViewIfNeeded({ timeout: 5_000 });
    const [dl]: [Download, void] = await Promise.all([page.waitForEvent('download', { timeout: 8_000 }), button.click({ timeout: 5_000 })]);
    got = { name: dl.suggestedFilename(), text: readFileSync((await dl.path())!, 'utf8') };
  }).toPass({ timeout: 45_000 });
  return got!;
}

/** The settings line naming this site's data folder, as a script exported from the page at `page.url()` writes it. */
export const dataUrlLine = (page: Page): string => `DATA_URL = '${new URL('data/', page.url()).href}'`;
