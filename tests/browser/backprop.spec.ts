// The backprop lesson from hand-written URLs: every backprop gradient against its finite difference, stepping node by node, editing the input, and the CPU/GPU timing table.
import type { Page } from '@playwright/test';
import { expect, readTable, test } from './fixtures';

type GradRow = { param: string; backprop: number; numeric: number };
type StepRow = { step: number; phase: string; node: string; value: number };
type TimingRow = { width: number; cpu_ms: number; gpu_ms: number | string };
const grads = async (page: Page) => (await readTable(page, 'backprop/gradients')) as unknown as GradRow[];
const steps = async (page: Page) => (await readTable(page, 'backprop/graph')) as unknown as StepRow[];
const rel = (a: number, b: number) => Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b), 1e-12);

/** Every gradient within 1e-6 relative of its central difference (an exact 0 within 1e-9 absolute). */
function expectAllMatch(rows: GradRow[]) {
  expect(rows.map((r) => r.param)).toEqual(['w11', 'w12', 'w13', 'w21', 'w22', 'w23', 'b1', 'b2', 'b3', 'v11', 'v12', 'v21', 'v22', 'v31', 'v32', 'c1', 'c2']);
  for (const r of rows) {
    if (Math.abs(r.backprop) < 1e-9) expect(Math.abs(r.numeric), r.param).toBeLessThan(1e-9);
    else expect(rel(r.backprop, r.numeric), r.param).toBeLessThan(1e-6);
  }
}

test('the course’s example: z₁ = 4 and z₂ = −2 from x = (1, −1); all 17 gradients match their finite differences', async ({ page }) => {
  await page.goto('./#/backprop?lang=en');
  const s = await steps(page);
  expect(s).toHaveLength(22);
  // By hand: z₁ = 1·1 + (−2)(−1) + 1 = 4, z₂ = (−1)·1 + 1·(−1) + 0 = −2, σ(4) = 1/(1 + e⁻⁴).
  expect(s[0]).toMatchObject({ phase: 'forward', node: 'z1', value: 4 });
  expect(s[1].value).toBe(-2);
  expect(s[3].value).toBeCloseTo(1 / (1 + Math.exp(-4)), 12);
  const g = await grads(page);
  expectAllMatch(g);
  // The chain rule's shape: ∂L/∂w_1j = x₁ ∂L/∂b_j and ∂L/∂w_2j = x₂ ∂L/∂b_j; softmax + cross-entropy: ∂L/∂c₁ + ∂L/∂c₂ = 0.
  const by = Object.fromEntries(g.map((r) => [r.param, r.backprop]));
  for (const j of [1, 2, 3]) {
    expect(by[`w1${j}`]).toBeCloseTo(1 * by[`b${j}`], 14);
    expect(by[`w2${j}`]).toBeCloseTo(-1 * by[`b${j}`], 14);
  }
  expect(by.c1 + by.c2).toBeCloseTo(0, 14);
});

test('random weights from a seed, another input and target: every gradient still matches', async ({ page }) => {
  await page.goto('./#/backprop?weights=seed&seed=7&x1=-2.3&x2=0.4&target=2&lang=en');
  const g = await grads(page);
  expectAllMatch(g);
  const by = Object.fromEntries(g.map((r) => [r.param, r.backprop]));
  for (const j of [1, 2, 3]) expect(by[`w1${j}`]).toBeCloseTo(-2.3 * by[`b${j}`], 12);
});

test('stepping computes one node per step: forward values below the nodes, then gradients above them', async ({ page }) => {
  await page.goto('./#/backprop?lang=en');
  const pass = page.locator('section.backprop-pass');
  await pass.locator('[data-action="reset"]').click();
  await expect(pass.locator('.step-counter')).toHaveAttribute('data-step', '0');
  await expect(pass.locator('.node-value')).toHaveCount(2);
  await pass.locator('[data-action="step"]').click();
  await expect(pass.locator('.step-panel')).toHaveAttribute('data-node', 'z1');
  await expect(pass.locator('[data-node="z1"] .node-value')).toHaveAttribute('data-value', '4');
  await expect(pass.locator('.step-panel .formula').nth(1)).toHaveAttribute('data-tex', /= 4$/);
  for (let i = 2; i <= 12; i++) {
    await pass.locator('[data-action="step"]').click();
    await expect(pass.locator('.step-counter')).toHaveAttribute('data-step', String(i));
  }
  // Step 12: the backward pass starts at L with ∂L/∂L = 1.
  await expect(pass.locator('.step-panel')).toHaveAttribute('data-phase', 'backward');
  await expect(pass.locator('[data-node="L"] .node-grad')).toHaveAttribute('data-grad', '1');
  await expect(pass.locator('.node-value')).toHaveCount(13);
  await expect(pass.locator('.node-grad')).toHaveCount(1);
  for (let i = 13; i <= 22; i++) await pass.locator('[data-action="step"]').click();
  await expect(pass.locator('.step-counter')).toHaveAttribute('data-step', '22');
  await expect(pass.locator('.node-grad')).toHaveCount(11);
  // The last step (z₃) completes ∂L/∂w₁₃, ∂L/∂w₂₃, ∂L/∂b₃: their rows are highlighted and every row shows its gradient.
  await expect(page.locator('.grad-table tr.fresh')).toHaveCount(3);
  await expect(page.locator('.grad-table tr[data-param-row="w13"]')).toHaveClass(/fresh/);
  await expect(page.locator('.grad-table td', { hasText: '…' })).toHaveCount(0);
});

test('editing the input changes the URL and the numbers', async ({ page }) => {
  await page.goto('./#/backprop?lang=en');
  const before = await grads(page);
  await page.locator('input[data-param="x1"]').fill('2');
  await expect(page).toHaveURL(/x1=2(&|$)/);
  // z₁ = 1·2 + (−2)(−1) + 1 = 5.
  await expect.poll(async () => (await steps(page))[0].value).toBe(5);
  const after = await grads(page);
  expectAllMatch(after);
  expect(after.find((r) => r.param === 'w11')!.backprop).not.toBe(before.find((r) => r.param === 'w11')!.backprop);
  await page.locator('select[data-param="target"]').selectOption('2');
  await expect(page).toHaveURL(/target=2/);
  await expect.poll(async () => (await grads(page)).find((r) => r.param === 'c2')!.backprop).toBeLessThan(0);
});

test('the timing fills one row per width with positive times on both engines and says the adapter is a software one', async ({ page }) => {
  await page.goto('./#/backprop?widths=8,16&batch=8&lang=en');
  const section = page.locator('section.backprop-timing');
  await section.locator('[data-action="measure"]').click();
  await expect(section.locator('.timing-status')).toHaveAttribute('data-phase', /running|done/);
  await expect(section.locator('.timing-status')).toHaveAttribute('data-phase', 'done', { timeout: 50_000 });
  const rows = (await readTable(page, 'backprop/timing')) as unknown as TimingRow[];
  expect(rows.map((r) => r.width)).toEqual([8, 16]);
  for (const r of rows) {
    expect(Number.isFinite(r.cpu_ms) && r.cpu_ms > 0).toBe(true);
    expect(typeof r.gpu_ms === 'number' && Number.isFinite(r.gpu_ms) && r.gpu_ms > 0).toBe(true);
  }
  // The tests' adapter is SwiftShader: the page must say plainly that it is a software GPU.
  await expect(section.locator('.timing-verdict')).toHaveAttribute('data-verdict', 'software');
  await expect(section.locator('.timing-verdict')).toContainText('software');
});
