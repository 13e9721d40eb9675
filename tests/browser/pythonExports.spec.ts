// "Reproduce in Python" downloads of the MNIST training lessons: each figure's Python button saves a numpy script named
// after the figure, with the URL's settings and this site's data folder written in, its comments in the page's language.
import { expect, test } from './fixtures';
import { dataUrlLine, downloadScript } from './pythonDownload';

test('the optimizer race: both figures download their script with the racers and rates of the URL', async ({ page }) => {
  await page.goto('./#/optimizers-mnist?lang=en&adam.lr=0.002&extra=adadelta&n=640&epochs=2&seed=7');
  const curves = await downloadScript(page, 'optimizers-mnist/curves');
  expect(curves.name).toBe('optimizers-mnist-curves.py');
  for (const s of ["('adam', lambda: Adam(lr=0.002,", "('adadelta', lambda: AdaDelta(", 'EPOCHS = 2', 'N_TRAIN = 640', 'SEED = 7', dataUrlLine(page)]) {
    expect(curves.text).toContain(s);
  }
  expect(curves.text).toMatch(/Run: python3 optimizers-mnist-curves\.py/);
  const acc = await downloadScript(page, 'optimizers-mnist/accuracy');
  expect(acc.name).toBe('optimizers-mnist-accuracy.py');
  expect(acc.text).toContain("out.write('optimizer,step,test_acc\\n')");
});

test('the minibatch runs and the lr-schedules race download scripts with the URL’s settings, comments in Chinese', async ({ page }) => {
  await page.goto('./#/minibatch?lang=zh&n=100&mepochs=2&mlr=0.02&seed=4');
  const runs = await downloadScript(page, 'minibatch/runs');
  expect(runs.name).toBe('minibatch-runs.py');
  for (const s of ['BATCH_SIZES = [1, 8, 32, 100]', 'LR = 0.02', 'EPOCHS = 2', 'SEED = 4', dataUrlLine(page)]) expect(runs.text).toContain(s);
  expect(runs.text).toMatch(/运行：python3 minibatch-runs\.py/);

  await page.goto('about:blank');
  await page.goto('./#/lr-schedules?lang=zh&lr=0.2&epochs=3&n=300&seed=2');
  const curves = await downloadScript(page, 'lr-schedules/curves');
  expect(curves.name).toBe('lr-schedules-curves.py');
  for (const s of ['LR = 0.2', 'EPOCHS = 3', 'N_TRAIN = 300', 'SEED = 2', "('cosine', {'kind': 'cosine', 'total': 3, 'min': 0}),", dataUrlLine(page)]) {
    expect(curves.text).toContain(s);
  }
  const range = await downloadScript(page, 'lr-schedules/range');
  expect(range.name).toBe('lr-schedules-range.py');
  expect(range.text).toMatch(/运行：python3 lr-schedules-range\.py/);
});

test('the resampling figures download scripts with the rare share, epochs and seed of the URL', async ({ page }) => {
  await page.goto('./#/resampling?lang=en&share=0.1&epochs=2&seed=6');
  const recall = await downloadScript(page, 'resampling/recall');
  expect(recall.name).toBe('resampling-recall.py');
  for (const s of ['SHARE = 0.1', 'EPOCHS = 2', 'SEED = 6', dataUrlLine(page)]) expect(recall.text).toContain(s);
  const confusion = await downloadScript(page, 'resampling/confusion');
  expect(confusion.name).toBe('resampling-confusion.py');
  expect(confusion.text).toContain("out.write('method,true,predicted,count\\n')");
});
