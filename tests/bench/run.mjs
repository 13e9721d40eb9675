// npm run bench: runs bench/ in headless Chromium (WebGPU on), measures the site's initial JS, slider response and first
// MNIST curve, prints one JSON line per measurement and then a readable summary against the targets.
// BENCH_CORES=N reports N cores to the bench page (the worker pool's size follows it).
// BENCH_PORT (default 4181) serves the site there and the bench pages one port above; BENCH_QUERY passes options to the
// bench page (only=… also picks the site measurements: sliderUpdate, firstCurve); BENCH_CURVE_RUNS (default 3) fresh
// pages time the first curve, and its median is reported.
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/chromium.mjs';
import { initialJs } from '../support/initialJs.mjs';
import { serve } from '../support/serve.mjs';

const TARGETS = {
  'optimizers-recompute': { key: 'ms', max: 4, unit: 'ms' },
  'optimizers-slider-update': { key: 'ms', max: 16, unit: 'ms' },
  'initial-js': { key: 'kb_gzip', max: 120, unit: 'KB gzip' },
  'init-recompute': { key: 'ms', max: 50, unit: 'ms' },
  'mnist-first-curve': { key: 'ms', max: 1500, unit: 'ms' },
  'mlp-heap': { key: 'mb_growth', max: 1, unit: 'MB' },
  'mlp-worker': { key: 'max_long_task_ms', max: 50, unit: 'ms' },
};
/** The first-load lines (issue 23), printed together at the end of the summary: index JS, first MNIST curve, init recompute. */
const FIRST_LOAD = ['initial-js', 'mnist-first-curve', 'init-recompute'];

/** Speed ratios between mlp-train records: [numerator backend, denominator backend, target minimum or null]. */
const RATIOS = [
  ['ours-cpu', 'tfjs-wasm', 1],
  ['ours-cpu', 'tfjs-cpu', null],
  ['ours-gpu', 'tfjs-webgpu', 10],
];

/** Gzip size of the JavaScript index.html loads before any lesson: its entry script and module preloads. */
function initialJsRecord(dist) {
  const { files, raw, gzip } = initialJs(dist);
  return { bench: 'initial-js', kb_gzip: Number((gzip / 1024).toFixed(1)), kb_raw: Number((raw / 1024).toFixed(1)), files: files.length };
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

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

/**
 * Time from navigation start to the first drawn point of the initialization lesson's MNIST loss curve, in a fresh
 * page (empty HTTP cache) scrolled to the figure: page load, lesson chunk, MNIST download, checksum and parse, worker
 * start, trainer creation and the first update. Read in the page (performance.now() counts from navigation start);
 * the median of `runs` pages.
 */
async function firstCurve(browser, base, runs) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      await page.goto(`${base}#/initialization?lang=en`);
      await page.locator('[data-figure="initialization/training"]').scrollIntoViewIfNeeded();
      const ms = await page.evaluate(
        () =>
          new Promise((resolve) => {
            const drawn = () => [...document.querySelectorAll('[data-figure="initialization/training"] path[data-series]')].some((p) => (p.getAttribute('d') ?? '').length > 0);
            const check = () => (drawn() ? resolve(performance.now()) : requestAnimationFrame(check));
            check();
          }),
      );
      times.push(Math.round(ms));
    } catch (e) {
      return { bench: 'mnist-first-curve', error: String(e).split('\n')[0] };
    } finally {
      await context.close();
    }
  }
  return { bench: 'mnist-first-curve', ms: median(times), runs: times.join(' '), note: 'navigation start to the first drawn loss point, fresh page' };
}

const PORT = Number(process.env.BENCH_PORT ?? 4181);
const records = existsSync('dist/index.html') ? [initialJsRecord('dist')] : [];
const site = await serve('dist', PORT);
const benchSite = await serve('dist-bench', PORT + 1);
// Cross-origin isolation (COOP + COEP) gives the bench page SharedArrayBuffer, so the peers run at their best:
// TensorFlow.js's threaded-SIMD wasm binary and jax-js's multi-threaded wasm backend need it.
benchSite.prependListener('request', (_req, res) => {
  res.setHeader('cross-origin-opener-policy', 'same-origin');
  res.setHeader('cross-origin-embedder-policy', 'require-corp');
});
// With ?only=… in BENCH_QUERY only the selected benches run: in-page ones by name, and the site's sliderUpdate and firstCurve.
const only = new URLSearchParams(process.env.BENCH_QUERY ?? '').get('only')?.split(',') ?? null;
const wanted = (name) => only === null || only.includes(name);
// A callable gc() for the mlp-heap measurement.
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'] });
try {
  const page = await browser.newPage();
  page.on('pageerror', (e) => console.error('bench page error:', e.message));
  if (process.env.BENCH_VERBOSE) page.on('console', (m) => console.error('page:', m.text()));
  // The page's exact V8 heap numbers (performance.memory is coarse and cached): used JS heap and ArrayBuffer backing stores.
  const cdp = await page.context().newCDPSession(page);
  await page.exposeFunction('__heapUsage', () => cdp.send('Runtime.getHeapUsage'));
  // BENCH_CORES=4 makes the bench page report 4 cores (navigator.hardwareConcurrency), so the page pool gets the workers
  // it would get on such a machine (min(cores − 1, 4)) while running on this machine's real cores.
  if (process.env.BENCH_CORES) await cdp.send('Emulation.setHardwareConcurrencyOverride', { hardwareConcurrency: Number(process.env.BENCH_CORES) });
  // BENCH_QUERY passes options to the page, e.g. BENCH_QUERY='only=mlpTrainOurs,mlpHeap&heapSteps=2000'.
  await page.goto(`http://127.0.0.1:${PORT + 1}/index.html${process.env.BENCH_QUERY ? `?${process.env.BENCH_QUERY}` : ''}`);
  await page.waitForFunction(() => window.__bench?.done, null, { timeout: 600_000 });
  const result = await page.evaluate(() => window.__bench);
  if (result.error) console.error('bench error:', result.error);
  records.push(...result.records);
  await page.close();
  if (wanted('sliderUpdate')) records.push(await sliderUpdate(browser, `http://127.0.0.1:${PORT}/`));
  if (wanted('firstCurve')) records.push(await firstCurve(browser, `http://127.0.0.1:${PORT}/`, Number(process.env.BENCH_CURVE_RUNS ?? 3)));
} finally {
  await browser.close();
  site.close();
  benchSite.close();
}

for (const r of records) console.log(JSON.stringify(r));
console.log('\nSummary');
/** A row's label: the bench, the backend, and what distinguishes variants and populations. */
function label(r) {
  const parts = [r.bench, r.backend];
  if (r.members !== undefined) parts.push(`R=${r.members}`);
  if (r.api !== undefined) parts.push(r.api);
  if (r.inputs !== undefined && r.bench !== 'mlp-train') parts.push(r.inputs);
  return parts.join(' ');
}
const row = (name, value, unit, note = '') => console.log(`  ${name.padEnd(50)} ${String(value).padStart(10)} ${unit}${note ? `  ${note}` : ''}`);
/** A measurement against its target. */
function targetRow(r) {
  const t = TARGETS[r.bench];
  const value = r[t.key];
  if (value === undefined) return row(r.bench, '—', '', r.error ? `error: ${r.error}` : 'not measured');
  row(r.bench, value, t.unit, value <= t.max ? `meets target ≤ ${t.max} ${t.unit}` : `MISSES target ≤ ${t.max} ${t.unit}`);
}
for (const r of records) {
  if (FIRST_LOAD.includes(r.bench)) continue;
  if (TARGETS[r.bench]) {
    targetRow(r);
  } else if (r.samples_per_s !== undefined) {
    const notes = [r.extrapolated ? `extrapolated from ${r.members_timed} members` : '', r.vmap === true ? 'vmap' : '', r.batch_shared === true ? 'batch shared by all members' : r.batch_shared === false ? 'own batch per member' : '', r.dispatches_per_step !== undefined ? `${r.dispatches_per_step} dispatches/step` : ''];
    row(label(r), r.samples_per_s, 'samples/s', notes.filter(Boolean).join(', '));
  } else if (r.ms !== undefined) {
    row(r.bench, r.ms, 'ms');
  } else {
    row(label(r), '—', '', r.skipped ? `skipped: ${r.skipped}` : r.error ? `error: ${r.error}` : JSON.stringify(r));
  }
}

/** Prints a / b with its verdict against a minimum (or none). */
function ratioRow(name, a, b, min) {
  if (!a || !b) return row(name, '—', '', `not measured (${!a ? 'numerator' : 'denominator'} missing)`);
  const ratio = a / b;
  row(name, ratio.toFixed(2), '×', min === null ? '' : ratio >= min ? `meets target ≥ ${min}×` : `MISSES target ≥ ${min}×`);
}

console.log('\nSingle runs (mlp-train: each peer at its best API on MNIST)');
const single = Object.fromEntries(records.filter((r) => r.bench === 'mlp-train' && r.samples_per_s).map((r) => [r.backend, r]));
for (const [a, b, min] of RATIOS) {
  const api = single[b]?.api ? ` (${single[b].api})` : '';
  ratioRow(`${a} / ${b}${api}`, single[a]?.samples_per_s, single[b]?.samples_per_s, min);
}

console.log('\nInputs: random pixels / MNIST, same API (denormal floats would slow MNIST down on the CPU)');
for (const r of records.filter((x) => x.bench === 'mlp-train-variant' && x.inputs === 'mnist')) {
  const twin = records.find((x) => x.bench === 'mlp-train-variant' && x.inputs === 'random' && x.backend === r.backend && x.api === r.api);
  if (!twin) continue;
  const subnormals = `subnormal values after training: ${r.subnormal_values}/${r.of_values} (MNIST), ${twin.subnormal_values}/${twin.of_values} (random)`;
  row(`${r.backend} ${r.api} random / mnist`, (twin.samples_per_s / r.samples_per_s).toFixed(2), '×', subnormals);
}

console.log('\nPopulations (aggregate samples/s = members × batch × steps / s)');
const population = (backend, R) => records.find((r) => r.bench === 'mlp-train-population' && r.backend === backend && r.members === R && r.samples_per_s);
const sizes = [...new Set(records.filter((r) => r.bench === 'mlp-train-population').map((r) => r.members))].sort((x, y) => x - y);
/** The fastest of the given peers at size R: [samples/s, backend]. */
function bestPeer(backends, R) {
  const found = backends.map((b) => population(b, R)).filter(Boolean);
  const best = found.reduce((x, y) => (y.samples_per_s > x.samples_per_s ? y : x), found[0]);
  return best ? [best.samples_per_s, best.backend] : [undefined, backends.join('|')];
}
for (const R of sizes) {
  const [gpuPeer, gpuName] = bestPeer(['tfjs-webgpu', 'jax-js-webgpu'], R);
  const [wasmPeer, wasmName] = bestPeer(['tfjs-wasm', 'jax-js-wasm'], R);
  // The goals of the one-engine-shape issue: ours-gpu ≥ 2× the best same-adapter peer at R = 64; the CPU pool ≥ 1.3× the
  // best wasm peer and never slower than one worker (ours-cpu-1).
  ratioRow(`R=${R} ours-gpu / best same-adapter peer (${gpuName})`, population('ours-gpu', R)?.samples_per_s, gpuPeer, R === 64 ? 2 : null);
  ratioRow(`R=${R} ours-cpu / best wasm peer (${wasmName})`, population('ours-cpu', R)?.samples_per_s, wasmPeer, 1.3);
  ratioRow(`R=${R} ours-cpu-1 / best wasm peer (${wasmName})`, population('ours-cpu-1', R)?.samples_per_s, wasmPeer, null);
  const pool = population('ours-cpu', R);
  const one = population('ours-cpu-1', R);
  // Where the pool puts every member on one worker (R = 1, or a pool of one on a 2-core machine) both lines run the
  // same placement, and their ratio is the bench's noise: said so, not judged.
  if (pool?.workers === 1 && one) row(`R=${R} ours-cpu (pool) / ours-cpu-1`, (pool.samples_per_s / one.samples_per_s).toFixed(2), '×', 'same placement (one worker): the difference is noise');
  else ratioRow(`R=${R} ours-cpu (pool) / ours-cpu-1`, pool?.samples_per_s, one?.samples_per_s, 1);
}
if (sizes.includes(1) && sizes.includes(64)) {
  ratioRow('ours-gpu samples/s R=64 / R=1', population('ours-gpu', 64)?.samples_per_s, population('ours-gpu', 1)?.samples_per_s, 4);
}
const dispatches = sizes.map((R) => population('ours-gpu', R)?.dispatches_per_step);
if (dispatches.every((d) => d !== undefined) && dispatches.length > 1) {
  const same = dispatches.every((d) => d === dispatches[0]);
  row(`ours-gpu dispatches per step at R=${sizes.join(', ')}`, dispatches.join(', '), '', same ? 'meets target: the same at every R' : 'MISSES target: grows with R');
} else {
  row('ours-gpu dispatches per step', '—', '', 'not measured');
}

console.log('\nFirst load (index JS, first MNIST curve after navigation, initialization recompute)');
for (const name of FIRST_LOAD) {
  const r = records.find((x) => x.bench === name);
  if (r) targetRow(r);
  else row(name, '—', '', 'not measured');
}
