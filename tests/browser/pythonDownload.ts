// What the "Export → Python" browser tests share: press a figure's Python button and read the script it downloads, and
// the DATA_URL line a script exported from this page must carry (the site's own data/ folder).
import type { Download, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

/** Presses the Python button of figure `figure` and returns the downloaded file's name and text. */
export async function downloadScript(page: Page, figure: string): Promise<{ name: string; text: string }> {
  const button = page.locator(`[data-figure="${figure}"] [data-export="py"]`);
  await button.scrollIntoViewIfNeeded();
  const [dl]: [Download, void] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: dl.suggestedFilename(), text: readFileSync((await dl.path())!, 'utf8') };
}

/** The settings line naming this site's data folder, as a script exported from the page at `page.url()` writes it. */
export const dataUrlLine = (page: Page): string => `DATA_URL = '${new URL('data/', page.url()).href}'`;
