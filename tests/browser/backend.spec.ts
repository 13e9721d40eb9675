// A lesson trains on either backend with the same numbers: backend=gpu (WebGPU on SwiftShader) against backend=cpu.
import type { Page } from '@playwright/test';
import { expect, readTable, test } from './fixtures';

type Curve = { epoch: number; train_loss: number; test_loss: number };
const EPOCHS = 15;

async function curves(page: Page, backend: string): Promise<Curve[]> {
  await page.goto('about:blank');
  await page.goto(`./#/generalization?lang=en&epochs=${EPOCHS}&backend=${backend}`);
  await expect(page.locator('[data-run="stopped"]')).toBeVisible({ timeout: 150_000 });
  let rows: Curve[] = [];
  await expect
    .poll(async () => {
      rows = (await readTable(page, 'generalization/curves')) as unknown as Curve[];
      return rows.length;
    })
    .toBe(EPOCHS);
  return rows;
}

test('the generalization lesson gives the same loss curves on WebGPU and on the CPU engine', async ({ page }) => {
  test.setTimeout(300_000);
  const gpu = await curves(page, 'gpu');
  await expect(page.locator('.backend-badge')).toHaveAttribute('data-run-backend', 'webgpu');
  const cpu = await curves(page, 'cpu');
  await expect(page.locator('.backend-badge')).toHaveAttribute('data-reason', 'requested-cpu');
  // Same seed, same data, same order of updates: float32 on both, so only rounding differs (parity tests: ≤ 1e-5).
  for (let e = 0; e < EPOCHS; e++) {
    expect(Math.abs(gpu[e].train_loss - cpu[e].train_loss) / cpu[e].train_loss, `epoch ${e + 1} train`).toBeLessThan(1e-3);
    expect(Math.abs(gpu[e].test_loss - cpu[e].test_loss) / cpu[e].test_loss, `epoch ${e + 1} test`).toBeLessThan(1e-3);
  }
});

test('backend=auto on a software adapter trains on the CPU engine and says why', async ({ page }) => {
  test.setTimeout(90_000); // the 60 s wait below fits inside it
  await page.goto('./#/generalization?lang=en&epochs=5');
  await expect(page.locator('[data-run="stopped"]')).toBeVisible({ timeout: 60_000 });
  const badge = page.locator('.backend-badge');
  await expect(badge).toHaveAttribute('data-reason', 'software-adapter');
  await expect(badge).toContainText('software');
});
