// Offline: after one visit the service worker has the app and public/data; the lesson reloads with the network (and server) gone,
// and a new build is picked up on the next load. Each test serves its own copy of dist/ so it can stop or change it.
import type { Page } from '@playwright/test';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '../support/serve.mjs';
import { expect, readTable, test } from './fixtures';

async function site(dir: string): Promise<{ url: string; server: Server }> {
  cpSync('dist', dir, { recursive: true });
  const server: Server = await serve(dir, 0);
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, server };
}
const cacheNames = (page: Page) => page.evaluate(() => caches.keys());

test('after one visit a lesson reloads and works with the network off', async ({ page, context }, info) => {
  const { url, server } = await site(info.outputPath('site'));
  try {
    await page.goto(`${url}#/optimizers?opt=sgd&lang=en`);
    await expect(page.locator('[data-offline="ready"]')).toHaveText(/Works offline/, { timeout: 30_000 });
    expect(await readTable(page, 'optimizers/trajectories')).toHaveLength(21);
    const cached = await page.evaluate(async () => (await caches.open((await caches.keys())[0])).keys().then((ks) => ks.map((k) => new URL(k.url).pathname)));
    expect(cached).toEqual(expect.arrayContaining(['/index.html', '/data/manifest.json', '/data/mnist-train-images.u8.gzip']));
  } finally {
    await new Promise((ok) => server.close(ok));
  }
  // No network for the page and no server behind it.
  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('h1')).toHaveText('Optimizer trajectories');
  await expect(page.locator('[data-offline="offline"]')).toHaveText(/Offline/);
  expect((await readTable(page, 'optimizers/trajectories')).length).toBe(21);
  await expect(page.locator('.step-formula .katex').first()).toBeVisible();
  // Other routes and the MNIST data are there too.
  await page.goto(`${url}#/?lang=zh`);
  await expect(page.locator('h1')).toHaveText('神经网络训练实验室');
  const manifest = await page.evaluate(async () => (await fetch('./data/manifest.json')).json());
  expect(manifest.name).toBe('mnist-subset');
  await page.goto(`${url}#/optimizers?opt=sgd&lang=en`);
  expect(await readTable(page, 'optimizers/trajectories')).toHaveLength(21);
});

test('a new build is picked up on the next load', async ({ page }, info) => {
  const dir = info.outputPath('site');
  const { url, server } = await site(dir);
  try {
    await page.goto(`${url}#/?lang=en`);
    await expect(page.locator('[data-offline="ready"]')).toBeVisible({ timeout: 30_000 });
    const [first] = await cacheNames(page);
    expect(first).toMatch(/^training-lab-[0-9a-f]{16}$/);
    // "Deploy" a new version: new page text, new worker version.
    const html = readFileSync(`${dir}/index.html`, 'utf8');
    writeFileSync(`${dir}/index.html`, html.replace('<noscript>', '<noscript>v2 '));
    const sw = readFileSync(`${dir}/sw.js`, 'utf8');
    const version = first.replace('training-lab-', '');
    writeFileSync(`${dir}/sw.js`, sw.replaceAll(version, 'ffffffffffffffff'));
    // The next load still runs the cached version; it finds the new worker, which installs and takes over...
    await page.reload();
    expect(await page.evaluate(() => document.querySelector('noscript')?.textContent)).not.toMatch(/^v2 /);
    await expect.poll(() => cacheNames(page), { timeout: 30_000 }).toEqual(['training-lab-ffffffffffffffff']);
    // ...so the load after it is the new build.
    await page.reload();
    expect(await page.evaluate(() => document.querySelector('noscript')?.textContent)).toMatch(/^v2 /);
  } finally {
    await new Promise((ok) => server.close(ok));
  }
});
