// Content-Security-Policy of the build and same-origin hygiene: no request leaves the site's origin, no policy violation.
import { expect, test } from './fixtures';

declare global {
  interface Window {
    __cspViolations: string[];
    __inlineRan?: boolean;
  }
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
});

test('a lesson, used and exported, requests nothing from another origin and violates no policy', async ({ page, context, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  await page.goto('./#/optimizers?lang=en');
  await page.getByRole('button', { name: 'Show data' }).click();
  await page.locator('[data-action="reset"]').click();
  await page.locator('[data-action="play"]').click();
  await page.locator('button[data-preset="book"]').click();
  for (const kind of ['png', 'svg', 'csv']) {
    await Promise.all([page.waitForEvent('download'), page.locator(`[data-export="${kind}"]`).click()]);
  }
  await page.locator('button[data-lang="zh"]').click();
  await page.goto('./#/?lang=zh');
  await page.getByRole('link', { name: '优化算法的轨迹' }).click();
  await expect(page.locator('.step-formula .katex').first()).toBeVisible();
  await expect(page.locator('[data-offline="ready"]')).toBeVisible({ timeout: 30_000 });

  expect(requests.length).toBeGreaterThan(5);
  const foreign = requests.filter((u) => !u.startsWith('data:') && !u.startsWith('blob:') && new URL(u).origin !== origin);
  expect(foreign).toEqual([]);
  expect(await page.evaluate(() => window.__cspViolations)).toEqual([]);
});

test('the build carries the policy, and it blocks inline scripts and connections to other origins', async ({ page, errors }) => {
  await page.goto('./#/?lang=en');
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  const directives = Object.fromEntries(policy!.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v.join(' ')]));
  expect(directives).toEqual({
    'default-src': "'self'",
    'script-src': "'self'",
    'style-src': "'self' 'unsafe-inline'",
    'img-src': "'self' data: blob:",
    'font-src': "'self' data:",
    'connect-src': "'self'",
    'worker-src': "'self' blob:",
    'object-src': "'none'",
    'base-uri': "'self'",
  });
  // The policy is enforced, not just present.
  const outcome = await page.evaluate(async () => {
    const s = document.createElement('script');
    s.textContent = 'window.__inlineRan = true';
    document.head.append(s);
    const fetched = await fetch('https://example.com/').then(
      () => 'fetched',
      () => 'blocked',
    );
    await new Promise((r) => setTimeout(r, 100));
    return { inline: window.__inlineRan === true, fetched, violations: window.__cspViolations };
  });
  expect(outcome.inline).toBe(false);
  expect(outcome.fetched).toBe('blocked');
  expect(outcome.violations).toEqual(['script-src-elem inline', 'connect-src https://example.com/']);
  // Chromium reports the blocked attempts on the console: those lines are this test's doing, nothing else may be there.
  const provoked = errors.filter((e) => /Content Security Policy/.test(e) && /inline script|example\.com/.test(e));
  expect(provoked.length).toBeGreaterThanOrEqual(2);
  errors.splice(0, errors.length, ...errors.filter((e) => !provoked.includes(e)));
});
