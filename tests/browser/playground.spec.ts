// The playground from hand-written URLs: its boundary table against the CPU engine run here in Node (and WebGPU's within
// 1e-3), with input features too, a mid-run hyperparameter change without a restart, points added by click and keyboard,
// the URL round trip, and the "Try this in the playground" link of another lesson.
import type { Page } from '@playwright/test';
import { unitOutputsOf } from '../../src/engine/experiments/unitOutputs';
import { createTrainer } from '../../src/engine/train';
import { decode } from '../../src/state/params';
import { buildData } from '../../src/worker/shared/data/buildData';
import { inputsAt, queryPoints, runOf } from '../../src/lessons/playground/model';
import { playgroundParams, type PlaygroundValues } from '../../src/lessons/playground/params';
import { expect, readTable, test } from './fixtures';

type Cell = { x1: number; x2: number; p: number };
const noMnist = () => Promise.reject(new Error('no MNIST here'));

/** P(class 1) on the boundary table's lattice after the whole run of `query`, from the CPU engine in Node. */
async function oracle(query: string): Promise<number[]> {
  const v = decode(playgroundParams, new URLSearchParams(query)).values as PlaygroundValues;
  const run = runOf(v);
  const data = await buildData(run.data, noMnist);
  const trainer = createTrainer(run.spec, data, run.members[0].hyper, run.members[0].seed, run.options);
  trainer.step(1e6);
  expect(trainer.progress().stopped).toBe('epochs');
  const q = queryPoints(false);
  const m = q.points.length / 2;
  // The network's inputs at the grid's points: their features (the points themselves for x₁, x₂).
  const out = unitOutputsOf(trainer.net, inputsAt(q.points, v), m, trainer.getHyper()); // its dropout ratios and variant, as the worker's
  return Array.from({ length: q.tableCount }, (_, k) => out.output[2 * (q.gridCount + k) + 1]);
}

/** The boundary table once the plot shows the state after update `step`. */
async function boundary(page: Page, step: number, timeout: number): Promise<Cell[]> {
  const fig = page.locator('[data-figure="playground/boundary"] [data-step]');
  await expect(fig).toHaveAttribute('data-step', String(step), { timeout });
  return (await readTable(page, 'playground/boundary')) as unknown as Cell[];
}

const trainCount = (page: Page) => page.locator('[data-reading="sizes"]').getAttribute('data-train');

test('the boundary table is the CPU engine’s P(class 1) after the run (3 epochs of circles, momentum, L2, dropout), within 1e-4', async ({ page }) => {
  test.setTimeout(60_000);
  const query = 'data=circles&noise=0.1&opt=momentum&lr=0.05&l2=0.001&dropout=0.1&epochs=3';
  const expected = await oracle(query);
  await page.goto(`./#/playground?${query}&lang=en&backend=cpu`);
  const rows = await boundary(page, 60, 30_000);
  expect(rows.length).toBe(441);
  expect(rows[0]).toMatchObject({ x1: -1.5, x2: -1.5 });
  rows.forEach((r, k) => expect(Math.abs(r.p - expected[k]), `cell ${k}`).toBeLessThan(1e-4));
  const curves = await readTable(page, 'playground/curves');
  expect(curves.map((r) => r.epoch)).toEqual([1, 2, 3]);
});

test('input features x₁², x₂² on the circles: the boundary table is the CPU engine’s within 1e-4; the first weight matrix has one row per feature', async ({ page }) => {
  test.setTimeout(60_000);
  const query = 'data=circles&noise=0.05&feat=x1sq,x2sq&depth=1&units=2&act=tanh&epochs=3';
  const expected = await oracle(query);
  await page.goto(`./#/playground?${query}&lang=en&backend=cpu`);
  const rows = await boundary(page, 60, 30_000);
  rows.forEach((r, k) => expect(Math.abs(r.p - expected[k]), `cell ${k}`).toBeLessThan(1e-4));
  // 2 features × 2 units, then 2 units × 2 classes.
  const weights = await readTable(page, 'playground/network');
  expect(weights.filter((w) => w.matrix === 1).length).toBe(4);
  expect(weights.length).toBe(8);
  await expect(page.locator('button[data-feature="x1sq"]')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('button[data-feature="x1"]')).toHaveAttribute('aria-pressed', 'false');
});

test('backend=gpu (SwiftShader), with input features x₁, x₂, x₁x₂: the boundary table is the CPU engine’s within 1e-3', async ({ page }) => {
  test.setTimeout(150_000);
  const query = 'data=xor&epochs=1&feat=x1,x2,x1x2';
  const expected = await oracle(query);
  await page.goto(`./#/playground?${query}&lang=en&backend=gpu`);
  const rows = await boundary(page, 20, 140_000);
  rows.forEach((r, k) => expect(Math.abs(r.p - expected[k]), `cell ${k}`).toBeLessThan(1e-3));
});

test('changing the optimizer mid-run keeps the step count and changes the worker’s optimizer; changing the depth restarts', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto('./#/playground?lang=en&backend=cpu&epochs=1000');
  const section = page.locator('section').filter({ has: page.locator('[data-figure="playground/boundary"]') });
  const play = section.locator('button[data-action="play"]');
  await expect(page.locator('[data-reading="sizes"]').first()).toBeVisible({ timeout: 30_000 });
  // Back to update 0 (this pauses), then one epoch by hand: 20 updates, paused there.
  await section.locator('button[data-action="reset"]').click();
  await expect(play).toHaveAttribute('aria-pressed', 'false');
  await section.locator('button[data-action="step"]').click();
  await boundary(page, 20, 20_000);
  await page.locator('select[data-param="opt"]').selectOption('sgd');
  const change = page.locator('[data-reading="change"]').first();
  await expect(change).toHaveAttribute('data-change', 'hyper');
  await expect(change).toHaveAttribute('data-optimizer', 'sgd');
  await expect(change).toHaveAttribute('data-step', '20');
  await expect(page).toHaveURL(/opt=sgd/);
  // The next epoch goes on from update 20: the run was not reset, and its curve keeps the first epoch.
  await section.locator('button[data-action="step"]').click();
  await boundary(page, 40, 20_000);
  await expect.poll(async () => (await readTable(page, 'playground/curves')).map((r) => r.epoch)).toEqual([1, 2]);
  await page.locator('input[data-param="depth"]').fill('2');
  await expect(change).toHaveAttribute('data-change', 'restart');
});

test('a click and the keyboard cursor add training points (in the URL and the training data); “Clear” removes them', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto('./#/playground?lang=en&backend=cpu&epochs=2');
  await expect.poll(() => trainCount(page), { timeout: 30_000 }).toBe('200');
  const plot = page.locator('svg[data-plot="output"]');
  const box = (await plot.boundingBox())!;
  await plot.click({ position: { x: box.width / 2, y: box.height / 3 } });
  await expect(page).toHaveURL(/pts=[-0-9.]+,[-0-9.]+,1/);
  await expect.poll(() => trainCount(page), { timeout: 30_000 }).toBe('201');
  await plot.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Shift+Enter');
  await expect(page).toHaveURL(/;0\.1,-0\.05,0/);
  await expect.poll(() => trainCount(page), { timeout: 30_000 }).toBe('202');
  await expect(page.locator('[data-figure="playground/boundary"] rect[width="8"]')).toHaveCount(2);
  await page.locator('button[data-action="clear-points"]').click();
  await expect(page).not.toHaveURL(/pts=/);
  await expect.poll(() => trainCount(page), { timeout: 30_000 }).toBe('200');
});

test('URL round trip: every kind of parameter comes back from the link as it was; a malformed point list gives a notice', async ({ page }) => {
  const query = 'data=sine&noise=0.2&pts=0.5,-0.25,0&feat=x2,sinx1&depth=4&units=5&act=tanh&init=custom&std=0.5&bn=after&opt=rmsprop&lr=0.02&rmsprop.gamma=0.95&beta1=0.8&batch=20&l1=0.001&l2=0.01&dropout=0.2&p.2=0.5&clip=1&epochs=5&showTest=off&discrete=on&seed=7';
  await page.goto(`./#/playground?${query}&lang=en&backend=cpu`);
  await expect(page.locator('input[data-param="rmsprop.gamma"]')).toHaveValue('0.95');
  await expect(page.locator('input[data-param="beta1"]')).toHaveCount(0); // only the selected optimizer's sliders
  await expect(page.locator('select[data-param="bn"]')).toHaveValue('after');
  await expect(page.locator('input[data-param="p.2"]')).toHaveValue('0.5');
  await expect(page.locator('select[data-param="data"]')).toHaveValue('sine');
  await expect(page.locator('button[data-feature="sinx1"]')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('input[data-param="showTest"]')).not.toBeChecked();
  const got = new URLSearchParams(page.url().split('?')[1]);
  for (const [k, v] of new URLSearchParams(query)) expect(got.get(k), k).toBe(v);
  const table = await readTable(page, 'playground/boundary');
  expect(Object.keys(table[0] ?? { x: 0, y_hat: 0 })).toEqual(['x', 'y_hat']);
  await page.goto('./#/playground?pts=0.5,0.5,1;oops&lang=en&backend=cpu');
  await expect(page.locator('[data-notices] [data-key="pts"]')).toHaveCount(1);
  await expect(page).toHaveURL(/pts=0\.5,0\.5,1(&|$)/);
});

test('“Try this in the playground” from the dropout lesson carries its p onto a deep net', async ({ page }) => {
  await page.goto('./#/dropout?p=0.5&lang=en');
  const link = page.locator('a[data-action="try-playground"]');
  await expect(link).toHaveAttribute('href', /dropout=0\.5/);
  await link.click();
  await expect(page).toHaveURL(/#\/playground\?.*depth=6.*dropout=0\.5/);
  await expect(page.locator('input[data-param="dropout"]')).toHaveValue('0.5');
  await expect(page.locator('a[data-action="try-playground"]')).toHaveCount(0);
});
