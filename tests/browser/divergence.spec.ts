// Every training figure labels a diverged run: the initialization lesson's MNIST members at a learning rate too large for them.
import { buildData } from '../../src/worker/shared/data/buildData';
import { createCpuPopulation } from '../../src/engine/train';
import { comparisonPopulation, VARIANTS } from '../../src/lessons/initialization/mnistRuns';
import { loadMnistBytesNode } from '../helpers/mnistNode';
import { expect, test } from './fixtures';

/** The update at which each member diverges (null: it does not within the run), from the CPU engine here in Node. */
async function oracle(lr: number, seed: number, epochs: number): Promise<(number | null)[]> {
  const config = comparisonPopulation({ lr, seed, epochs });
  const data = await buildData(config.data, async () => loadMnistBytesNode(), () => undefined);
  const population = createCpuPopulation(config.spec, data, config.members, config.options);
  population.step(epochs * 20);
  return config.members.map((_, m) => (population.progress(m).stopped === 'diverged' ? population.progress(m).divergedAt : null));
}

test('initialization: at η = 2 He and Xavier diverge; the status line and the legend say which and at which update', async ({ page }) => {
  test.setTimeout(120_000);
  const [lr, seed, epochs] = [2, 1, 2];
  const expected = await oracle(lr, seed, epochs);
  // The premise of the test: at this rate the two scaled initializations blow up, std 0.01 (no signal) does not.
  expect(expected[0]).toBeNull();
  expect(expected[2]).not.toBeNull();
  await page.goto(`./#/initialization?lang=en&lr=${lr}&seed=${seed}&epochs=${epochs}`);
  await page.locator('[data-figure="initialization/training"]').scrollIntoViewIfNeeded();
  const note = page.locator('[data-embed="training"] [data-run="diverged"]');
  await expect(note).toBeVisible({ timeout: 90_000 });
  await expect(page.locator('[data-embed="training"] [data-run]').first()).toHaveAttribute('data-run', 'diverged');
  for (let m = 0; m < VARIANTS.length; m++) {
    const at = expected[m];
    if (at === null) continue;
    await expect(note).toContainText(`${VARIANTS[m].label.en} diverged at update ${at}`);
    await expect(page.locator('[data-figure="initialization/training"]')).toContainText(`${VARIANTS[m].label.en} (diverged at update ${at})`);
  }
  await expect(note).not.toContainText(`${VARIANTS[0].label.en} diverged`);
});
