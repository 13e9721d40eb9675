// "Export → Python" on the gradients lesson's four figures and the batch-norm lesson's step-by-step, modes, histograms and
// book-view figures: each button downloads a numpy script named after its figure, with the URL's settings and this site's
// data URL written in.
import { expect, test } from './fixtures';
import { dataUrlLine, downloadScript } from './pythonDownload';

test('gradients: the four figures download their numpy scripts with the URL’s settings', async ({ page }) => {
  await page.goto('./#/gradients?lang=en&backend=cpu&act=tanh&depth=3&units=12&epochs=1&clip=1.5&bn=after&seed=4');
  for (const fig of ['norms', 'profile', 'factors', 'compare']) {
    const g = await downloadScript(page, `gradients/${fig}`);
    expect(g.name).toBe(`gradients-${fig}.py`);
    for (const s of ['SIZES = [784] + [12] * 3 + [10]', 'EPOCHS = 1', 'SEED = 4', 'class DeepNet(ToyNet):', dataUrlLine(page)]) expect(g.text).toContain(s);
    if (fig !== 'compare') for (const s of ["ACTIVATION = 'tanh'", 'CLIP = 1.5', "BATCH_NORM = 'after'"]) expect(g.text).toContain(s);
  }
});

test('batch-norm: the step-by-step, modes, histograms and book-view figures download their numpy scripts', async ({ page }) => {
  await page.goto('./#/batch-norm?lang=zh&backend=cpu&stds=2&epochs=1&n=100&place=after&panel=2&layer=3');
  for (const fig of ['algorithm', 'modes', 'histograms', 'book-view']) {
    const b = await downloadScript(page, `batch-norm/${fig}`);
    expect(b.name).toBe(`batch-norm-${fig}.py`);
    for (const s of ["PLACE = 'after'", 'EPOCHS = 1', 'N_TRAIN = 100', 'class BatchNormalization:', dataUrlLine(page)]) expect(b.text).toContain(s);
    expect(b.text).toMatch(new RegExp(`运行：python3 batch-norm-${fig}\\.py`));
  }
});
