// The WebGPU backend in real Chromium on SwiftShader (dist-bench's gpu.html harness): every kernel against its CPU twin,
// whole runs (populations of one) step by step against the CPU engine, buffer leaks, and device loss (last: it costs
// the device). One page for all, so the pipelines compile once.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from '@playwright/test';
import { serve } from '../support/serve.mjs';
import { GPU_CASES, NORM_SCALE_CASES, RUN_TOL } from '../gpu/cases';
import { expect, test } from './fixtures';

test.describe.configure({ mode: 'serial' });

let server: Server;
let page: Page;
const pageErrors: string[] = [];

test.beforeAll(async ({ browser }) => {
  server = (await serve('dist-bench', 0)) as Server;
  page = await browser.newPage();
  page.on('console', (m) => m.type() === 'error' && pageErrors.push(m.text()));
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/gpu.html`);
  await page.waitForFunction(() => window.__gpuHarness);
});

test.afterEach(async () => {
  expect(pageErrors, 'console errors on the harness page').toEqual([]);
  expect(await page.evaluate(() => window.__gpuHarness!.unhandled), 'unhandled promise rejections').toEqual([]);
});

test.afterAll(async () => {
  await page?.close();
  server?.close();
});

for (const c of [...GPU_CASES, ...NORM_SCALE_CASES]) {
  // Both tile shapes of the dense kernels on this adapter: the software one (SwiftShader's default) and the hardware one.
  for (const shape of ['software', 'hardware'] as const) {
    test(`kernels match their CPU twins on the inputs the GPU saw (${c.name}, ${shape} matmul shape)`, async () => {
      const { checks, matmul } = await page.evaluate(([name, s]) => window.__gpuHarness!.kernelCase(name, s), [c.name, shape] as const);
      const shapes = await page.evaluate(() => window.__gpuHarness!.matmulShapes);
      expect(shapes.software, 'two different shapes').not.toEqual(shapes.hardware);
      expect(matmul, 'the dense kernels ran with the shape asked for').toEqual(shapes[shape]);
      expect(checks.length).toBeGreaterThan(15);
      for (const check of checks) expect(check.ratio, `${check.name}: error / tolerance`).toBeLessThanOrEqual(1);
    });
  }
}

for (const c of GPU_CASES) {
  test(`a whole run matches the CPU engine step by step (${c.name})`, async () => {
    const r = await page.evaluate((name) => window.__gpuHarness!.parity(name), c.name);
    expect(r.gpuSteps, 'metrics of every step come back').toBe(r.steps);
    if (c.diverges) {
      expect(r.progressGpu).toEqual(r.progressCpu);
      expect((r.progressGpu as { stopped: string }).stopped).toBe('diverged');
    } else {
      expect(r.steps).toBeGreaterThanOrEqual(50);
      const { bestValidationLoss: bg, ...gpu } = r.progressGpu as { bestValidationLoss: number };
      const { bestValidationLoss: bc, ...cpu } = r.progressCpu as { bestValidationLoss: number };
      expect(gpu).toEqual(cpu);
      if (Number.isFinite(bc)) expect(Math.abs(bg - bc) / bc).toBeLessThanOrEqual(RUN_TOL.evalLoss);
    }
    expect(r.lossRel, `loss, worst at step ${r.lossRelStep}`).toBeLessThanOrEqual(RUN_TOL.loss);
    expect(r.gradNormRel).toBeLessThanOrEqual(RUN_TOL.gradNorm);
    expect(r.accuracyMaxDiff).toBe(0);
    expect(r.paramsRel).toBeLessThanOrEqual(RUN_TOL.params);
    expect(r.runningRel, 'batch-norm running statistics').toBeLessThanOrEqual(RUN_TOL.running);
    expect(r.evalLossRel, 'per-epoch evaluation').toBeLessThanOrEqual(RUN_TOL.evalLoss);
    expect(r.masksEqual, `${r.maskBits} dropout keep bits identical`).toBe(true);
  });
}

test('creating and disposing twenty managed GPU populations of one leaves no buffer alive', async () => {
  const r = await page.evaluate(() => window.__gpuHarness!.leakCheck());
  expect(r.during).toBeGreaterThan(r.before);
  expect(r.after).toBe(r.before);
});

test("backend 'auto', measuring, times both engines, keeps the faster, and starts from step 0", async () => {
  const r = await page.evaluate(() => window.__gpuHarness!.autoChoice());
  expect(r.status.fallbackAdapter).toBe(true);
  expect(['auto-gpu-faster', 'auto-cpu-faster']).toContain(r.status.reason);
  const [, gpuMs, cpuMs] = /gpu ([\d.]+), cpu ([\d.]+)/.exec(r.status.detail ?? '') ?? [];
  expect(r.status.backend).toBe(Number(cpuMs) < Number(gpuMs) ? 'cpu' : 'webgpu');
  expect(r.step).toBe(1);
  expect(Math.abs(r.firstLossGpuOrCpu - r.firstLossCpu) / r.firstLossCpu).toBeLessThanOrEqual(RUN_TOL.loss);
});

test('destroying the device mid-run moves training to the CPU engine and says so', async () => {
  const r = await page.evaluate(() => window.__gpuHarness!.deviceLoss());
  expect(r.before).toBe('webgpu');
  expect(r.after).toBe('cpu');
  expect(r.statuses.map((s) => [s.backend, s.reason])).toEqual([
    ['webgpu', 'requested-gpu'],
    ['cpu', 'device-lost'],
  ]);
  expect(r.takenAfter).toBe(12);
  expect(r.lossesFinite).toBe(true);
  expect(r.live, 'GPU buffers left after the loss').toBe(0);
});
