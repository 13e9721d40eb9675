// Pure model of the hyperparameter-search lesson (seed 004 §五, the book's ch06/hyperparameter_optimization.py): the
// log-uniform draws of lr and weight decay, the same-budget grid, the one population of trials and the readings of a round.
import { STREAM, randomU32, streamWord, uniform } from '../../engine/rng';
import type { ModelSpec } from '../../engine/nn';
import type { MemberConfig } from '../../engine/train';
import type { PopulationConfig } from '../../components/run';
import { hyperFrom } from '../../state/hyperFrom';
import { searchParams } from './params';

/** The book's procedure: 500 training digits, 20 % held out, 6 hidden layers of 100 ReLU units, SGD, batch 100, 50 epochs, 100 trials. */
export const BOOK = { n: 500, validation: 0.2, hidden: 6, units: 100, batch: 100, epochs: 50, trials: 100, best: 20 } as const;

/** A search range in log10: the exponents lo < hi of 10^lo … 10^hi. */
export type Range = readonly [lo: number, hi: number];

/** The book's starting ranges: lr = 10^U(−6, −2), weight decay = 10^U(−8, −4). */
export const BOOK_RANGES: { lr: Range; wd: Range } = { lr: [-6, -2], wd: [-8, -4] };

/** One trial's hyperparameters, with their exponents (lr = 10^lrExp, weightDecay = 10^wdExp, each to 6 significant digits). */
export interface Trial {
  lrExp: number;
  wdExp: number;
  lr: number;
  weightDecay: number;
}

/**
 * 10^x to 6 significant digits. Math.pow is not correctly rounded, and browsers and Python's libm may differ in the last
 * bit; rounded to 6 digits, the page and its Python export train with the same number (unless 10^x falls within an ulp of
 * a 6-digit boundary, about one value in 10¹⁰).
 */
export const pow10 = (x: number): number => Number(Math.pow(10, x).toPrecision(6));

const trial = (lrExp: number, wdExp: number): Trial => ({ lrExp, wdExp, lr: pow10(lrExp), weightDecay: pow10(wdExp) });

/**
 * The random search's draws: trial i has lrExp = lo + (hi − lo)·u(2i) and wdExp = lo + (hi − lo)·u(2i + 1), u the seeded
 * uniform of stream 'search' (so lr = 10^U(lr range) and weight decay = 10^U(wd range), as the book's np.random.uniform).
 */
export function randomTrials(count: number, lr: Range, wd: Range, seed: number): Trial[] {
  const word = streamWord(STREAM.search, 0);
  const at = (r: Range, u: number) => r[0] + (r[1] - r[0]) * u;
  return Array.from({ length: count }, (_, i) => trial(at(lr, uniform(seed, word, 2 * i)), at(wd, uniform(seed, word, 2 * i + 1))));
}

/** Values per axis of the grid with the budget of `count` trials: the largest g with g² ≤ count. */
export const gridSide = (count: number): number => Math.floor(Math.sqrt(count));

/** g evenly spaced exponents from lo to hi, both ends included (numpy's linspace); the middle one when g = 1. */
export function linspace(r: Range, g: number): number[] {
  if (g === 1) return [(r[0] + r[1]) / 2];
  return Array.from({ length: g }, (_, i) => r[0] + ((r[1] - r[0]) * i) / (g - 1));
}

/** The grid search of g × g trials (g = gridSide(count)): every lr exponent of linspace(lr, g) with every wd exponent, lr-major. */
export function gridTrials(count: number, lr: Range, wd: Range): Trial[] {
  const g = gridSide(count);
  const wds = linspace(wd, g);
  return linspace(lr, g).flatMap((a) => wds.map((b) => trial(a, b)));
}

/** 784 → 6 × 100 ReLU → 10, softmax cross-entropy, He initialization (the book's MultiLayerNet with weight_init_std='relu'). */
export const SEARCH_SPEC: ModelSpec = {
  inputSize: 784,
  hidden: Array.from({ length: BOOK.hidden }, () => ({ units: BOOK.units, activation: 'relu' as const })),
  outputSize: 10,
  init: { scheme: 'he' },
  loss: 'softmax-ce',
};

/** Rows left for training once the validation share of n is held out: n − ⌊0.2·n⌋ (400 of the book's 500). */
export const trainRows = (n: number): number => n - Math.floor(BOOK.validation * n);

/** Updates per epoch: ⌈training rows / batch⌉ (the last batch may be smaller). */
export const updatesPerEpoch = (n: number, batch: number): number => Math.ceil(trainRows(n) / batch);

/** The axes of a round: the book's ranges widened to hold the current ones. */
export function unionRanges(a: { lr: Range; wd: Range }, b: { lr: Range; wd: Range }): { lr: Range; wd: Range } {
  const u = (p: Range, q: Range): Range => [Math.min(p[0], q[0]), Math.max(p[1], q[1])];
  return { lr: u(a.lr, b.lr), wd: u(a.wd, b.wd) };
}

/** A range from two slider exponents in either order; equal ends are widened by ±0.05 so the draw stays a range. */
export function orderedRange(a: number, b: number): Range {
  if (a === b) return [a - 0.05, a + 0.05];
  return a < b ? [a, b] : [b, a];
}

export interface SearchQuery {
  /** Training digits before the hold-out (the book: 500). */
  n: number;
  epochs: number;
  batch: number;
  seed: number;
}

/**
 * Trial i's network seed: u32 draw i of stream 'search', sub-stream 1 (sub-stream 0 holds the lr and weight decay draws),
 * under the run's seed. It keys the trial's initial weights and its batch order: the book builds a new MultiLayerNet for
 * every trial, from numpy's running random state, so no two trials start from the same weights.
 */
export const trialSeed = (seed: number, i: number): number => randomU32(seed, streamWord(STREAM.search, 1), i);

/**
 * One population of trials: member i trains trials[i] (SGD at its drawn lr and L2 weight decay ½λ‖W‖², the bound batch) from its own seed
 * trialSeed(seed, i) (its own initial weights and batch order, as in the book); 20 % of the n digits, shuffled first with
 * the run's seed, are held out (one split for every trial, as the book shuffles once before its loop) and scored at the end
 * of every epoch.
 */
export function searchPopulation(trials: readonly Trial[], q: SearchQuery): PopulationConfig {
  const members: MemberConfig[] = trials.map((t, i) => ({
    seed: trialSeed(q.seed, i),
    hyper: { optimizer: 'sgd' as const, lr: t.lr, weightDecay: t.weightDecay, ...hyperFrom(searchParams, q) },
  }));
  return {
    spec: SEARCH_SPEC,
    data: { kind: 'mnist', nTrain: q.n, nTest: 0, validation: BOOK.validation, shuffleSplit: true, splitSeed: q.seed },
    options: { epochs: q.epochs, evalEachEpoch: true },
    members,
  };
}

/** The trials and grid figures' table: one row per trial with an epoch, its validation accuracy after its latest epoch. */
export const TRIAL_COLUMNS = ['trial', 'lr', 'weight_decay', 'val_acc'] as const;
/** The best-k figure's table: every epoch of the best trials, best first. */
export const BEST_COLUMNS = ['rank', 'trial', 'epoch', 'train_acc', 'val_acc'] as const;

/** What a round knows of one trial: its hyperparameters and validation accuracy after its latest epoch (NaN before one). */
export interface TrialResult extends Trial {
  /** 1-based trial number. */
  trial: number;
  valAcc: number;
  /** Epochs finished. */
  epochs: number;
}

/** The trials with a result, best validation accuracy first (ties: the lower trial number), at most k. */
export function bestTrials(results: readonly TrialResult[], k: number): TrialResult[] {
  return results
    .filter((r) => Number.isFinite(r.valAcc))
    .sort((a, b) => b.valAcc - a.valAcc || a.trial - b.trial)
    .slice(0, k);
}

/** The exponent range spanned by the best k trials' lr and wd exponents, the book's "narrow the range" step; null without results. */
export function rangeOfBest(results: readonly TrialResult[], k: number): { lr: Range; wd: Range } | null {
  const best = bestTrials(results, k);
  if (!best.length) return null;
  const span = (v: number[]): Range => [Math.min(...v), Math.max(...v)];
  return { lr: span(best.map((r) => r.lrExp)), wd: span(best.map((r) => r.wdExp)) };
}

/** Mean, lowest and highest validation accuracy of the finished trials whose lr lies in [lo, hi] (inclusive); NaN when there is none. */
export function meanAccWhere(results: readonly TrialResult[], lo: number, hi: number): { mean: number; count: number; min: number; max: number } {
  const acc = results.filter((r) => Number.isFinite(r.valAcc) && r.lr >= lo && r.lr <= hi).map((r) => r.valAcc);
  if (!acc.length) return { mean: NaN, count: 0, min: NaN, max: NaN };
  return { mean: acc.reduce((a, v) => a + v, 0) / acc.length, count: acc.length, min: Math.min(...acc), max: Math.max(...acc) };
}

/** Distinct lr values among trials, exactly compared (a grid repeats each one g times). */
export const distinctLr = (trials: readonly Trial[]): number => new Set(trials.map((t) => t.lr)).size;

/** How a search covers the good learning rates: how many trials and distinct lr values have val acc ≥ good, and its best. */
export function coverage(results: readonly TrialResult[], good: number): { hits: number; distinctHitLr: number; best: TrialResult | null } {
  const hits = results.filter((r) => r.valAcc >= good);
  return { hits: hits.length, distinctHitLr: distinctLr(hits), best: bestTrials(results, 1)[0] ?? null };
}

/** A rectangle in exponent space (x = lr exponent, y = wd exponent) turned into the two ranges, each rounded to 2 decimals and at least `minSpan` wide. */
export function brushRanges(x0: number, x1: number, y0: number, y1: number, minSpan = 0.1): { lr: Range; wd: Range } {
  const r = (a: number, b: number): Range => {
    let lo = Math.round(Math.min(a, b) * 100) / 100;
    let hi = Math.round(Math.max(a, b) * 100) / 100;
    if (hi - lo < minSpan) {
      const mid = (lo + hi) / 2;
      lo = Math.round((mid - minSpan / 2) * 100) / 100;
      hi = Math.round((mid + minSpan / 2) * 100) / 100;
    }
    return [lo, hi];
  };
  return { lr: r(x0, x1), wd: r(y0, y1) };
}

/** The largest spread (max − min validation accuracy) among finished trials that share one lr: what the other axis changed. */
export function columnSpread(results: readonly TrialResult[]): number {
  const byLr = new Map<number, number[]>();
  for (const r of results) if (Number.isFinite(r.valAcc)) byLr.set(r.lr, [...(byLr.get(r.lr) ?? []), r.valAcc]);
  let spread = 0;
  for (const v of byLr.values()) spread = Math.max(spread, Math.max(...v) - Math.min(...v));
  return spread;
}
