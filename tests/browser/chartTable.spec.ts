// A line chart draws exactly its data table: after a run ends, after a resize and after a new run, the vertices of
// every curve, read back through the chart's own axis ticks, are the table's rows (generalization and dropout).
import type { Download, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expect, readTable, test } from './fixtures';

/** One curve of a figure: its path's vertices in data units (x, y) and the tick labels' mapping used to read them. */
interface Drawn {
  label: string;
  points: [number, number][];
}

/**
 * Reads every `path[data-series]` of the figure's line chart and maps its vertices back to data units through the
 * axes' tick labels (their text is the value, their position the pixel): independent of how the chart draws.
 */
async function drawnCurves(page: Page, figure: string): Promise<Drawn[]> {
  return page.locator(`[data-figure="${figure}"] .ring-line-chart`).evaluate((chart) => {
    const num = (s: string) => Number(s.replace(/−/g, '-').replace(/,/g, ''));
    const ticks = (sel: string, attr: 'x' | 'y') =>
      Array.from(chart.querySelectorAll<SVGTextElement>(sel))
        .map((t) => [num(t.textContent ?? ''), Number(t.getAttribute(attr))] as [number, number])
        .filter(([v, p]) => Number.isFinite(v) && Number.isFinite(p));
    const xt = ticks('.axis-bottom text:not(.axis-label)', 'x');
    const yt = ticks('.axis-left text:not(.axis-label)', 'y');
    const log = chart.getAttribute('data-y-scale') === 'log';
    // Pixel → value from the first and last tick (y in log10 on a log axis).
    const inv = (t: [number, number][], f: (v: number) => number, g: (u: number) => number) => {
      const [[v0, p0], [v1, p1]] = [t[0], t[t.length - 1]];
      return (p: number) => g(f(v0) + ((p - p0) * (f(v1) - f(v0))) / (p1 - p0));
    };
    const id = (v: number) => v;
    const xOf = inv(xt, id, id);
    const yOf = log ? inv(yt, Math.log10, (u) => Math.pow(10, u)) : inv(yt, id, id);
    return Array.from(chart.querySelectorAll<SVGPathElement>('path[data-series]')).map((p) => {
      const d = p.getAttribute('d') ?? '';
      const nums = (d.match(/-?\d+(\.\d+)?(e-?\d+)?/g) ?? []).map(Number);
      const points: [number, number][] = [];
      for (let i = 0; i + 1 < nums.length; i += 2) points.push([xOf(nums[i]), yOf(nums[i + 1])]);
      return { label: p.getAttribute('data-series') ?? '', points };
    });
  });
}

/**
 * Polls until every curve `label → rows` of the figure is drawn vertex for vertex: as many vertices as rows, each at
 * its row's x (within 0.6 % of the x range) and y (within 2 % of the value, or 0.02 of a linear [0, 1] axis).
 */
async function expectChartIsTable(page: Page, figure: string, want: Record<string, [number, number][]>, log: boolean) {
  const xSpan = Math.max(...Object.values(want).flatMap((rows) => rows.map((r) => r[0])));
  const mismatch = async () => {
    const drawn = await drawnCurves(page, figure);
    const problems: string[] = [];
    for (const [label, rows] of Object.entries(want)) {
      const curve = drawn.find((c) => c.label === label);
      if (!curve) {
        problems.push(`${label}: no path`);
        continue;
      }
      if (curve.points.length !== rows.length) {
        problems.push(`${label}: ${curve.points.length} vertices drawn, ${rows.length} rows in the table`);
        continue;
      }
      rows.forEach(([x, y], i) => {
        const [dx, dy] = curve.points[i];
        const yOk = log ? Math.abs(Math.log(dy / y)) < 0.02 : Math.abs(dy - y) < 0.02;
        if (Math.abs(dx - x) > 0.006 * xSpan || !yOk) problems.push(`${label} row ${i}: table (${x}, ${y}), drawn (${dx}, ${dy})`);
      });
    }
    return problems.slice(0, 3).join('; ');
  };
  await expect.poll(mismatch, { timeout: 10_000 }).toBe('');
}

type Curve = { epoch: number; train_loss: number; test_loss: number };

/** Waits for a generalization run of `epochs` epochs to end and checks its loss chart against its table. */
async function checkGeneralization(page: Page, epochs: number) {
  await expect(page.locator('[data-run="stopped"]')).toBeVisible({ timeout: 40_000 });
  await expect.poll(async () => (await readTable(page, 'generalization/curves')).length, { timeout: 10_000 }).toBe(epochs);
  const rows = (await readTable(page, 'generalization/curves')) as unknown as Curve[];
  expect(rows.at(-1)!.epoch).toBe(epochs);
  await expectChartIsTable(
    page,
    'generalization/curves',
    { 'training loss': rows.map((r) => [r.epoch, r.train_loss]), 'test loss': rows.map((r) => [r.epoch, r.test_loss]) },
    true,
  );
}

test('generalization: the loss chart draws its table after the run, after a resize and after a new run', async ({ page }) => {
  test.setTimeout(240_000); // worst case of its waits: 3 × (40 + 10 + 10) s, the new run's 40 s and the download
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('./#/generalization?lang=en&epochs=60');
  await checkGeneralization(page, 60);
  // The exported SVG (the PNG is drawn from it) holds the same curves as the page.
  const [dl]: [Download, void] = await Promise.all([page.waitForEvent('download'), page.locator('[data-figure="generalization/curves"] [data-export="svg"]').click()]);
  const exported = readFileSync((await dl.path())!, 'utf8');
  const onPage = await page.locator('[data-figure="generalization/curves"] path[data-series]').evaluateAll((ps) => ps.map((p) => p.getAttribute('d')));
  const inFile = await page.evaluate(
    (text) => Array.from(new DOMParser().parseFromString(text, 'image/svg+xml').querySelectorAll('path[data-series]'), (p) => p.getAttribute('d')),
    exported,
  );
  expect(inFile).toEqual(onPage);
  expect(exported).not.toContain('arrow keys'); // the crosshair's hint is for screen readers, not for the file
  // A narrower window: the same rows, redrawn at the new width.
  await page.setViewportSize({ width: 700, height: 900 });
  await checkGeneralization(page, 60);
  // Another run (a new degree): its rows, none of the previous run's.
  await page.goto('./#/generalization?lang=en&epochs=30&degree=5');
  await page.locator('[data-figure="generalization/fit"]').scrollIntoViewIfNeeded(); // runs train while their figure is on screen
  await expect.poll(async () => (await readTable(page, 'generalization/curves')).length, { timeout: 40_000 }).toBe(30);
  await checkGeneralization(page, 30);
});

type Acc = { variant: string; epoch: number; train_acc: number; test_acc: number };

test('dropout: the accuracy chart draws its table, all three networks, after the run and after a resize', async ({ page }) => {
  test.setTimeout(150_000);
  const epochs = 3;
  await page.goto(`./#/dropout?lang=en&backend=cpu&n=100&p=0.3&epochs=${epochs}`);
  await page.locator('[data-figure="dropout/curves"]').scrollIntoViewIfNeeded();
  await expect(page.locator('[data-run="stopped"]').first()).toBeVisible({ timeout: 100_000 });
  await expect.poll(async () => (await readTable(page, 'dropout/curves')).length, { timeout: 10_000 }).toBe(3 * epochs);
  const rows = (await readTable(page, 'dropout/curves')) as unknown as Acc[];
  const of = (variant: string, col: 'train_acc' | 'test_acc') => rows.filter((r) => r.variant === variant).map((r) => [r.epoch, r[col]] as [number, number]);
  const want = {
    'no dropout · train': of('none', 'train_acc'),
    'no dropout · test': of('none', 'test_acc'),
    'inverted · train': of('inverted', 'train_acc'),
    'inverted · test': of('inverted', 'test_acc'),
    'book’s · train': of('book', 'train_acc'),
    'book’s · test': of('book', 'test_acc'),
  };
  await expectChartIsTable(page, 'dropout/curves', want, false);
  await page.setViewportSize({ width: 600, height: 800 });
  await expectChartIsTable(page, 'dropout/curves', want, false);
});

test('initialization: the MNIST loss chart draws its table, all three networks, step by step', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('./#/initialization?lang=en&lr=0.05&epochs=1');
  await page.locator('[data-figure="initialization/training"]').scrollIntoViewIfNeeded();
  await expect(page.locator('[data-run="stopped"]')).toBeVisible({ timeout: 90_000 });
  type Row = { init: string; step: number; loss: number };
  await expect.poll(async () => (await readTable(page, 'initialization/training')).length, { timeout: 10_000 }).toBe(3 * 20);
  const rows = (await readTable(page, 'initialization/training')) as unknown as Row[];
  const labels = await page.locator('[data-figure="initialization/training"] path[data-series]').evaluateAll((ps) => ps.map((p) => p.getAttribute('data-series')!));
  const ids = ['std001', 'xavier', 'he'];
  const want = Object.fromEntries(labels.map((label, i) => [label, rows.filter((r) => r.init === ids[i]).map((r) => [r.step, r.loss] as [number, number])]));
  await expectChartIsTable(page, 'initialization/training', want, false);
});
