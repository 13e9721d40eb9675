// The hyperparameter search draws a new network for every trial, as the book's script does: trials whose learning rate is
// too small to move the weights score what their own random initial weights score, so they scatter instead of sharing one value.
import { expect, readTable, test } from './fixtures';

type Row = { trial: number; lr: number; weight_decay: number; val_acc: number };

test('trials at lr ≈ 10⁻⁶ keep their own initial weights: their validation accuracies differ, and the reading gives their range', async ({ page }) => {
  test.setTimeout(60_000);
  // 8 trials, lr = 10^U(−6.05, −5.95), 1 epoch of 20 updates of batch 20: each weight moves by about 20 · 10⁻⁶ · |g|, nothing.
  await page.goto('./#/hyperparameter-search?lang=en&trials=8&epochs=1&lr.lo=-6&lr.hi=-6');
  const reading = page.locator('[data-reading="search"]');
  await expect(reading).toHaveAttribute('data-done', '8', { timeout: 45_000 });
  await expect.poll(async () => (await readTable(page, 'hyperparameter-search/trials')).length, { timeout: 5_000 }).toBe(8);
  const rows = (await readTable(page, 'hyperparameter-search/trials')) as unknown as Row[];
  for (const r of rows) {
    expect(Math.abs(Math.log10(r.lr) + 6)).toBeLessThanOrEqual(0.05 + 1e-9);
    // An untrained network on 100 validation digits: near guessing among 10 classes, and a whole number of digits.
    expect(r.val_acc).toBeLessThan(0.35);
    expect(Math.abs(r.val_acc * 100 - Math.round(r.val_acc * 100))).toBeLessThan(1e-6);
  }
  // One shared initialization would give all 8 the same accuracy (their lr differ by ≤ 26 % of 10⁻⁶: no update counts).
  const distinct = new Set(rows.map((r) => r.val_acc));
  expect(distinct.size).toBeGreaterThanOrEqual(3);
  // The reading of the trials with lr ≤ 10⁻⁵: all 8, from the lowest accuracy of the table to the highest.
  const acc = rows.map((r) => r.val_acc);
  await expect(reading).toHaveAttribute('data-low-count', '8');
  expect(Number(await reading.getAttribute('data-low-min'))).toBe(Math.min(...acc));
  expect(Number(await reading.getAttribute('data-low-max'))).toBe(Math.max(...acc));
  await expect(reading).toContainText(`from ${Math.round(100 * Math.min(...acc))} % to ${Math.round(100 * Math.max(...acc))} %`);
});
