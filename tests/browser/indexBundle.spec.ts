// The index's JavaScript stays small (bytes, not time: deterministic for a build): at most 120 KB gzip, and the
// index page fetches no script beyond what index.html names (lessons, pages and KaTeX load when opened).
import { initialJs } from '../support/initialJs.mjs';
import { expect, test } from './fixtures';

const DIST = process.env.TEST_DIST ?? 'dist';
const { files, gzip } = (initialJs as (dist: string) => { files: string[]; raw: number; gzip: number })(DIST);

test('index.html loads at most 120 KB gzip of JavaScript', () => {
  expect(files.length).toBeGreaterThan(0);
  expect(gzip / 1024).toBeLessThanOrEqual(120);
});

test('the index page fetches no other script than those index.html names', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname.replace(/^\//, '')));
  await page.goto('./#/?lang=en');
  await expect(page.locator('.card').first()).toBeVisible();
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  expect(scripts.sort()).toEqual([...files].sort());
});
