// "Reproduce in Python" downloads of the augmentation lesson: each of its four figures' Python buttons saves a numpy script
// named after the figure, with the URL's n, epochs, seeds, transforms and threshold and this site's data folder written in.
import type { Download, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';

async function save(page: Page, fig: string): Promise<{ name: string; script: string }> {
  const button = page.locator(`[data-figure="${fig}"] [data-export="py"]`);
  const [dl]: [Download, void] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: dl.suggestedFilename(), script: readFileSync((await dl.path())!).toString('utf8') };
}

test('the augmentation figures download scripts with the URL’s settings, comments in the page’s language', async ({ page }) => {
  await page.goto('./#/augmentation?lang=zh&n=100&epochs=1&seeds=1&on=rotate,elastic&rotate=20&elastic=30&threshold=0.9&seed=3');
  const dataUrl = `DATA_URL = '${new URL('data/', page.url()).href}'`;
  const settings = ['N = 100', 'EPOCHS = 1', 'SEEDS = 1', 'SEED = 3', "AUGMENT = {'shift': 0, 'rotate': 20, 'elastic': 30, 'elastic_sigma': 4, 'noise': 0, 'side': 28}", dataUrl];
  for (const [fig, head] of [
    ['accuracy', 'n,augment,seed,test_acc'],
    ['samples', 'row,label,mean_abs_change'],
    ['curves', 'augment,epoch,train_acc,test_acc'],
    ['semi', 'threshold,labelled,test_acc'],
  ]) {
    const { name, script } = await save(page, `augmentation/${fig}`);
    expect(name).toBe(`augmentation-${fig}.py`);
    for (const s of [...settings, `out.write('${head}\\n')`]) expect(script).toContain(s);
    expect(script).toMatch(new RegExp(`运行：python3 augmentation-${fig}\\.py`));
  }
  expect((await save(page, 'augmentation/semi')).script).toContain('THRESHOLDS = [0.5, 0.8, 0.9, 0.99]');
});
