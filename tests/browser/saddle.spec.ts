// The saddle lesson from hand-written URLs: surfaces and escape steps read from the data tables, noise on the saddle line, 2⁻ⁿ and random Hessians.
import { expect, readTable, test } from './fixtures';

type PathRow = { optimizer: string; step: number; x1: number; x2: number; f: number };
type EscapeRow = { optimizer: string; steps: number | string };
type Page = Parameters<typeof readTable>[0];
const paths = async (page: Page) => (await readTable(page, 'saddle/paths')) as unknown as PathRow[];
const escapes = async (page: Page) => {
  const rows = (await readTable(page, 'saddle/escape')) as unknown as EscapeRow[];
  return Object.fromEntries(rows.map((r) => [r.optimizer, r.steps]));
};
/** The first step of `name` with f < −1, read from the paths table (null: none). */
const firstBelow = (rows: PathRow[], name: string) => rows.find((r) => r.optimizer === name && r.f < -1)?.step ?? null;

test('x² − y² from (−1.5, 0.001): f is the surface at every row; momentum, RMSProp and Adam escape before gradient descent', async ({ page }) => {
  await page.goto('./#/saddle?lang=en');
  const r = await paths(page);
  expect(new Set(r.map((x) => x.optimizer))).toEqual(new Set(['sgd', 'momentum', 'adagrad', 'rmsprop', 'adadelta', 'adam']));
  for (const row of r) expect(row.f).toBeCloseTo(row.x1 * row.x1 - row.x2 * row.x2, 9);
  for (const row of r.filter((x) => x.step === 0)) expect([row.x1, row.x2]).toEqual([-1.5, 0.001]);
  const esc = await escapes(page);
  for (const name of Object.keys(esc)) expect(esc[name]).toBe(firstBelow(r, name) ?? 'none');
  const sgd = esc.sgd as number;
  // Gradient descent multiplies x₂ by 1 + 2η = 1.2 per step: ln 1000 / ln 1.2 ≈ 38 steps to grow from 0.001 to 1.
  expect(Math.abs(sgd - Math.log(1000) / Math.log(1.2))).toBeLessThan(2);
  for (const name of ['momentum', 'rmsprop', 'adam']) expect(esc[name] as number).toBeLessThan(sgd);
});

test('on the exact line x₂ = 0 gradient descent never escapes; gradient noise σ = 0.01 gets it out', async ({ page }) => {
  await page.goto('./#/saddle?opt=sgd&x0=-1.5,0&steps=200&lang=en');
  const still = await paths(page);
  expect(still.length).toBe(201);
  for (const row of still) expect(row.x2).toBe(0);
  expect((await escapes(page)).sgd).toBe('none');
  await page.goto('about:blank');
  await page.goto('./#/saddle?opt=sgd&x0=-1.5,0&steps=200&sigma=0.01&seed=3&lang=en');
  const noisy = await paths(page);
  const k = firstBelow(noisy, 'sgd');
  expect(k).not.toBeNull();
  expect((await escapes(page)).sgd).toBe(k);
});

test('the plateau: f = x₁² − 1 − tanh(3(x₂ − 1)) in the table, and Adam and RMSProp leave it before gradient descent', async ({ page }) => {
  await page.goto('./#/saddle?fn=plateau&x0=-1.5,0&lang=en');
  const r = await paths(page);
  for (const row of r) expect(row.f).toBeCloseTo(row.x1 ** 2 - 1 - Math.tanh(3 * (row.x2 - 1)), 9);
  const sgd = firstBelow(r, 'sgd')!;
  expect(sgd).not.toBeNull();
  for (const name of ['rmsprop', 'adam']) expect(firstBelow(r, name)!).toBeLessThan(sgd);
});

test('the monkey saddle: f = x₁³ − 3x₁x₂² in the table', async ({ page }) => {
  await page.goto('./#/saddle?fn=monkey&x0=1.5,0.001&opt=sgd,adam&lang=en');
  const r = await paths(page);
  expect(r.length).toBeGreaterThan(10);
  for (const row of r) expect(row.f).toBeCloseTo(row.x1 ** 3 - 3 * row.x1 * row.x2 ** 2, 8);
});

test('2⁻ⁿ is tabulated as its exponent up to n = 20 000; random-Hessian shares are ≤ 1, fall with n and below 2⁻ⁿ', async ({ page }) => {
  await page.goto('./#/saddle?lang=en');
  const up = (await readTable(page, 'saddle/all-up')) as unknown as { n: number; log10_p: number }[];
  expect(up.at(-1)!.n).toBe(20000);
  for (const row of up) expect(row.log10_p).toBeCloseTo(-row.n * Math.log10(2), 6);
  const h = (await readTable(page, 'saddle/hessian')) as unknown as { n: number; share: number; two_pow_minus_n: number }[];
  expect(h.map((x) => x.n)).toEqual([1, 2, 3, 4, 5, 6]);
  for (const row of h) {
    expect(row.share).toBeGreaterThanOrEqual(0);
    expect(row.share).toBeLessThanOrEqual(1);
    expect(row.two_pow_minus_n).toBe(Math.pow(2, -row.n));
  }
  for (let i = 1; i < h.length; i++) expect(h[i].share).toBeLessThanOrEqual(h[i - 1].share);
  for (let i = 0; i < 4; i++) expect(h[i + 1].share).toBeLessThan(h[i].share);
  // n = 1: a Gaussian's sign; n ≥ 2: eigenvalues repel, so the share is below 2⁻ⁿ (n = 2: (2 − √2)/4 ≈ 0.146).
  expect(Math.abs(h[0].share - 0.5)).toBeLessThan(0.03);
  expect(Math.abs(h[1].share - (2 - Math.SQRT2) / 4)).toBeLessThan(0.015);
  for (const row of h.slice(1)) expect(row.share).toBeLessThan(row.two_pow_minus_n);
});

test('samples=400 from the URL: each share is a count out of 400, and the same link gives the same shares', async ({ page }) => {
  await page.goto('./#/saddle?samples=400&seed=2&lang=en');
  const read = async () => (await readTable(page, 'saddle/hessian')) as unknown as { n: number; share: number }[];
  const h = await read();
  for (const row of h) expect(Math.abs(row.share * 400 - Math.round(row.share * 400))).toBeLessThan(1e-9);
  await page.goto('about:blank');
  await page.goto('./#/saddle?samples=400&seed=2&lang=en');
  expect(await read()).toEqual(h);
});

test('URL round trip: a state set through the controls reloads to the same tables', async ({ page }) => {
  await page.goto('./#/saddle?lang=en');
  await page.locator('input[data-toggle="adadelta"]').uncheck();
  await page.locator('button[data-preset="on-line-noise"]').click();
  await expect(page).toHaveURL(/sigma=0\.01/);
  await page.locator('input[data-param="seed"]').fill('7');
  await expect(page).toHaveURL(/seed=7/);
  const url = page.url();
  const first = await paths(page);
  const firstEsc = await escapes(page);
  expect(new Set(first.map((x) => x.optimizer)).has('adadelta')).toBe(false);
  await page.goto('about:blank');
  await page.goto(url);
  expect(await paths(page)).toEqual(first);
  expect(await escapes(page)).toEqual(firstEsc);
  expect(url).toContain('x0=-1.5,0');
});

test('play, step and reset move the step counter', async ({ page }) => {
  await page.goto('./#/saddle?opt=sgd&steps=5&lang=en');
  const counter = page.locator('.step-counter');
  await expect(counter).toHaveAttribute('data-step', '5');
  await page.locator('.play-controls').getByRole('button', { name: /Reset/ }).click();
  await expect(counter).toHaveAttribute('data-step', '0');
  await page.locator('.play-controls [data-action="step"]').click();
  await expect(counter).toHaveAttribute('data-step', '1');
  await page.locator('.play-controls [data-action="play"]').click();
  await expect(counter).toHaveAttribute('data-step', '5');
});

test('a bad value gets a notice and the default, in Chinese too', async ({ page }) => {
  await page.goto('./#/saddle?sigma=abc&lang=zh');
  const notice = page.locator('.url-notice');
  await expect(notice).toBeVisible();
  await expect(notice.locator('[data-key="sigma"]')).toHaveCount(1);
  const r = await paths(page);
  for (const row of r) expect(row.f).toBeCloseTo(row.x1 * row.x1 - row.x2 * row.x2, 9);
});
