// The augment kernel (src/gpu/kernels/augment.*) on SwiftShader against the engine's transforms (src/engine/data/augment.ts):
// hand-made images, hand-picked rows (one twice), each transform alone and all together, at sides 28 and 6.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '../support/serve.mjs';
import { expect, test } from './fixtures';

/**
 * Largest |kernel − engine| allowed. Shifts and copies are exact (integer coordinates, one bilinear tap). A rotation's
 * source point is u·cos θ − v·sin θ + c with |u|, |v| ≤ 13.5 px: float32 cos/sin and products put it ≲ 4·13.5·6e-8 ≈ 3e-6 px
 * off (the kernel's own sincos: GPU sin/cos may be off by 2⁻¹¹, ~1e-3 here), and a pixel changes by at most |Δcoordinate| (values in [0, 1], unit spacing) in each axis. The elastic field
 * (α = 34 × a sum of ≤ 25 taps) is off by ≲ 34·25·6e-8 ≈ 5e-5 px in float32 against float64 — the largest term; noise adds
 * σ·|Δz| with float32 log/cos (≲ 1e-6). Measured on SwiftShader: ≤ 2.8e-6 (rotation at side 28). Every bound is far below one step of an 8-bit image (1/255 ≈ 4e-3).
 */
const TOL = { exact: 0, warp: 1e-4 };

let server: Server;

test.beforeAll(async () => {
  server = (await serve('dist-bench', 0)) as Server;
});

test.afterAll(() => {
  server?.close();
});

test('the kernel makes the engine\'s augmented pixels for hand-picked rows (each transform, and all together)', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/gpu.html`);
  await page.waitForFunction(() => window.__augmentKernel);
  const checks = await page.evaluate(() => window.__augmentKernel!.check());
  expect(checks.length).toBe(24);
  for (const c of checks) {
    const name = `${c.variant}, side ${c.side}`;
    // Every transform but the copy changes pixels, so a kernel that copied its input would fail here.
    if (c.variant.startsWith('copy')) expect(c.changed, name).toBe(0);
    else expect(c.changed, name).toBeGreaterThan(c.pixels / 20);
    const tol = c.variant.startsWith('copy') || c.variant.startsWith('shift') ? TOL.exact : TOL.warp;
    expect(c.maxDiff, name).toBeLessThanOrEqual(tol);
  }
  console.log(JSON.stringify(checks.map((c) => [c.variant, c.side, c.maxDiff])));
  expect(errors).toEqual([]);
});
