// "Reproduce in Python" downloads of the augmentation lesson: each of its four figures' Python buttons saves a numpy script
// named after the figure, with the URL's n, epochs, seeds, transforms and threshold and this site's data folder written in.
import { expect, test } from './fixtures';
import { dataUrlLine, downloadScript } from './pythonDownload';

test('the augmentation figures download scripts with the URL’s settings, comments in the page’s language', async ({ page }) => {
  await page.goto('./#/augmentation?lang=zh&n=100&epochs=1&seeds=1&on=rotate,elastic&rotate=20&elastic=30&threshold=0.9&seed=3');
  const dataUrl = dataUrlLine(page);
  const settings = ['N = 100', 'EPOCHS = 1', 'SEEDS = 1', 'SEED = 3', "AUGMENT = {'shift': 0, 'rotate': 20, 'elastic': 30, 'elastic_sigma': 4, 'noise': 0, 'side': 28}", dataUrl];
  for (const [fig, head] of [
    ['accuracy', 'n,augment,seed,test_acc'],
    ['samples', 'row,label,mean_abs_change'],
    ['curves', 'augment,epoch,train_acc,test_acc'],
    ['semi', 'threshold,labelled,test_acc'],
  ]) {
    const { name, text: script } = await downloadScript(page, `augmentation/${fig}`);
    expect(name).toBe(`augmentation-${fig}.py`);
    for (const s of [...settings, `out.write('${head}\\n')`]) expect(script).toContain(s);
    expect(script).toMatch(new RegExp(`运行：python3 augmentation-${fig}\\.py`));
  }
  expect((await downloadScript(page, 'augmentation/semi')).text).toContain('THRESHOLDS = [0.5, 0.8, 0.9, 0.99]');
});
