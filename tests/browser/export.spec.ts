// Exports from the shared Figure: PNG and SVG of the chart (caption in the page's language), CSV of its table, settings JSON.
import type { Download, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expect, readTable, test } from './fixtures';

const FIG = 'optimizers/trajectories';

async function save(page: Page, kind: string, fig = FIG): Promise<{ name: string; data: Buffer }> {
  const [dl]: [Download, void] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-figure="${fig}"] [data-export="${kind}"]`).click()]);
  return { name: dl.suggestedFilename(), data: readFileSync((await dl.path())!) };
}

/** The size of what the figure shows (its body, without caption and tools), in whole CSS pixels. */
const bodySize = (page: Page) =>
  page.locator(`[data-figure="${FIG}"] .figure-body`).evaluate((body) => {
    const r = body.getBoundingClientRect();
    return { width: Math.ceil(r.width), height: Math.ceil(r.height) };
  });

test('CSV holds exactly the rows of the data table, at full precision', async ({ page }) => {
  await page.goto('./#/optimizers?opt=sgd,adam&steps=6&lang=en');
  const table = await readTable(page, FIG);
  const { name, data } = await save(page, 'csv');
  expect(name).toBe('optimizers-trajectories.csv');
  const [head, ...lines] = data.toString('utf8').trimEnd().split('\r\n');
  const cols = head.split(',');
  expect(cols).toEqual(['optimizer', 'step', 'x1', 'x2', 'f']);
  const rows = lines.map((l) => Object.fromEntries(l.split(',').map((v, i) => [cols[i], i === 0 ? v : Number(v)])));
  expect(rows).toEqual(table);
  expect(rows.length).toBe(2 * 7);
});

test('SVG stands alone: styles inlined, legend and caption in Chinese, and it renders as an image', async ({ page }) => {
  await page.goto('./#/optimizers?opt=sgd,momentum&lang=zh');
  const { name, data } = await save(page, 'svg');
  expect(name).toBe('optimizers-trajectories-zh.svg');
  const svg = data.toString('utf8');
  expect(svg).toMatch(/^<\?xml[^>]*\?>\s*<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  expect(svg).toContain('xml:lang="zh"');
  expect(svg).toContain('等高线越深'); // the caption, in the page's language
  expect(svg).toContain('梯度下降（SGD）'); // the legend (full-width brackets in Chinese)
  expect(svg).toMatch(/#\/optimizers\?opt=sgd,momentum&amp;lang=zh/); // the link that reproduces it
  // The page's stylesheet is gone in a file: computed styles travel inline (axis text size, the trajectory's stroke).
  expect(svg).toMatch(/<text[^>]*style="[^"]*font-size:\s*11px/);
  expect(svg).toMatch(/<polyline[^>]*style="[^"]*stroke:\s*rgb\(213, 94, 0\)/);
  // Rendered on a blank page (no site CSS), it decodes and is wider than tall with a caption band below the plot.
  const size = await page.evaluate(async (text) => {
    const img = new Image();
    img.src = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
    await img.decode();
    return [img.naturalWidth, img.naturalHeight];
  }, svg);
  const body = await bodySize(page);
  expect(size[0]).toBe(body.width);
  expect(size[1]).toBeGreaterThan(body.height + 20);
});

test('PNG is a real image at twice the chart’s size', async ({ page }) => {
  await page.goto('./#/optimizers?opt=adam&lang=en');
  const { name, data } = await save(page, 'png');
  expect(name).toBe('optimizers-trajectories-en.png');
  expect(data.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const [w, h] = [data.readUInt32BE(16), data.readUInt32BE(20)];
  const body = await bodySize(page);
  expect(w).toBe(2 * body.width);
  expect(h).toBeGreaterThan(2 * body.height);
  expect(data.length).toBeGreaterThan(10_000); // not a blank canvas
});

test('settings JSON holds every parameter, the hidden ones and the link', async ({ page, baseURL }) => {
  await page.goto('./#/optimizers?sgd.lr=0.6&hide=fn&lang=en');
  const { name, data } = await save(page, 'json');
  expect(name).toBe('optimizers-settings.json');
  const json = JSON.parse(data.toString('utf8'));
  expect(json.lesson).toBe('optimizers');
  expect(json.lang).toBe('en');
  expect(json.hide).toEqual(['fn']);
  expect(json.params['sgd.lr']).toBe(0.6);
  expect(json.params.steps).toBe(20);
  expect(Object.keys(json.params)).toHaveLength(14);
  expect(json.url).toBe(`${baseURL}#/optimizers?sgd.lr=0.6&hide=fn&lang=en`);
});

test('Python downloads a numpy script with the URL’s settings, its comments in the page’s language', async ({ page }) => {
  await page.goto('./#/optimizers?opt=sgd,adam&steps=6&sgd.lr=0.1&lang=zh');
  const button = page.locator(`[data-figure="${FIG}"] [data-export="py"]`);
  await expect(button).toHaveAttribute('title', /Python/);
  const { name, data } = await save(page, 'py');
  expect(name).toBe('optimizers-trajectories.py');
  const script = data.toString('utf8');
  expect(script).toContain('import numpy as np');
  expect(script).toContain('STEPS = 6');
  expect(script).toContain("('sgd', SGD(lr=0.1)),");
  expect(script).toMatch(/\('adam', Adam\(lr=0\.4, beta1=0\.9, beta2=0\.999, eps=1e-8\)\),/);
  expect(script).not.toContain('class Momentum');
  expect(script).toMatch(/运行：python3 optimizers-trajectories\.py/);
});

test('the saddle paths download as a numpy script with the surface, the noise and its seed from the URL', async ({ page }) => {
  await page.goto('./#/saddle?fn=plateau&opt=sgd,adam&sigma=0.1&seed=4&lang=en');
  const { name, data } = await save(page, 'py', 'saddle/paths');
  expect(name).toBe('saddle-paths.py');
  const script = data.toString('utf8');
  expect(script).toContain('math.tanh(3 * (x[1] - 1))');
  expect(script).toContain('SIGMA = 0.1');
  expect(script).toContain('SEED = 4');
  expect(script).toContain('def gaussian(');
  expect(script).toContain("('sgd', SGD(");
  expect(script).not.toContain('class Momentum');
  expect(script).toMatch(/Run: python3 saddle-paths\.py/);
});

test('the weight-decay MNIST curves download as a numpy training script with the URL’s settings and this site’s data URL', async ({ page }) => {
  await page.goto('./#/weight-decay?mnist.lambda=0.03&mnist.epochs=7&seed=5&lang=zh');
  const { name, data } = await save(page, 'py', 'weight-decay/mnist');
  expect(name).toBe('weight-decay-mnist.py');
  const script = data.toString('utf8');
  expect(script).toContain('LAMBDAS = [0, 0.03]');
  expect(script).toContain('EPOCHS = 7');
  expect(script).toContain('SEED = 5');
  expect(script).toContain('class MultiLayerNet:');
  const dataUrl = new URL('data/', page.url()).href;
  expect(script).toContain(`DATA_URL = '${dataUrl}'`);
  expect(script).toMatch(/运行：python3 weight-decay-mnist\.py/);
});

test('the playground figures download numpy scripts with the points added on the plot and the batch-norm placement', async ({ page }) => {
  await page.goto('./#/playground?data=circles&pts=0.2,0.3,1;-0.4,0.1,0&epochs=3&seed=6&backend=cpu&lang=en');
  for (const fig of ['curves', 'boundary', 'network']) {
    const { name, data } = await save(page, 'py', `playground/${fig}`);
    expect(name).toBe(`playground-${fig}.py`);
    const script = data.toString('utf8');
    expect(script).toContain("DATA = 'circles'");
    expect(script).toContain('ADDED_POINTS = [(0.2, 0.3, 1), (-0.4, 0.1, 0)]');
    expect(script).toContain('EPOCHS = 3');
    expect(script).toContain('SEED = 6');
    expect(script).toMatch(new RegExp(`Run: python3 playground-${fig}\\.py`));
  }
  await page.goto('./#/playground?bn=after&epochs=3&backend=cpu&lang=en');
  expect((await save(page, 'py', 'playground/curves')).data.toString('utf8')).toContain("BATCH_NORM = 'after'");
});

test('the generalization and validation figures download their numpy scripts', async ({ page }) => {
  await page.goto('./#/generalization?degree=5&n=30&epochs=12&lang=zh');
  const fit = await save(page, 'py', 'generalization/fit');
  expect(fit.name).toBe('generalization-fit.py');
  expect(fit.data.toString('utf8')).toContain('N_FEATURES = 6');
  expect((await save(page, 'py', 'generalization/curves')).data.toString('utf8')).toMatch(/运行：python3 generalization-curves\.py/);
  await page.goto('./#/validation?k=3&n=200&lang=en');
  expect((await save(page, 'py', 'validation/select')).data.toString('utf8')).toContain('MAX_DEGREE = 12');
  const folds = (await save(page, 'py', 'validation/folds')).data.toString('utf8');
  expect(folds).toContain('K = 3');
  expect(folds).toContain(`DATA_URL = '${new URL('data/', page.url()).href}'`);
});
