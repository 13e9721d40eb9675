// "Export → Python" on the fine-tuning lesson's four training figures: each button downloads a numpy script named after its
// figure, with the URL's settings (k, lower layers, seeds, both epoch counts, digits read, seed) and this site's data URL
// written in — before step 2 starts (the waiting figures) and once the networks of step 2 have trained.
import { expect, test } from './fixtures';
import { dataUrlLine, downloadScript } from './pythonDownload';

const SETTINGS = ['K = 7', "LOWER = 'slow'", 'FACTORS = [0.1, 0.1, 1]', 'SEEDS = 1', 'EPOCHS = 1', 'PRE_EPOCHS = 1', 'PRE = 500', 'TEST = 100', 'SEED = 2', 'K_VALUES = [1, 3, 7, 10, 30, 100]'];

test('fine-tuning: the four figures download their numpy scripts with the URL’s settings and the site’s data URL', async ({ page }) => {
  await page.goto('./#/fine-tuning?lang=zh&pre=500&preEpochs=1&epochs=1&seeds=1&test=100&k=7&lower=slow&seed=2');
  const dataUrl = dataUrlLine(page);
  for (const fig of ['pretrain', 'accuracy', 'curves', 'weights']) {
    const s = await downloadScript(page, `fine-tuning/${fig}`);
    expect(s.name).toBe(`fine-tuning-${fig}.py`);
    for (const line of [...SETTINGS, 'class Adam:', dataUrl]) expect(s.text).toContain(line);
    expect(s.text).toMatch(new RegExp(`运行：python3 fine-tuning-${fig}\\.py`));
  }
  // Once step 2 runs, its figures (now FineTuneSections') keep the button.
  await expect(page.locator('[data-reading="pretrain"]')).toHaveAttribute('data-done', 'yes', { timeout: 90_000 });
  const a = await downloadScript(page, 'fine-tuning/accuracy');
  expect(a.text).toContain("print('k,method,seed,test_acc', flush=True)");
  for (const line of SETTINGS) expect(a.text).toContain(line);
});
