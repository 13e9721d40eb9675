// The early-stopping lesson from hand-written URLs: the stop and the kept weights read from the tables and checked against the curve.
import type { Page } from '@playwright/test';
import { expect, readTable, test } from './fixtures';

type Curve = { epoch: number; train_loss: number; val_loss: number };
type Stop = { epoch: number; reason: string };

/** Opens a link, waits for the full runs' `epochs` curve rows and the early-stopped run's stop row. */
async function finished(page: Page, query: string, epochs: number, lang = 'en'): Promise<{ curves: Curve[]; stop: Stop }> {
  await page.goto(`./#/early-stopping?lang=${lang}&${query}&epochs=${epochs}`);
  await expect.poll(async () => (await readTable(page, 'early-stopping/curves')).length, { timeout: 80_000 }).toBe(epochs);
  await expect.poll(async () => (await readTable(page, 'early-stopping/stop')).length, { timeout: 10_000 }).toBe(1);
  const curves = (await readTable(page, 'early-stopping/curves')) as unknown as Curve[];
  expect(curves.map((r) => r.epoch)).toEqual(Array.from({ length: epochs }, (_, i) => i + 1));
  const [stop] = (await readTable(page, 'early-stopping/stop')) as unknown as Stop[];
  return { curves, stop };
}

/** The stop rule recomputed from the curve: the first epoch that makes `patience` epochs without a new minimum, else the budget. */
function expectedStop(val: number[], patience: number): { best: number; stop: number; reason: string } {
  let best = 0;
  for (let e = 1; e < val.length; e++) {
    if (val[e] < val[best]) best = e;
    else if (e - best >= patience) return { best: best + 1, stop: e + 1, reason: 'early-stopping' };
  }
  return { best: best + 1, stop: val.length, reason: 'epochs' };
}

for (const seed of [1, 2]) {
  test(`seed ${seed}: training stops at the best validation epoch + patience and keeps weights whose validation loss is the curve’s minimum up to the stop`, async ({ page }) => {
    test.setTimeout(100_000);
    const patience = 3;
    const { curves, stop } = await finished(page, `n=200&patience=${patience}&seed=${seed}`, 30);
    const val = curves.map((r) => r.val_loss);
    const want = expectedStop(val, patience);
    expect(want.reason).toBe('early-stopping'); // 160 digits overfit within 30 epochs: the rule must fire
    expect(stop).toEqual({ epoch: want.stop, reason: want.reason });
    expect(stop.epoch).toBe(want.best + patience);
    const reading = page.locator('[data-reading="stop"]');
    await expect(reading).toHaveAttribute('data-kept-val-loss', /\d/);
    const kept = Number(await reading.getAttribute('data-kept-val-loss'));
    // The restored weights, evaluated anew in the worker, have the lowest validation loss the curve shows up to the stop
    // (the full run may dip lower later: early stopping cannot know that).
    expect(kept).toBeCloseTo(Math.min(...val.slice(0, stop.epoch)), 5);
    expect(kept).toBeCloseTo(val[want.best - 1], 5);
    expect(kept).toBeLessThan(val[stop.epoch - 1]);
    await expect(reading).toContainText(`training stopped at epoch ${want.stop}`);
  });
}

test('with patience beyond the budget the run ends with the budget, and the stop table says so', async ({ page }) => {
  test.setTimeout(60_000);
  const { curves, stop } = await finished(page, 'n=100&patience=50', 6);
  expect(stop).toEqual({ epoch: 6, reason: 'epochs' });
  const kept = Number(await page.locator('[data-reading="stop"]').getAttribute('data-kept-val-loss'));
  // No stop fired, so nothing was restored: the last epoch's weights remain.
  expect(kept).toBeCloseTo(curves[curves.length - 1].val_loss, 5);
});

test('the L2 net ends with a higher training loss than the plain one (λ = 0.05); the Chinese page reads in Chinese', async ({ page }) => {
  test.setTimeout(60_000);
  await finished(page, 'n=100&lambda=0.05&patience=50', 10, 'zh');
  const rows = (await readTable(page, 'early-stopping/compare')) as Record<string, number | string>[];
  const last = (v: string) => rows.filter((r) => r.variant === v).at(-1)!;
  expect(Number(last('l2').train_loss)).toBeGreaterThan(Number(last('plain').train_loss));
  await expect(page.locator('h1')).toHaveText('早停');
  await expect(page.locator('[data-reading="compare"]')).toContainText('L2 网络');
});

test('on WebGPU (backend=gpu) the GPU trainer’s early stopping stops and restores as the rule says on its own curve', async ({ page }) => {
  test.setTimeout(60_000);
  const patience = 1;
  const { curves, stop } = await finished(page, `n=100&patience=${patience}&lr=0.3&backend=gpu`, 8);
  await expect(page.locator('header')).toContainText('WebGPU');
  const val = curves.map((r) => r.val_loss);
  const want = expectedStop(val, patience);
  expect(stop).toEqual({ epoch: want.stop, reason: want.reason });
  const kept = Number(await page.locator('[data-reading="stop"]').getAttribute('data-kept-val-loss'));
  expect(kept).toBeCloseTo(Math.min(...val.slice(0, stop.epoch)), 4);
});
