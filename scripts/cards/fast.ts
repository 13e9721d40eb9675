// Card pictures computed in milliseconds from the lessons' pure models at their default settings.
import { activationHistograms } from '../../src/engine/experiments/activationHistograms';
import { OBJECTIVES, type ObjectiveName } from '../../src/engine/objectives';
import type { OptimizerName } from '../../src/engine/optimizers';
import { SADDLE_SURFACES, type SaddleSurfaceName } from '../../src/engine/surfaces/saddles';
import { SERIES, SPLIT_DASH } from '../../src/components/palette';
import { backwardPass, EXAMPLE_WEIGHTS, forwardPass } from '../../src/lessons/backprop/model';
import { backpropParams } from '../../src/lessons/backprop/params';
import { GeneralizationRun } from '../../src/lessons/generalization/model';
import { generalizationParams } from '../../src/lessons/generalization/params';
import { initializationParams } from '../../src/lessons/initialization/params';
import { comparedSizes, leastSquares, loss, minibatchPath, regressionData, DOMAIN } from '../../src/lessons/minibatch/model';
import { minibatchParams } from '../../src/lessons/minibatch/params';
import { trajectories } from '../../src/lessons/optimizers/model';
import { optimizersParams, type OptimizersValues } from '../../src/lessons/optimizers/params';
import { SCHEDULES, scheduleOf } from '../../src/lessons/lr-schedules/model';
import { lrSchedulesParams } from '../../src/lessons/lr-schedules/params';
import { scheduledLr } from '../../src/engine/train/lrSchedule';
import { MODEL_K, speedup } from '../../src/lessons/data-parallel/model';
import { commModel } from '../../src/lessons/data-parallel/commModel';
import { dataParallelParams } from '../../src/lessons/data-parallel/params';
import { hyperOf, runPath } from '../../src/lessons/saddle/model';
import { RATE_PARAM, saddleParams } from '../../src/lessons/saddle/params';
import { defaults } from '../../src/state/params';
import { AREA, axes, bars, circle, domainMap, frame, levelLines, polyline, scale } from './svg';

const OPT_ORDER: readonly OptimizerName[] = ['sgd', 'momentum', 'adagrad', 'rmsprop', 'adadelta', 'adam'];
const optColor = (name: OptimizerName) => SERIES[OPT_ORDER.indexOf(name)].color;

/** Train (solid) and test (dashed) loss per epoch of the default degree-3 fit, log scale. */
export function generalizationCard(): string {
  const v = defaults(generalizationParams);
  const run = new GeneralizationRun({ degree: v.degree, n: v.n, noise: v.noise, epochs: v.epochs, seed: v.seed });
  const losses = run.advance(v.epochs);
  const logs = losses.flatMap((l) => [Math.log10(l.train), Math.log10(l.test)]);
  const sx = scale(1, losses.length, AREA.x0 + 2, AREA.x1);
  const sy = scale(Math.min(...logs), Math.max(...logs), AREA.y1 - 2, AREA.y0);
  const xs = losses.map((l) => sx(l.epoch));
  return frame(
    axes() +
      polyline(xs, losses.map((l) => sy(Math.log10(l.train))), SERIES[0].color, SPLIT_DASH.train) +
      polyline(xs, losses.map((l) => sy(Math.log10(l.test))), SERIES[1].color, SPLIT_DASH.test),
  );
}

/** The six optimizers' paths on the contours of the default bowl. */
export function optimizersCard(): string {
  const v = defaults(optimizersParams) as OptimizersValues;
  const obj = OBJECTIVES[v.fn as ObjectiveName];
  const { sx, sy } = domainMap(obj.domain);
  const levels = [0.5, 1, 2, 4, 8, 16];
  let body = levelLines(obj.f, obj.domain, levels);
  for (const tr of trajectories(v)) {
    const xs: number[] = [];
    const ys: number[] = [];
    for (let k = 0; k <= tr.steps; k++) {
      xs.push(sx(tr.x[2 * k]));
      ys.push(sy(tr.x[2 * k + 1]));
    }
    body += polyline(xs, ys, optColor(tr.name), '', 1.6);
  }
  return frame(body + circle(sx(v.x0[0]), sy(v.x0[1]), 2.5, '#222222'));
}

/** The six optimizers leaving the default saddle x₁² − x₂², on its contours. */
export function saddleCard(): string {
  const v = defaults(saddleParams);
  const obj = SADDLE_SURFACES[v.fn as SaddleSurfaceName];
  const { sx, sy } = domainMap(obj.domain);
  const clip = (p: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, p));
  let body = levelLines(obj.f, obj.domain, [-4, -2, -1, -0.25, 0.25, 1, 2, 4]);
  const settings = { obj, x0: v.x0, steps: v.steps, sigma: v.sigma, seed: v.seed };
  for (const name of v.opt as readonly OptimizerName[]) {
    const p = runPath(name, hyperOf(name, v[RATE_PARAM[name]] as number), settings);
    const xs: number[] = [];
    const ys: number[] = [];
    for (let k = 0; k <= p.last; k++) {
      xs.push(clip(sx(p.x[2 * k]), AREA.x0, AREA.x1));
      ys.push(clip(sy(p.x[2 * k + 1]), AREA.y0, AREA.y1));
    }
    body += polyline(xs, ys, optColor(name), '', 1.6);
  }
  return frame(body + circle(sx(v.x0[0]), sy(v.x0[1]), 2.5, '#222222'));
}

/** Batch 1, the default mini-batch and the full batch on the regression loss contours. */
export function minibatchCard(): string {
  const v = defaults(minibatchParams);
  const data = regressionData(v.seed, v.noise);
  const opt = leastSquares(data);
  const { sx, sy } = domainMap(DOMAIN);
  const f0 = loss(data, opt[0], opt[1]);
  let body = levelLines((a, b) => loss(data, a, b) - f0, DOMAIN, [0.25, 1, 2, 4, 8]);
  comparedSizes(v.b).forEach((B, i) => {
    const p = minibatchPath(data, B, v.lr, v.epochs, v.seed);
    const xs: number[] = [];
    const ys: number[] = [];
    for (let k = 0; k <= p.steps; k++) {
      xs.push(sx(p.w[2 * k]));
      ys.push(sy(p.w[2 * k + 1]));
    }
    body += polyline(xs, ys, SERIES[i].color, '', i === 0 ? 1 : 1.8);
  });
  return frame(body + circle(sx(opt[0]), sy(opt[1]), 2.5, '#222222'));
}

/** Each layer's activation histogram at the default sigmoid / std 1 setting (the book's first figure). */
export function initializationCard(): string {
  const v = defaults(initializationParams);
  const layers = activationHistograms({ act: v.act as never, init: v.init as never, std: v.std, layers: v.layers, units: v.units, seed: v.seed });
  const gap = 6;
  const w = (AREA.x1 - AREA.x0 - gap * (layers.length - 1)) / layers.length;
  const top = Math.max(...layers.flatMap((l) => Array.from(l.counts)));
  let body = '';
  layers.forEach((l, li) => {
    const x0 = AREA.x0 + li * (w + gap);
    const bw = w / l.counts.length;
    const sy = scale(0, top, AREA.y1, AREA.y0);
    const list = Array.from(l.counts).flatMap((c, b) => (c > 0 ? [[x0 + b * bw, sy(c), bw, AREA.y1 - sy(c)] as const] : []));
    body += bars(list, SERIES[1].color);
    body += `<path class="axis" d="M${x0} ${AREA.y1}h${w.toFixed(1)}" stroke-width="1"/>`;
  });
  return frame(body);
}

/** The 2–3–2 network of the default example: edge width ∝ |∂L/∂weight| of one backward pass, nodes by activation. */
export function backpropCard(): string {
  const v = defaults(backpropParams);
  const target = Number(v.target) - 1;
  const f = forwardPass(EXAMPLE_WEIGHTS, [v.x1 as number, v.x2 as number], target);
  const g = backwardPass(EXAMPLE_WEIGHTS, f, target).grads;
  const col = [40, 120, 200];
  const yOf = (n: number, i: number) => 60 + (i - (n - 1) / 2) * 34;
  const all = [...g.W.flat(), ...g.V.flat()].map(Math.abs);
  const top = Math.max(...all);
  const width = (d: number) => 0.6 + (4.4 * Math.abs(d)) / top;
  let body = '';
  g.W.forEach((row, i) => row.forEach((d, j) => (body += edge(col[0], yOf(2, i), col[1], yOf(3, j), width(d)))));
  g.V.forEach((row, j) => row.forEach((d, k) => (body += edge(col[1], yOf(3, j), col[2], yOf(2, k), width(d)))));
  const node = (x: number, y: number, shade: number, color: string) =>
    circle(x, y, 11, color, ` fill-opacity="${(0.25 + 0.75 * shade).toFixed(2)}" class="inks" stroke-width="1"`);
  f.x.forEach((_, i) => (body += node(col[0], yOf(2, i), 0.3, SERIES[1].color)));
  f.a.forEach((a, j) => (body += node(col[1], yOf(3, j), a, SERIES[2].color)));
  f.p.forEach((p, k) => (body += node(col[2], yOf(2, k), p, SERIES[0].color)));
  return frame(body);
}

function edge(x0: number, y0: number, x1: number, y1: number, w: number): string {
  return `<path class="grid" d="M${x0} ${y0.toFixed(1)}L${x1} ${y1.toFixed(1)}" stroke-width="${w.toFixed(1)}" stroke-opacity="0.8"/>`;
}

/** The pictures computed here, by lesson id. */
/** The six learning-rate schedules at the lesson's defaults (the engine's formulas), lr against epoch. */
export function lrSchedulesCard(): string {
  const v = defaults(lrSchedulesParams);
  const knobs = {
    lr: v.lr, epochs: v.epochs, stepGamma: v['step.gamma'], stepEvery: v['step.every'], expGamma: v['exp.gamma'], invK: v['inv.k'], cosFloor: v['cos.floor'], warmup: v.warmup,
  };
  const es = Array.from({ length: 81 }, (_, i) => (v.epochs * i) / 80);
  const sx = scale(0, v.epochs, AREA.x0 + 2, AREA.x1);
  const sy = scale(0, v.lr, AREA.y1 - 2, AREA.y0 + 2);
  const body = SCHEDULES.map((s, k) => {
    const spec = scheduleOf(s, knobs);
    return polyline(es.map(sx), es.map((e) => sy(scheduledLr(spec, v.lr, e))), SERIES[k].color, '', 1.6);
  }).join('');
  return frame(axes() + body);
}

/** The ring all-reduce model's speed-up against K at the lesson's defaults (log–log), beside ideal linear speed-up (dashed). */
export function dataParallelCard(): string {
  const m = commModel(defaults(dataParallelParams));
  const top = MODEL_K[MODEL_K.length - 1];
  const sx = scale(0, Math.log2(top), AREA.x0 + 2, AREA.x1);
  const sy = scale(0, Math.log2(top), AREA.y1 - 2, AREA.y0 + 2);
  const xs = MODEL_K.map((K) => sx(Math.log2(K)));
  const ys = MODEL_K.map((K) => sy(Math.log2(speedup(K, m))));
  return frame(
    axes() +
      polyline(xs, MODEL_K.map((K) => sy(Math.log2(K))), SERIES[3].color, SPLIT_DASH.test, 1.6) +
      polyline(xs, ys, SERIES[0].color) +
      xs.map((x, i) => circle(x, ys[i], 3.5, SERIES[0].color)).join(''),
  );
}

export const FAST_CARDS: Record<string, () => string> = {
  'data-parallel': dataParallelCard,
  'lr-schedules': lrSchedulesCard,
  generalization: generalizationCard,
  backprop: backpropCard,
  initialization: initializationCard,
  minibatch: minibatchCard,
  optimizers: optimizersCard,
  saddle: saddleCard,
};
