// Same-page A/B of the dense kernels (bench/kernelAb.ts): src/gpu as built (A) against the d61af02 workgroup-memory
// tiled matmul (B), samples alternating in one page, medians; or a step profile (PROFILE=dense_forward,… skipped on B).
// Needs the bench build (npx vite build -c vite.bench.config.ts). KAB_PORT (default 4831), KAB_R (16,64), KAB_PAIRS (6),
// KAB_STEPS (population steps per sample, 3). One JSON line per R.
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/chromium.mjs';
import { serve } from '../support/serve.mjs';

const port = Number(process.env.KAB_PORT ?? 4831);
const sizes = (process.env.KAB_R ?? '16,64').split(',').map(Number);
const pairs = Number(process.env.KAB_PAIRS ?? 6);
const steps = Number(process.env.KAB_STEPS ?? 3);
const profile = process.env.PROFILE ? process.env.PROFILE.split(',') : null;

const server = await serve('dist-bench', port);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage();
  page.on('console', (m) => m.type() === 'error' && console.error('page:', m.text()));
  await page.goto(`http://127.0.0.1:${port}/kernelab.html`);
  await page.waitForFunction(() => document.getElementById('status')?.textContent === 'ready', null, { timeout: 120_000 });
  for (const R of sizes) {
    const opts = profile ? { R, pairs, steps, mode: 'profile', skip: profile } : { R, pairs, steps, mode: 'ab' };
    const out = await page.evaluate((o) => window.__kernelAb.run(o), opts);
    console.log(JSON.stringify(out));
  }
} finally {
  await browser.close();
  server.close();
}
