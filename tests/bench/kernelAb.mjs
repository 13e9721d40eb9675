// Same-page A/B of the dense kernels (bench/kernelAb.ts): src/gpu as built with the adapter's matmul shape (A) against a
// variant (B), samples alternating in one page, medians; or a step profile (PROFILE=dense_forward,…;loss: B skips those).
// Needs the bench build (npx vite build -c vite.bench.config.ts; KAB_DIST serves another copy). KAB_PORT (default 4831), KAB_R (16,64), KAB_PAIRS (6),
// KAB_STEPS (population steps per sample, 3), KAB_B (B's kernels: a matmul shape, x<X>y<Y>c<n>, cols<n>, hardware, software,
// tallY25; the hardware shape's workgroup-memory kernels: tiled (default); or a rewrite of A's kernels: plainssq, sgleft).
// One JSON line per R.
// e.g. KAB_R=1,16,64 KAB_STEPS=2 KAB_B=hardware nice -n 19 node tests/bench/kernelAb.mjs
//      PROFILE='dense_forward;dense_grad;dense_backward' KAB_R=64 KAB_PAIRS=3 KAB_STEPS=1 nice -n 19 node tests/bench/kernelAb.mjs
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/chromium.mjs';
import { serve } from '../support/serve.mjs';

const port = Number(process.env.KAB_PORT ?? 4831);
const sizes = (process.env.KAB_R ?? '16,64').split(',').map(Number);
const pairs = Number(process.env.KAB_PAIRS ?? 6);
const steps = Number(process.env.KAB_STEPS ?? 3);
const b = process.env.KAB_B ?? 'tiled';
// PROFILE=a,b;c: one profile per ';'-separated set of skipped kernel labels.
const profiles = process.env.PROFILE ? process.env.PROFILE.split(';').map((s) => s.split(',')) : [null];

const server = await serve(process.env.KAB_DIST ?? 'dist-bench', port);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage();
  page.on('console', (m) => m.type() === 'error' && console.error('page:', m.text()));
  await page.goto(`http://127.0.0.1:${port}/kernelab.html`);
  await page.waitForFunction(() => document.getElementById('status')?.textContent === 'ready', null, { timeout: 120_000 });
  for (const R of sizes) {
    for (const skip of profiles) {
      const opts = skip ? { R, pairs, steps, mode: 'profile', skip } : { R, pairs, steps, mode: 'ab', b };
      const out = await page.evaluate((o) => window.__kernelAb.run(o), opts);
      console.log(JSON.stringify(out));
    }
  }
} finally {
  await browser.close();
  server.close();
}
