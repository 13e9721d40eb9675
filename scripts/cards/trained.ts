// Card pictures of the lessons that train networks: each from a run of the lesson's own population on the CPU engine.
import { interpolateViridis } from 'd3';
import { SERIES, SPLIT_DASH } from '../../src/components/palette';
import { deepRun } from '../../src/lessons/gradients/model';
import { gradientsParams, type GradientsValues } from '../../src/lessons/gradients/params';
import { populationConfig as dropoutPopulation } from '../../src/lessons/dropout/model';
import { dropoutParams } from '../../src/lessons/dropout/params';
import { populationConfig as stoppingPopulation, replayStop } from '../../src/lessons/early-stopping/model';
import { earlyStoppingParams } from '../../src/lessons/early-stopping/params';
import { gridPopulation, memberOf } from '../../src/lessons/batch-norm/model';
import { batchNormParams } from '../../src/lessons/batch-norm/params';
import { racePopulation, racersOf, type Racer } from '../../src/lessons/optimizers-mnist/race';
import { optimizersMnistParams } from '../../src/lessons/optimizers-mnist/params';
import { BOOK_RANGES, randomTrials, searchPopulation } from '../../src/lessons/hyperparameter-search/model';
import { searchParams } from '../../src/lessons/hyperparameter-search/params';
import { foldConfig } from '../../src/lessons/validation/model';
import { validationParams } from '../../src/lessons/validation/params';
import { linearPlan, linearPopulation, SWEEP } from '../../src/lessons/weight-decay/model';
import { weightDecayParams } from '../../src/lessons/weight-decay/params';
import { population as resamplingPopulation } from '../../src/lessons/resampling/model';
import { resamplingParams } from '../../src/lessons/resampling/params';
import { accuracyPopulation, memberKeys, sizes } from '../../src/lessons/augmentation/model';
import { augmentationParams } from '../../src/lessons/augmentation/params';
import { defaults } from '../../src/state/params';
import { runPopulation } from './runs';
import { fineTuningCard } from './fineTuning';
import { AREA, axes, bars, circle, frame, polyline, scale } from './svg';

/** How much of each lesson's default run a card trains, where the whole run would take too long here. */
export const BUDGET = { augmentEpochs: 5, dropoutEpochs: 20, bnScales: [0, 5, 10, 15], bnEpochs: 5, raceEpochs: 1, searchTrials: 24, searchEpochs: 2 } as const;

const epochX = (count: number) => scale(1, Math.max(2, count), AREA.x0 + 2, AREA.x1);

/** Weight decay: final training (solid) and test (dashed) loss against λ over the sweep, log–log. */
export async function weightDecayCard(): Promise<string> {
  const v = defaults(weightDecayParams);
  const plan = linearPlan(v.lambda, v.l1);
  const runs = await runPopulation(linearPopulation(plan, { epochs: v.epochs, seed: v.seed }), { members: plan.sweep });
  const last = runs.map((r) => r.epochs[r.epochs.length - 1]);
  const tr = last.map((e) => Math.log10(e.train.loss));
  const te = last.map((e) => Math.log10(e.test!.loss));
  const sx = scale(0, SWEEP.length - 1, AREA.x0 + 2, AREA.x1);
  const sy = scale(Math.min(...tr, ...te), Math.max(...tr, ...te), AREA.y1 - 2, AREA.y0);
  const xs = SWEEP.map((_, i) => sx(i));
  return frame(axes() + polyline(xs, tr.map(sy), SERIES[0].color, SPLIT_DASH.train) + polyline(xs, te.map(sy), SERIES[1].color, SPLIT_DASH.test));
}

/** Validation: each fold's validation accuracy as a bar, the mean as a line (the default K-fold run). */
export async function validationCard(): Promise<string> {
  const v = defaults(validationParams);
  const acc: number[] = [];
  for (let i = 0; i < v.k; i++) {
    const c = foldConfig(i, v.k, { n: v.n, epochs: v.epochs, lr: v.lr, seed: v.seed });
    const [run] = await runPopulation({ spec: c.spec, data: c.data, options: c.options, members: [{ seed: c.seed ?? 0, hyper: c.hyper }] });
    acc.push(run.epochs[run.epochs.length - 1].validation!.accuracy);
  }
  const sy = scale(0, 1, AREA.y1, AREA.y0);
  const gap = 10;
  const w = (AREA.x1 - AREA.x0 - gap * (acc.length + 1)) / acc.length;
  const list = acc.map((a, i) => [AREA.x0 + gap + i * (w + gap), sy(a), w, AREA.y1 - sy(a)] as const);
  const mean = acc.reduce((s, a) => s + a, 0) / acc.length;
  return frame(axes() + bars(list, SERIES[1].color) + polyline([AREA.x0, AREA.x1], [sy(mean), sy(mean)], SERIES[0].color, '4 3', 1.5));
}

/** Dropout: training (solid) and test (dashed) accuracy per epoch without dropout and with it. */
export async function dropoutCard(): Promise<string> {
  const v = defaults(dropoutParams);
  const runs = await runPopulation(dropoutPopulation({ p: v.p, n: v.n, epochs: v.epochs, lr: v.lr, seed: v.seed }), {
    members: [0, 1],
    epochs: BUDGET.dropoutEpochs,
  });
  const sx = epochX(BUDGET.dropoutEpochs);
  const sy = scale(0, 1, AREA.y1, AREA.y0);
  let body = axes();
  runs.forEach((r, i) => {
    const xs = r.epochs.map((e) => sx(e.epoch + 1));
    body += polyline(xs, r.epochs.map((e) => sy(e.train.accuracy)), SERIES[i].color, SPLIT_DASH.train);
    body += polyline(xs, r.epochs.map((e) => sy(e.test!.accuracy)), SERIES[i].color, SPLIT_DASH.test);
  });
  return frame(body);
}

/** Early stopping: the plain net's training (solid) and validation (dashed) loss, the best epoch marked where patience stops. */
export async function earlyStoppingCard(): Promise<string> {
  const v = defaults(earlyStoppingParams);
  const [run] = await runPopulation(stoppingPopulation(v), { members: [0] });
  const tr = run.epochs.map((e) => e.train.loss);
  const va = run.epochs.map((e) => e.validation!.loss);
  const sx = epochX(run.epochs.length);
  const sy = scale(0, Math.max(...va.slice(1), ...tr.slice(1)), AREA.y1, AREA.y0);
  const xs = run.epochs.map((e) => sx(e.epoch + 1));
  const stop = replayStop(va, v.patience, v.epochs);
  let body = axes() + polyline(xs, tr.map(sy), SERIES[0].color, SPLIT_DASH.train) + polyline(xs, va.map(sy), SERIES[1].color, SPLIT_DASH.test);
  if (stop) {
    body += polyline([sx(stop.stop), sx(stop.stop)], [AREA.y0, AREA.y1], '#222222', '2 3', 1);
    body += circle(sx(stop.best), sy(stop.bestLoss), 3.5, SERIES[2].color);
  }
  return frame(body);
}

/** Vanishing gradients: each layer's mean weight-gradient norm over the default run, input layer on the left, log scale. */
export async function gradientsCard(): Promise<string> {
  const v = defaults(gradientsParams) as GradientsValues;
  const [run] = await runPopulation(deepRun(v));
  const layers = run.steps[0].gradNorms.length;
  const mean = Array.from({ length: layers }, (_, l) => run.steps.reduce((s, m) => s + Math.log10(m.gradNorms[l]), 0) / run.steps.length);
  const sy = scale(Math.min(...mean) - 0.5, Math.max(...mean), AREA.y1, AREA.y0);
  const gap = 3;
  const w = (AREA.x1 - AREA.x0 - gap * (layers + 1)) / layers;
  const list = mean.map((m, l) => [AREA.x0 + gap + l * (w + gap), sy(m), w, AREA.y1 - sy(m)] as const);
  return frame(axes() + bars(list, SERIES[1].color));
}

/** Batch norm: training accuracy per epoch with BN (solid) and without (dashed), four of the initial scales as small multiples. */
export async function batchNormCard(): Promise<string> {
  const v = defaults(batchNormParams);
  const config = gridPopulation({ stds: v.stds, epochs: v.epochs, lr: v.lr, n: v.n, place: v.place as never, seed: v.seed });
  const members = BUDGET.bnScales.flatMap((k) => [memberOf(k, true), memberOf(k, false)]);
  const runs = await runPopulation(config, { members, epochs: BUDGET.bnEpochs });
  const n = BUDGET.bnScales.length;
  const gap = 6;
  const w = (AREA.x1 - AREA.x0 - gap * (n - 1)) / n;
  const sy = scale(0, 1, AREA.y1, AREA.y0);
  let body = '';
  BUDGET.bnScales.forEach((_, j) => {
    const x0 = AREA.x0 + j * (w + gap);
    const sx = scale(1, BUDGET.bnEpochs, x0 + 1, x0 + w);
    body += axes({ x0, x1: x0 + w, y0: AREA.y0, y1: AREA.y1 });
    [0, 1].forEach((b) => {
      const r = runs[2 * j + b];
      body += polyline(r.epochs.map((e) => sx(e.epoch + 1)), r.epochs.map((e) => sy(e.train.accuracy)), SERIES[b === 0 ? 0 : 1].color, b === 0 ? SPLIT_DASH.train : '3 2', 1.6);
    });
  });
  return frame(body);
}

/** The optimizer race on MNIST: each optimizer's mini-batch loss over the first updates, smoothed over 10. */
export async function optimizersMnistCard(): Promise<string> {
  const v = defaults(optimizersMnistParams);
  const racers: Racer[] = racersOf(v.extra as readonly string[]);
  const lrs = { sgd: v['sgd.lr'], momentum: v['momentum.lr'], adagrad: v['adagrad.lr'], adam: v['adam.lr'], rmsprop: v['rmsprop.lr'] };
  const runs = await runPopulation(racePopulation({ racers, lrs, seed: v.seed, nTrain: v.n, epochs: BUDGET.raceEpochs }));
  const smooth = (xs: number[]) => xs.map((_, i) => xs.slice(Math.max(0, i - 9), i + 1).reduce((s, x) => s + x, 0) / Math.min(10, i + 1));
  const curves = runs.map((r) => smooth(r.steps.map((s) => s.dataLoss)));
  const sx = scale(1, curves[0].length, AREA.x0 + 2, AREA.x1);
  const sy = scale(0, Math.max(...curves.map((c) => c[0])), AREA.y1, AREA.y0);
  const order = ['sgd', 'momentum', 'adagrad', 'rmsprop', 'adadelta', 'adam'];
  let body = axes();
  curves.forEach((c, i) => (body += polyline(c.map((_, k) => sx(k + 1)), c.map(sy), SERIES[order.indexOf(racers[i])].color, '', 1.6)));
  return frame(body);
}

/** Random search: the trials on log lr × log weight decay, coloured by validation accuracy (viridis, from the lowest to the highest). */
export async function hyperparameterSearchCard(): Promise<string> {
  const v = defaults(searchParams);
  const trials = randomTrials(BUDGET.searchTrials, BOOK_RANGES.lr, BOOK_RANGES.wd, v.seed);
  const runs = await runPopulation(searchPopulation(trials, { n: 500, epochs: BUDGET.searchEpochs, batch: v.batch, seed: v.seed }));
  const sx = scale(BOOK_RANGES.lr[0], BOOK_RANGES.lr[1], AREA.x0 + 5, AREA.x1 - 5);
  const sy = scale(BOOK_RANGES.wd[0], BOOK_RANGES.wd[1], AREA.y1 - 5, AREA.y0 + 5);
  const acc = runs.map((r) => r.epochs[r.epochs.length - 1].validation!.accuracy);
  const shade = scale(Math.min(...acc), Math.max(...acc), 0, 1);
  let body = axes();
  trials.forEach((t, i) => (body += circle(sx(t.lrExp), sy(t.wdExp), 4, interpolateViridis(shade(acc[i])))));
  return frame(body);
}

/** Resampling: the test accuracy per epoch of the four methods (plain, oversampling, undersampling, class weights). */
export async function resamplingCard(): Promise<string> {
  const v = defaults(resamplingParams);
  const runs = await runPopulation(resamplingPopulation({ share: v.share, epochs: v.epochs, seed: v.seed }));
  const sx = epochX(v.epochs);
  const sy = scale(0, 1, AREA.y1, AREA.y0);
  let body = axes();
  runs.forEach((r, i) => {
    body += polyline(r.epochs.map((e) => sx(e.epoch + 1)), r.epochs.map((e) => sy(e.test!.accuracy)), SERIES[i].color, SPLIT_DASH.test);
  });
  return frame(body);
}

/** Augmentation (shortened: one seed, 5 epochs): final test accuracy against n (log) without (solid) and with augmentation (dashed). */
export async function augmentationCard(): Promise<string> {
  const v = defaults(augmentationParams);
  const q = { ...v, on: v.on as readonly string[], seeds: 1, epochs: BUDGET.augmentEpochs };
  const runs = await runPopulation(accuracyPopulation(q));
  const keys = memberKeys(q);
  const ns = sizes(v.n);
  const sx = scale(Math.log(ns[0]), Math.log(ns[ns.length - 1]), AREA.x0 + 6, AREA.x1 - 6);
  const acc = runs.map((r) => r.epochs[r.epochs.length - 1].test!.accuracy);
  const sy = scale(Math.min(...acc) - 0.02, Math.max(...acc) + 0.02, AREA.y1, AREA.y0);
  let body = axes();
  [false, true].forEach((augment, a) => {
    const pts = ns.map((n) => acc[keys.findIndex((k) => k.n === n && k.augment === augment)]);
    body += polyline(ns.map((n) => sx(Math.log(n))), pts.map(sy), SERIES[a].color, a ? SPLIT_DASH.test : '');
    ns.forEach((n, i) => (body += circle(sx(Math.log(n)), sy(pts[i]), 3.5, SERIES[a].color)));
  });
  return frame(body);
}

/** The pictures trained here, by lesson id. */
export const TRAINED_CARDS: Record<string, () => Promise<string>> = {
  'weight-decay': weightDecayCard,
  validation: validationCard,
  dropout: dropoutCard,
  'early-stopping': earlyStoppingCard,
  gradients: gradientsCard,
  'batch-norm': batchNormCard,
  'optimizers-mnist': optimizersMnistCard,
  'hyperparameter-search': hyperparameterSearchCard,
  resampling: resamplingCard,
  augmentation: augmentationCard,
  'fine-tuning': fineTuningCard,
};
