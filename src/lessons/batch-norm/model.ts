// Pure model of the batch-norm lesson (seed 004 §三, the book's ch06/batch_norm_test.py): the 16 initial scales, the one
// population of 2 × 16 networks, the readings of the grid, and the step-by-step numbers of one batch-norm layer.
import type { BatchNormPlacement, ModelSpec } from '../../engine/nn';
import type { MemberConfig } from '../../engine/train';
import type { PopulationConfig } from '../../components/run';
import { hyperFrom } from '../../state/hyperFrom';
import { batchNormParams } from './params';

/** The book's network and training: 5 hidden layers of 100 ReLU units, batch 100, BN ε = 10e-7 as in its BatchNormalization. */
export const BOOK = { hidden: 5, units: 100, batch: 100, eps: 10e-7 } as const;

/** The initial weight stds: numpy's logspace(0, −4, count), 10^(−4i/(count − 1)) for i = 0 … count − 1 (count ≥ 2). */
export function initStds(count: number): number[] {
  return Array.from({ length: count }, (_, i) => Math.pow(10, (-4 * i) / (count - 1)));
}

/** 784 → 5 × 100 ReLU → 10, softmax cross-entropy; every layer's weights ~ N(0, std²) (the output layer's too, as in the book). */
export const GRID_SPEC: ModelSpec = {
  inputSize: 784,
  hidden: Array.from({ length: BOOK.hidden }, () => ({ units: BOOK.units, activation: 'relu' as const })),
  outputSize: 10,
  init: { scheme: 'gaussian', std: 1 },
  loss: 'softmax-ce',
  bnEps: BOOK.eps,
};

export interface GridQuery {
  stds: number;
  epochs: number;
  lr: number;
  n: number;
  place: BatchNormPlacement;
  seed: number;
}

/** Member index of scale k (0-based) with (bn) or without batch norm: 2k and 2k + 1. */
export const memberOf = (k: number, bn: boolean): number => 2 * k + (bn ? 0 : 1);

/**
 * The population: for every scale, the network with batch norm at `place` and the one without, from the same seed
 * (the same initial weights and the same batches); SGD at η (the table's lr binding), batch 100, the first n digits, training accuracy
 * measured on those n digits at the end of every epoch (the book's network.accuracy(x_train, t_train)).
 */
export function gridPopulation(q: GridQuery): PopulationConfig {
  const members: MemberConfig[] = initStds(q.stds).flatMap((std) =>
    [q.place, 'none' as const].map((batchNorm) => ({
      seed: q.seed,
      init: { scheme: 'gaussian' as const, std },
      batchNorm,
      hyper: { optimizer: 'sgd' as const, ...hyperFrom(batchNormParams, q), batchSize: BOOK.batch },
    })),
  );
  return { spec: GRID_SPEC, data: { kind: 'mnist', nTrain: q.n, nTest: 0 }, options: { epochs: q.epochs, evalEachEpoch: true }, members };
}

/** One panel's reading: accuracies with and without BN per finished epoch (both members), in epoch order. */
export interface PanelCurves {
  bn: number[];
  plain: number[];
  /** Whether that network diverged (its curve stops; it learned nothing more). */
  bnDiverged?: boolean;
  plainDiverged?: boolean;
}

/** Which network learned faster in a panel: the larger mean training accuracy over the epochs both finished, by more than margin. */
export type Faster = 'bn' | 'plain' | 'tie';

const mean = (v: readonly number[]) => v.reduce((a, b) => a + b, 0) / v.length;

/**
 * 'bn' / 'plain' when that mean accuracy (the area under its curve) is larger by more than `margin` (default 0.02); null before
 * an epoch. A network that diverged lost to one that did not.
 */
export function faster(c: PanelCurves, margin = 0.02): Faster | null {
  if (c.bnDiverged && c.plainDiverged) return 'tie';
  if (c.plainDiverged) return c.bn.length ? 'bn' : null;
  if (c.bnDiverged) return c.plain.length ? 'plain' : null;
  const n = Math.min(c.bn.length, c.plain.length);
  if (n === 0) return null;
  const d = mean(c.bn.slice(0, n)) - mean(c.plain.slice(0, n));
  return d > margin ? 'bn' : d < -margin ? 'plain' : 'tie';
}

/** The book's accuracy line for "learned": well above the 10 % of guessing. */
export const LEARNED = 0.5;

/** Counts over the panels: where BN was faster, and where each network's last accuracy passed LEARNED. */
export function gridSummary(panels: readonly PanelCurves[]): { bnFaster: number; plainFaster: number; bnLearned: number; plainLearned: number; panels: number } {
  const last = (v: number[]) => (v.length ? v[v.length - 1] : NaN);
  const f = panels.map((p) => faster(p));
  return {
    bnFaster: f.filter((x) => x === 'bn').length,
    plainFaster: f.filter((x) => x === 'plain').length,
    bnLearned: panels.filter((p) => last(p.bn) > LEARNED).length,
    plainLearned: panels.filter((p) => last(p.plain) > LEARNED).length,
    panels: f.filter((x) => x !== null).length,
  };
}

/** Below this last accuracy a network has learned next to nothing (guessing among 10 digits scores about 0.1). */
export const NEAR_GUESS = 0.2;
/** Above this last accuracy a network has learned its training digits well. */
export const HIGH = 0.9;

/** A scale and a network's last accuracy there. */
export interface ScaleAcc {
  std: number;
  acc: number;
}

/** Where the networks of a grid end: the numbers the lesson's "what the run shows" reads from the run. */
export interface GridEnds {
  /** Without BN: the highest last accuracy and its scale (null before an epoch). */
  plainBest: ScaleAcc | null;
  /** Without BN: how many scales end below NEAR_GUESS, and the highest last accuracy among them (NaN when none). */
  plainNear: number;
  plainNearMax: number;
  /** Networks without BN that diverged. */
  plainDiverged: number;
  /** With BN: how many scales end above HIGH. */
  bnHigh: number;
  /** With BN: the lowest last accuracy and its scale (null before an epoch). */
  bnLowest: ScaleAcc | null;
}

/**
 * Every network's accuracy after `epoch` epochs (default: its last; stds[k] is panel k's scale), summed up; a diverged network
 * or one without an epoch is left out of the accuracies.
 */
export function gridEnds(panels: readonly PanelCurves[], stds: readonly number[], epoch = Infinity): GridEnds {
  const ends = (bn: boolean): ScaleAcc[] =>
    panels.flatMap((p, k) => {
      const v = (bn ? p.bn : p.plain).slice(0, epoch);
      return (bn ? p.bnDiverged : p.plainDiverged) || v.length === 0 ? [] : [{ std: stds[k], acc: v[v.length - 1] }];
    });
  const plain = ends(false);
  const bn = ends(true);
  const near = plain.filter((e) => e.acc < NEAR_GUESS);
  const pick = (v: ScaleAcc[], better: (a: ScaleAcc, b: ScaleAcc) => boolean) => v.reduce<ScaleAcc | null>((a, e) => (a === null || better(e, a) ? e : a), null);
  return {
    plainBest: pick(plain, (a, b) => a.acc > b.acc),
    plainNear: near.length,
    plainNearMax: near.length ? Math.max(...near.map((e) => e.acc)) : NaN,
    plainDiverged: panels.filter((p) => p.plainDiverged).length,
    bnHigh: bn.filter((e) => e.acc > HIGH).length,
    bnLowest: pick(bn, (a, b) => a.acc < b.acc),
  };
}

/** Epochs every network that has not diverged has finished (0 before the first; the budget once all are done). */
export function commonEpochs(panels: readonly PanelCurves[]): number {
  const counts = panels.flatMap((p) => [...(p.bnDiverged ? [] : [p.bn.length]), ...(p.plainDiverged ? [] : [p.plain.length])]);
  return counts.length ? Math.min(...counts) : 0;
}

/** The traced panel, 0-based, within the scales there are. */
export const panelIndex = (panel: number, stds: number): number => Math.min(panel, stds) - 1;

/** What the step-by-step table needs of a trace (see engine batchNormTrace). */
export interface TraceLike {
  n: number;
  units: number;
  x: ArrayLike<number>;
  mean: ArrayLike<number>;
  variance: ArrayLike<number>;
  eps: number;
  xhat: ArrayLike<number>;
  y: ArrayLike<number>;
  gamma: ArrayLike<number>;
  beta: ArrayLike<number>;
  runMean: ArrayLike<number>;
  runVar: ArrayLike<number>;
}

/** x̂ = (x − μ)/√(σ² + ε). */
export const normalize = (x: number, mu: number, variance: number, eps: number): number => (x - mu) / Math.sqrt(variance + eps);

/** A row of batch-norm/algorithm: one unit (1-based) of one row (1-based) of the batch; xhat_eval normalizes x with the running averages. */
export interface TraceRow {
  unit: number;
  row: number;
  x: number;
  mean: number;
  variance: number;
  xhat: number;
  y: number;
  xhat_eval: number;
}

/** Rows for the first `units` units and `rows` rows of the trace, unit by unit. */
export function traceRows(t: TraceLike, rows: number, units: number): TraceRow[] {
  const out: TraceRow[] = [];
  for (let j = 0; j < Math.min(units, t.units); j++) {
    for (let i = 0; i < Math.min(rows, t.n); i++) {
      const e = i * t.units + j;
      out.push({ unit: j + 1, row: i + 1, x: t.x[e], mean: t.mean[j], variance: t.variance[j], xhat: t.xhat[e], y: t.y[e], xhat_eval: normalize(t.x[e], t.runMean[j], t.runVar[j], t.eps) });
    }
  }
  return out;
}

/** Index of the largest of v[from … from + count). */
export function argmax(v: ArrayLike<number>, from = 0, count = v.length - from): number {
  let best = 0;
  for (let i = 1; i < count; i++) if (v[from + i] > v[from + best]) best = i;
  return best;
}

/** Largest |a_i − b_i| between the rows of a k×c block: 0 when every row is the same (the output ignores the input). */
export function rowSpread(v: ArrayLike<number>, k: number, c: number): number {
  let m = 0;
  for (let i = 1; i < k; i++) for (let j = 0; j < c; j++) m = Math.max(m, Math.abs(v[i * c + j] - v[j]));
  return m;
}

/** A std for labels: three significant digits (0.541, 0.0001). */
export const stdLabel = (std: number): string => String(Number(std.toPrecision(3)));
