// The gradients lesson from hand-written URLs: per-layer gradient norms read from the data tables against the CPU engine
// run here in Node, the article's claims (vanishing under sigmoid, held by ReLU + He and batch norm, exploding tamed by
// clipping), the presets, and the heat strip's keyboard readout.
import type { Page } from '@playwright/test';
import { buildData } from '../../src/worker/shared/data/buildData';
import { createTrainer } from '../../src/engine/train';
import { defaults } from '../../src/state/params';
import { deepRun } from '../../src/lessons/gradients/model';
import { gradientsParams, type GradientsValues } from '../../src/lessons/gradients/params';
import { loadMnistBytesNode } from '../helpers/mnistNode';
import { expect, readTable, test } from './fixtures';

type Norm = { step: number; layer: number; grad_norm: number };
type Factor = { layer: number; grad_norm: number; ratio: number; mean_deriv: number };
type Moved = { layer: number; grad_norm: number; rel_change: number };

const DEFAULTS = defaults(gradientsParams) as GradientsValues;

/** The run's per-step, per-layer gradient norms from the CPU engine in Node (the oracle), and its stop. */
async function oracle(over: Partial<GradientsValues>, steps: number) {
  const v = { ...DEFAULTS, ...over };
  const config = deepRun(v);
  const data = await buildData(config.data, async () => loadMnistBytesNode(), () => undefined);
  const report = createTrainer(config.spec, data, config.members[0].hyper, v.seed, config.options).step(steps);
  return { norms: report.steps.map((s) => Array.from(s.gradNorms)), stopped: report.stopped, step: report.step };
}

/** Waits until the norms table holds `rows` rows; returns them. */
async function norms(page: Page, rows: number, timeout = 60_000): Promise<Norm[]> {
  await expect.poll(async () => (await readTable(page, 'gradients/norms')).length, { timeout }).toBe(rows);
  return (await readTable(page, 'gradients/norms')) as unknown as Norm[];
}

const byStep = (rows: Norm[], layers: number) => {
  const out: number[][] = [];
  for (const r of rows) (out[r.step - 1] ??= Array(layers).fill(NaN))[r.layer - 1] = r.grad_norm;
  return out;
};

test('defaults (sigmoid + Xavier, 10 layers): every norm is the CPU engine’s, and layer 1 gets < 1e-4 of the output layer’s', async ({ page }) => {
  test.setTimeout(90_000);
  const expected = await oracle({ epochs: 2 }, 20);
  await page.goto('./#/gradients?lang=en&epochs=2&backend=cpu');
  const got = byStep(await norms(page, 20 * 11), 11);
  got.forEach((g, s) => g.forEach((v, l) => expect(Math.abs(v - expected.norms[s][l]) / expected.norms[s][l], `step ${s + 1} layer ${l + 1}`).toBeLessThan(1e-5)));
  got.forEach((g) => expect(g[0] / g[10]).toBeLessThan(1e-4));
  await expect(page.locator('[data-reading="verdict"]')).toHaveAttribute('data-verdict', 'vanishing');

  // The factors table: sigmoid′ = σ(1 − σ) ≤ 1/4 in every hidden layer; the ratios multiply to layer 1 / output.
  await page.locator('[data-figure="gradients/factors"]').scrollIntoViewIfNeeded();
  await expect.poll(async () => ((await readTable(page, 'gradients/factors')) as unknown as Factor[]).filter((r) => Number.isFinite(r.mean_deriv)).length, { timeout: 30_000 }).toBe(10);
  const factors = (await readTable(page, 'gradients/factors')) as unknown as Factor[];
  factors.slice(0, 10).forEach((r) => expect(r.mean_deriv).toBeLessThanOrEqual(0.25));
  factors.slice(0, 10).forEach((r) => expect(r.mean_deriv).toBeGreaterThan(0.1));
  const product = factors.slice(0, 10).reduce((p, r) => p * r.ratio, 1);
  expect(product).toBeCloseTo(factors[0].grad_norm / factors[10].grad_norm, 10);

  // The weights near the input barely moved from their start; the output layer's did.
  await expect.poll(async () => ((await readTable(page, 'gradients/profile')) as unknown as Moved[]).every((r) => Number.isFinite(r.rel_change)), { timeout: 30_000 }).toBe(true);
  const moved = (await readTable(page, 'gradients/profile')) as unknown as Moved[];
  expect(moved[0].rel_change).toBeLessThan(1e-3 * moved[10].rel_change);
});

test('the "ReLU + He" preset: the gradient reaching layer 1 stays within 10× of the last hidden layer’s', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto('./#/gradients?lang=en&epochs=1');
  await page.locator('button[data-preset="relu-he"]').click();
  await expect(page).toHaveURL(/act=relu/);
  await expect(page).toHaveURL(/init=he/);
  await expect(page).toHaveURL(/epochs=1/);
  const got = byStep(await norms(page, 10 * 11), 11);
  got.forEach((g) => expect(g[0] / g[9]).toBeGreaterThan(0.1));
  await expect(page.locator('[data-reading="verdict"]')).toHaveAttribute('data-verdict', 'healthy');
});

test('ReLU at std 0.3 explodes and diverges where the CPU engine does; clipping at 1 trains the same net to the end', async ({ page }) => {
  test.setTimeout(90_000);
  const free = await oracle({ act: 'relu', init: 'custom', std: 0.3, epochs: 2 }, 20);
  expect(free.stopped).toBe('diverged'); // the premise
  await page.goto('./#/gradients?lang=en&epochs=2');
  await page.locator('button[data-preset="exploding"]').click();
  const note = page.locator('[data-embed="norms"] [data-run="diverged"]');
  await expect(note).toContainText(`diverged at update ${free.step}`, { timeout: 60_000 });
  await expect(page.locator('[data-reading="verdict"]')).toHaveAttribute('data-verdict', 'exploding');

  await page.locator('button[data-preset="clipped"]').click();
  await expect(page).toHaveURL(/clip=1/);
  const got = byStep(await norms(page, 20 * 11), 11);
  expect(Math.max(...got[0])).toBeGreaterThan(100); // plotted before clipping: still exploding
  got.forEach((g) => g.forEach((v) => expect(Number.isFinite(v)).toBe(true)));
  await expect(page.locator('[data-embed="norms"] [data-run="stopped"]')).toBeVisible({ timeout: 30_000 });
  await expect(note).toHaveCount(0);
});

test('zh: sigmoid with batch norm holds the gradient; the heat strip’s keys read each cell as in the table', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto('./#/gradients?lang=zh&bn=before&epochs=1');
  const rows = await norms(page, 10 * 11);
  const got = byStep(rows, 11);
  got.forEach((g) => expect(g[0] / g[9]).toBeGreaterThan(0.1));
  await expect(page.locator('[data-reading="verdict"]')).toHaveAttribute('data-verdict', 'healthy');
  await expect(page.locator('[data-reading="verdict"]')).toContainText('梯度保持住了');

  const strip = page.locator('[data-figure="gradients/norms"] .heat-strip svg');
  await strip.focus();
  const readout = page.locator('[data-figure="gradients/norms"] .xhair-readout');
  const value = async () => Number((await readout.locator('.xhair-value').textContent())!.replace('−', '-'));
  await page.keyboard.press('Home');
  await expect(readout).toHaveAttribute('data-crosshair', 'on');
  await expect(readout.locator('.xhair-title')).toHaveText('步 1 · 层 1');
  expect(await value()).toBeCloseTo(got[0][0], -Math.floor(Math.log10(got[0][0])) + 1);
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowRight');
  await expect(readout.locator('.xhair-title')).toHaveText('步 2 · 层 2');
  expect(await value()).toBeCloseTo(got[1][1], -Math.floor(Math.log10(got[1][1])) + 1);
  await page.keyboard.press('Escape');
  await expect(readout).toHaveAttribute('data-crosshair', 'off');
});

test('the comparison trains four nets at once: only sigmoid without a remedy loses the gradient toward the input', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('./#/gradients?lang=en&epochs=1');
  const figure = page.locator('[data-figure="gradients/compare"]');
  await figure.scrollIntoViewIfNeeded();
  await expect(page.locator('[data-embed="compare"] [data-run="stopped"]')).toBeVisible({ timeout: 80_000 });
  type Row = { network: string; layer: number; grad_norm: number };
  await expect.poll(async () => (await readTable(page, 'gradients/compare')).length, { timeout: 10_000 }).toBe(4 * 11);
  const rows = (await readTable(page, 'gradients/compare')) as unknown as Row[];
  const at = (network: string, layer: number) => rows.find((r) => r.network === network && r.layer === layer)!.grad_norm;
  expect(at('sigmoid', 1) / at('sigmoid', 11)).toBeLessThan(1e-4);
  for (const network of ['relu-he', 'sigmoid-bn', 'sigmoid-residual']) expect(at(network, 1) / at(network, 10), network).toBeGreaterThan(0.1);
});

test('backend=gpu: the WebGPU engine’s per-layer norms match the CPU engine’s within float32 rounding', async ({ page }) => {
  test.setTimeout(180_000); // compiling the pipelines on SwiftShader takes tens of seconds on a busy machine
  const expected = await oracle({ epochs: 1, depth: 6 }, 10);
  await page.goto('./#/gradients?lang=en&epochs=1&depth=6&backend=gpu');
  const got = byStep(await norms(page, 10 * 7, 150_000), 7);
  await expect(page.locator('[data-embed="norms"] .run-status').first()).toHaveAttribute('data-backend', 'webgpu');
  got.forEach((g, s) => g.forEach((v, l) => expect(Math.abs(v - expected.norms[s][l]) / expected.norms[s][l], `step ${s + 1} layer ${l + 1}`).toBeLessThan(1e-3)));
});
