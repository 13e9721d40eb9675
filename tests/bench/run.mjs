// npm run bench: runs bench/ in headless Chromium (WebGPU on), measures the site's initial JS and slider response,
// prints one JSON line per measurement and then a readable summary against the targets.
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/chromium.mjs';
import { serve } from '../support/serve.mjs';

const TARGETS = {
  'optimizers-recompute': { key: 'ms', max: 4, unit: 'ms' },
  'optimizers-slider-update': { key: 'ms', max: 16, unit: 'ms' },
  'initial-js': { key: 'kb_gzip', max: 250, unit: 'KB gzip' },
  'init-recompute': { key: 'ms', max: 50, unit: 'ms' },
  'mlp-heap': { key: 'mb_growth', max: 1, unit: 'MB' },
  'mlp-worker': { key: 'max_long_task_ms', max: 50, unit: 'ms' },
};

/** Speed ratios between mlp-train records: [numerator backend, denominator backend, target minimum or null]. */
const RATIOS = [
  ['ours-cpu', 'tfjs-wasm', 1],
  ['ours-cpu', 'tfjs-cpu', null],
  ['ours-gpu', 'tfjs-webgpu', 10],
];

/** Gzip size of the JavaScript index.html loads before any lesson: its entry script and module preloads. */
function initialJs(dist) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const files = [...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="\.?\/?([^"]+\.js)"/g)].map((m) => m[1]);
  let raw = 0, gz = 0;
  for (const f of files) {
    const buf = readFileSync(join(dist, f));
    raw += buf.length;
    gz += gzipSync(buf, { level: 9 }).length;
  }
  return { bench: 'initial-js', kb_gzip: Number((gz / 1024).toFixed(1)), kb_raw: Number((raw / 1024).toFixed(1)), files: files.length };
}

/** Median time from a slider's input event to a laid-out page in the real optimizers lesson (200 steps, six optimizers). */
async function sliderUpdate(browser, base) {
  const page = await browser.newPage();
  await page.goto(`${base}#/optimizers?steps=200&lang=en`);
  await page.locator('input[data-param="sgd.lr"]').waitFor();
  const times = await page.evaluate(async () => {
    const input = document.querySelector('input[data-param="sgd.lr"]');
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
    const out = [];
    for (let i = 0; i < 40; i++) {
      const t0 = performance.now();
      setter.call(input, String(300 + (i % 2) * 40));
      input.dispatchEvent(new Event('input', { bubbles: true }));
      void document.body.offsetHeight; // force style + layout of the new frame
      out.push(performance.now() - t0);
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    }
    return out;
  });
  await page.close();
  times.sort((a, b) => a - b);
  return { bench: 'optimizers-slider-update', ms: Number(times[times.length >> 1].toFixed(2)), p90_ms: Number(times[Math.floor(times.length * 0.9)].toFixed(2)), runs: times.length };
}

/** Time from opening the initialization lesson (scrolled to its MNIST figure) to the first drawn loss curve. */
async function firstCurve(browser, base) {
  const page = await browser.newPage();
  const t0 = Date.now();
  await page.goto(`${base}#/initialization?lang=en`);
  await page.locator('[data-figure="initialization/training"]').scrollIntoViewIfNeeded();
  try {
    await page.waitForFunction(
      () => [...document.querySelectorAll('[data-figure="initialization/training"] path[data-series]')].some((p) => (p.getAttribute('d') ?? '').length > 0),
      null,
      { timeout: 120_000 },
    );
  } catch (e) {
    await page.close();
    return { bench: 'mnist-first-curve', error: String(e).split('\n')[0] };
  }
  const ms = Date.now() - t0;
  await page.close();
  return { bench: 'mnist-first-curve', ms, note: 'page load + MNIST download, checksum, parse + first training step, three workers' };
}

const records = [initialJs('dist')];
const site = await serve('dist', 4181);
const benchSite = await serve('dist-bench', 4182);
// A callable gc() for the mlp-heap measurement.
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'] });
try {
  const page = await browser.newPage();
  page.on('pageerror', (e) => console.error('bench page error:', e.message));
  // The page's exact V8 heap numbers (performance.memory is coarse and cached): used JS heap and ArrayBuffer backing stores.
  const cdp = await page.context().newCDPSession(page);
  await page.exposeFunction('__heapUsage', () => cdp.send('Runtime.getHeapUsage'));
  // BENCH_QUERY passes options to the page, e.g. BENCH_QUERY='only=mlpTrainOurs,mlpHeap&heapSteps=2000'.
  await page.goto(`http://127.0.0.1:4182/index.html${process.env.BENCH_QUERY ? `?${process.env.BENCH_QUERY}` : ''}`);
  await page.waitForFunction(() => window.__bench?.done, null, { timeout: 600_000 });
  const result = await page.evaluate(() => window.__bench);
  if (result.error) console.error('bench error:', result.error);
  records.push(...result.records);
  records.push(await sliderUpdate(browser, 'http://127.0.0.1:4181/'));
  records.push(await firstCurve(browser, 'http://127.0.0.1:4181/'));
} finally {
  await browser.close();
  site.close();
  benchSite.close();
}

for (const r of records) console.log(JSON.stringify(r));
console.log('\nSummary');
for (const r of records) {
  const t = TARGETS[r.bench];
  if (t) {
    const value = r[t.key];
    const verdict = value <= t.max ? `meets target ≤ ${t.max} ${t.unit}` : `MISSES target ≤ ${t.max} ${t.unit}`;
    console.log(`  ${r.bench.padEnd(28)} ${String(value).padStart(10)} ${t.unit}  ${verdict}`);
  } else if (r.samples_per_s !== undefined) {
    console.log(`  ${`${r.bench} ${r.backend}`.padEnd(28)} ${String(r.samples_per_s).padStart(10)} samples/s`);
  } else if (r.ms !== undefined) {
    console.log(`  ${r.bench.padEnd(28)} ${String(r.ms).padStart(10)} ms`);
  } else {
    console.log(`  ${r.bench.padEnd(28)} ${JSON.stringify(r)}`);
  }
}
const speed = Object.fromEntries(records.filter((r) => r.bench === 'mlp-train' && r.samples_per_s).map((r) => [r.backend, r.samples_per_s]));
for (const [a, b, min] of RATIOS) {
  if (!speed[a] || !speed[b]) continue;
  const ratio = speed[a] / speed[b];
  const verdict = min === null ? '' : ratio >= min ? `meets target ≥ ${min}×` : `MISSES target ≥ ${min}×`;
  console.log(`  ${`mlp-train ${a} / ${b}`.padEnd(28)} ${ratio.toFixed(2).padStart(10)} ×  ${verdict}`);
}
