// Offline: after one visit the service worker (Workbox precache) has the build's files and the data set, and only those; a lesson
// reloads and trains with the network and server gone, also behind vite preview (which sends Vary: Origin); a new build is used
// from the next load. Damaged data: the page shows the error until Retry, and the offline cache never keeps a damaged file.
// Each test serves its own copy of dist/ so it can stop or change it.
import type { Page } from '@playwright/test';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { serve } from '../support/serve.mjs';
import { expect, readTable, test } from './fixtures';

async function site(dir: string): Promise<{ url: string; server: Server }> {
  cpSync('dist', dir, { recursive: true });
  const server: Server = await serve(dir, 0);
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, server };
}
const close = (server: Server) => new Promise((ok) => server.close(ok));

/** Every cache's entries as [cache name, pathname + search]. */
const cachedUrls = (page: Page) =>
  page.evaluate(async () => {
    const out: [string, string][] = [];
    for (const name of await caches.keys()) for (const r of await (await caches.open(name)).keys()) out.push([name, new URL(r.url).pathname + new URL(r.url).search]);
    return out;
  });

/** What the build must precache, listed from dist/ itself: the page, the built js/css/woff2, the index cards' pictures, the data manifest and data files. */
function builtFiles(): string[] {
  const assets = readdirSync('dist/assets').filter((f) => /\.(js|css|woff2|svg|png)$/.test(f)).map((f) => `/assets/${f}`);
  const cards = readdirSync('dist/cards').filter((f) => f.endsWith('.svg')).map((f) => `/cards/${f}`);
  const data = readdirSync('dist/data').filter((f) => f === 'manifest.json' || f.endsWith('.gzip')).map((f) => `/data/${f}`);
  return ['/index.html', ...assets, ...cards, ...data].sort();
}

const LESSON = '#/dropout?backend=cpu&n=100&epochs=2&lang=en';

/** Waits until the dropout lesson has trained: its curve table has rows (it starts on load). */
async function trains(page: Page, timeout: number) {
  await page.locator('[data-figure="dropout/curves"]').scrollIntoViewIfNeeded();
  await expect.poll(async () => (await readTable(page, 'dropout/curves')).length, { timeout }).toBeGreaterThan(0);
}

test('after one visit a lesson reloads and trains with the network off; the cache holds the build’s files and nothing else', async ({ page, context }, info) => {
  test.setTimeout(180_000); // the waits below: 30 s + 45 s, and at most nine of 10 s
  const { url, server } = await site(info.outputPath('site'));
  try {
    await page.goto(`${url}#/optimizers?opt=sgd&lang=en`);
    await expect(page.locator('[data-offline="ready"]')).toHaveText(/Works offline/, { timeout: 30_000 });
    expect(await readTable(page, 'optimizers/trajectories')).toHaveLength(21);
    // Requests for files outside the list (a fallback font, the worker, a page with a query) are not cached at run time.
    const woff = readdirSync('dist/assets').find((f) => f.endsWith('.woff'))!;
    const probes = [`./assets/${woff}`, './sw.js', './index.html?probe=1', './data/manifest.json?probe=1'];
    expect(await page.evaluate((urls) => Promise.all(urls.map((u) => fetch(u).then((r) => r.status))), probes)).toEqual([200, 200, 200, 200]);
    const cached = await cachedUrls(page);
    expect(new Set(cached.map(([name]) => name)).size).toBe(1);
    expect(cached.map(([, u]) => u.replace(/\?__WB_REVISION__=[0-9a-f]+$/, '')).sort()).toEqual(builtFiles());
  } finally {
    await close(server);
  }
  // No network for the page and no server behind it.
  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('h1')).toHaveText('Optimizer trajectories');
  await expect(page.locator('[data-offline="offline"]')).toHaveText(/Offline/);
  expect((await readTable(page, 'optimizers/trajectories')).length).toBe(21);
  await expect(page.locator('.step-formula .katex').first()).toBeVisible();
  // Other routes, and a lesson that trains on the MNIST data.
  await page.goto(`${url}#/?lang=zh`);
  await expect(page.locator('h1')).toHaveText('神经网络训练实验室');
  await page.goto(`${url}${LESSON}`);
  await trains(page, 45_000);
});

test('under vite preview (Vary: Origin) the site is saved, and an offline reload opens a lesson that trains', async ({ page, context }, info) => {
  test.setTimeout(180_000); // the waits below: 30 s + 30 s + 45 s, and at most four of 10 s
  const dir = info.outputPath('site');
  cpSync('dist', dir, { recursive: true });
  // A port of this checkout's own (TEST_PORT + 1000): vite preview, as `npm run preview` runs it, on a copy of the build.
  const port = Number(process.env.TEST_PORT ?? 4174) + 1000;
  const preview = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', dir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = `http://127.0.0.1:${port}/`;
  try {
    await expect.poll(() => fetch(url).then((r) => r.status, () => 0), { timeout: 30_000 }).toBe(200);
    // The premise: this server varies its responses by Origin, and module requests send one.
    const script = await fetch(`${url}${/src="\.\/(assets\/[^"]+\.js)"/.exec(readFileSync(join(dir, 'index.html'), 'utf8'))![1]}`, { headers: { origin: url.slice(0, -1) } });
    expect(script.headers.get('vary') ?? '').toMatch(/Origin/i);
    await page.goto(`${url}#/?lang=en`);
    await expect(page.locator('[data-offline="ready"]')).toBeVisible({ timeout: 30_000 });
  } finally {
    preview.kill();
  }
  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('h1')).toHaveText('Neural Network Training Lab');
  await page.goto(`${url}${LESSON}`);
  await expect(page.locator('h1')).toContainText('Dropout');
  await trains(page, 45_000);
});

test('a new build is picked up on the next load', async ({ page }, info) => {
  test.setTimeout(120_000); // the waits below: 30 s + 30 s, and three of 10 s
  const dir = info.outputPath('site');
  const { url, server } = await site(dir);
  try {
    await page.goto(`${url}#/?lang=en`);
    await expect(page.locator('[data-offline="ready"]')).toBeVisible({ timeout: 30_000 });
    // "Deploy" a new version: new page text; the worker lists index.html with its new revision and hash.
    const html = readFileSync(`${dir}/index.html`);
    const v2 = Buffer.from(html.toString('utf8').replace('<noscript>', '<noscript>v2 '));
    writeFileSync(`${dir}/index.html`, v2);
    const sri = (b: Buffer) => `sha256-${createHash('sha256').update(b).digest('base64')}`;
    const sw = readFileSync(`${dir}/sw.js`, 'utf8');
    const entry = new RegExp(`"integrity":"${sri(html).replace(/[+/]/g, '\\$&')}","revision":"([0-9a-f]+)","url":"index.html"`);
    expect(sw).toMatch(entry);
    writeFileSync(`${dir}/sw.js`, sw.replace(entry, `"integrity":"${sri(v2)}","revision":"v2","url":"index.html"`));
    // The next load still runs the cached version; it finds the new worker, which installs and takes over...
    await page.reload();
    expect(await page.evaluate(() => document.querySelector('noscript')?.textContent)).not.toMatch(/^v2 /);
    await expect.poll(async () => (await cachedUrls(page)).map(([, u]) => u).filter((u) => u.startsWith('/index.html')), { timeout: 30_000 }).toEqual([
      '/index.html?__WB_REVISION__=v2',
    ]);
    // ...so the load after it is the new build.
    await page.reload();
    expect(await page.evaluate(() => document.querySelector('noscript')?.textContent)).toMatch(/^v2 /);
  } finally {
    await close(server);
  }
});

/** Four workers in the pool (a CPU population is split over them), and every state of the lesson's run status line, in order. */
async function watchRuns(page: Page) {
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'hardwareConcurrency', { get: () => 8 });
    const seen: string[] = ((window as unknown as { runStates: string[] }).runStates = []);
    new MutationObserver(() => {
      const state = document.querySelector('.run-status')?.getAttribute('data-run') ?? '';
      if (state && seen[seen.length - 1] !== state) seen.push(state);
    }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-run'] });
  });
}
const runStates = (page: Page) => page.evaluate(() => (window as unknown as { runStates: string[] }).runStates);

/** The SHA-256 (hex) of every cached copy of a data file. */
const cachedHashes = (page: Page, file: string) =>
  page.evaluate(async (file) => {
    const out: string[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const r of await cache.keys()) {
        if (!new URL(r.url).pathname.endsWith(`/data/${file}`)) continue;
        const bytes = await (await cache.match(r))!.arrayBuffer();
        out.push(Array.from(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes)), (b) => b.toString(16).padStart(2, '0')).join(''));
      }
    }
    return out;
  }, file);

const IMAGES = 'mnist-train-images.u8.gzip';
const manifest = JSON.parse(readFileSync('dist/data/manifest.json', 'utf8')) as { files: { path: string; gzipSha256: string }[] };
const imagesHash = manifest.files.find((f) => f.path === IMAGES)!.gzipSha256;

/** Expected console noise of a broken data file: the failed download, and the worker's refused precache. */
const dataNoise = (errors: string[]) => errors.filter((e) => !/Failed to load resource|integrity|sw\.js|ServiceWorker|bad-precaching-response/i.test(e));

test('a damaged data file: the error stays until Retry, the offline cache refuses it, and once fixed Retry trains', async ({ page, errors }, info) => {
  test.setTimeout(210_000); // the waits below: 30 s + 30 s + 45 s + 30 s, and at most seven of 10 s
  const dir = info.outputPath('site');
  const { url, server } = await site(dir);
  try {
    const good = readFileSync(`${dir}/data/${IMAGES}`);
    const flipped = Buffer.from(good);
    flipped[5000] ^= 0xff;
    writeFileSync(`${dir}/data/${IMAGES}`, flipped);
    await watchRuns(page);
    await page.goto(`${url}${LESSON}`);
    const status = page.locator('.run-status'); // the lesson's one trained figure
    await expect(status).toHaveAttribute('data-run', 'error', { timeout: 30_000 });
    await expect(status).toHaveAttribute('data-load-code', 'checksum');
    await expect(status).toContainText(`The MNIST data file ${IMAGES} is damaged`);
    // The service worker's install downloads the same file with its hash: refused, so the header does not stay on "Saving…".
    await expect(page.locator('[data-offline="failed"]')).toHaveText('Not saved for offline use', { timeout: 30_000 });
    expect(await cachedHashes(page, IMAGES)).not.toContain(createHash('sha256').update(flipped).digest('hex'));
    // Fixed on the server: Retry downloads again past every cache, and the run trains.
    writeFileSync(`${dir}/data/${IMAGES}`, good);
    await expect(status).toHaveAttribute('data-run', 'error');
    await status.getByRole('button', { name: 'Retry' }).click();
    await trains(page, 45_000);
    const states = await runStates(page);
    const firstError = states.indexOf('error');
    expect(firstError, states.join(' → ')).toBeGreaterThanOrEqual(0);
    // Nothing replaced the error before Retry (another worker's 'idle' once did, ~140 ms after it appeared).
    expect(states[firstError + 1], states.join(' → ')).toBe('loading');
    // The next load saves the site, with the good file only.
    await page.reload();
    await expect(page.locator('[data-offline="ready"]')).toBeVisible({ timeout: 30_000 });
    expect(new Set(await cachedHashes(page, IMAGES))).toEqual(new Set([imagesHash]));
  } finally {
    await close(server);
  }
  errors.splice(0, errors.length, ...dataNoise(errors));
});

for (const [name, damage, code, text] of [
  ['a truncated file', (dir: string) => writeFileSync(`${dir}/data/${IMAGES}`, readFileSync(`${dir}/data/${IMAGES}`).subarray(0, 100_000)), 'checksum', 'is damaged'],
  ['a missing file (404)', (dir: string) => rmSync(`${dir}/data/${IMAGES}`), 'network', 'could not be downloaded (HTTP 404)'],
  ['a broken manifest', (dir: string) => writeFileSync(`${dir}/data/manifest.json`, '{"format": 1, "files": ['), 'format', 'manifest.json is not in the expected format (not valid JSON)'],
] as const) {
  test(`damaged data, ${name}: the lesson says so with a Retry, and the header says the site was not saved`, async ({ page, errors }, info) => {
    test.setTimeout(120_000); // the waits below: 30 s + 30 s, and four of 10 s
    const dir = info.outputPath('site');
    const { url, server } = await site(dir);
    try {
      damage(dir);
      await watchRuns(page);
      await page.goto(`${url}${LESSON}`);
      const status = page.locator('.run-status[data-run="error"]').first();
      await expect(status).toHaveAttribute('data-load-code', code, { timeout: 30_000 });
      await expect(status).toContainText(text);
      await expect(status.getByRole('button', { name: 'Retry' })).toBeVisible();
      await expect(page.locator('[data-offline="failed"]')).toBeVisible({ timeout: 30_000 });
      await expect(status).toBeVisible();
    } finally {
      await close(server);
    }
    errors.splice(0, errors.length, ...dataNoise(errors));
  });
}
