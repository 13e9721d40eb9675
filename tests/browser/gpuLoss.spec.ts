// Losing the GPU mid-run: each lesson that trains in a worker goes on on the CPU from its last snapshot, and says why.
// The device is destroyed through the worker protocol's debugLoseGpu test hook (installed by ?debug=gpu-loss only).
// Optimizers computes its 2-D paths on the page, with no worker or GPU, so it has no case here. Every lesson below reaches
// the GPU through the same run hook and managed population; the cases differ in where the page shows the run: a lesson's
// own figure (initialization), controls in another section (generalization), an embedded run with its own status line
// (weight-decay, optimizers-mnist: four members). Dropout and gradients took this same path and were dropped for time.
import type { Page } from '@playwright/test';
import { expect, readTable, test } from './fixtures';

interface LessonCase {
  lesson: string;
  /** Lesson parameters: small enough for a busy machine, long enough to be mid-run when the device goes. */
  query: string;
  figure: string;
  /** Data-table rows that show the run is under way on the GPU before the device is destroyed. */
  before: number;
  /** The column whose largest value says how far the run got (it must grow after the loss). */
  progress: string;
  /** The run's status line (default: the page's first); a lesson whose first figure finishes early names its own. */
  status?: string;
  /** The section whose Play/Pause drives the run (default: the figure's own section). */
  controls?: string;
}

const CASES: LessonCase[] = [
  { lesson: 'initialization', query: 'epochs=100', figure: 'initialization/training', before: 6, progress: 'step' },
  { lesson: 'generalization', query: 'epochs=2000', figure: 'generalization/curves', before: 3, progress: 'epoch', controls: 'section[data-embed="fit"]' },
  { lesson: 'weight-decay', query: 'epochs=5&mnist.epochs=300&mnist.n=100', figure: 'weight-decay/mnist', before: 4, progress: 'epoch', status: '[data-embed="mnist"] .run-status' },
  { lesson: 'optimizers-mnist', query: 'n=256&epochs=100', figure: 'optimizers-mnist/curves', before: 2 * 4, progress: 'step', status: '[data-embed="curves"] .run-status' },
];

async function furthest(page: Page, figure: string, column: string): Promise<number> {
  const rows = await readTable(page, figure);
  return rows.reduce((m, r) => Math.max(m, Number(r[column])), 0);
}

for (const c of CASES) {
  test(`${c.lesson}: destroying the worker's GPU device mid-run hands the run to the CPU, which trains on, and the page says why`, async ({ page }) => {
    test.setTimeout(240_000);
    await page.goto(`./?debug=gpu-loss#/${c.lesson}?lang=en&backend=gpu&${c.query}`);
    // The run trains while the section it watches is on screen (generalization watches its fit, above the curves).
    await page.locator(c.controls ?? `[data-figure="${c.figure}"]`).first().scrollIntoViewIfNeeded();
    const badge = page.locator('.backend-badge');
    const status = page.locator(c.status ?? '.run-status').first();
    // Compiling the pipelines on SwiftShader is slow on a busy machine: wait on the table, within the test's limit.
    await expect.poll(async () => (await readTable(page, c.figure)).length, { timeout: 150_000 }).toBeGreaterThanOrEqual(c.before);
    await expect(badge).toHaveAttribute('data-run-backend', 'webgpu');
    await expect(status).toHaveAttribute('data-backend', 'webgpu');

    // Pause first, so the premise holds on any machine: the device goes mid-run, not after a fast run has finished
    // (generalization once ran its 2000 epochs out before the first read after the hand-over).
    const section = c.controls ? page.locator(c.controls) : page.locator('section').filter({ has: page.locator(`[data-figure="${c.figure}"]`) }).last();
    const play = section.locator('[data-action="play"]').first();
    // (A run whose controls scrolled off screen already waits, not pressed: Play below resumes it either way.)
    if ((await play.getAttribute('aria-pressed')) === 'true') await play.click();
    await expect(play).toHaveAttribute('aria-pressed', 'false');

    const destroyed = await page.evaluate(() => (window as unknown as { __trainingDebug: { loseGpu(): Promise<boolean> } }).__trainingDebug.loseGpu());
    expect(destroyed).toBe(true);
    await expect(badge).toHaveAttribute('data-run-backend', 'cpu');
    await expect(badge).toHaveAttribute('data-reason', 'device-lost');
    await expect(status).toHaveAttribute('data-backend', 'cpu');
    await expect(status).toContainText('on the CPU');
    await expect(status).toContainText('GPU stopped working');

    // Training goes on when played again: the run gets further than where it was when the device went.
    const atLoss = await furthest(page, c.figure, c.progress);
    // force: SwiftShader's GPU process may still be working through the lost device's queued steps, which holds back the
    // compositor frames Playwright waits on to call a button stable (the press itself went through at once: the CPU run moved on within a second).
    await play.click({ force: true });
    await expect.poll(() => furthest(page, c.figure, c.progress), { timeout: 60_000 }).toBeGreaterThan(atLoss + 1);
    await expect(page.locator('.lesson')).toBeVisible();
  });
}
