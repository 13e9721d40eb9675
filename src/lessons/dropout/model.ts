// Pure model of the dropout lesson (seed 000 §4, seed 004 §四, seed 002): the deliberately overfit 7-layer MNIST net
// without dropout, with inverted dropout and with the book's dropout, the masks the engine draws, E[h′] and the ensemble count 2^M.
import { dropoutForward, dropoutKeep, dropoutScales, type DropoutVariant, type ModelSpec } from '../../engine/nn';
import { createTrainer, type CpuTrainer, type DropoutMask, type TrainData } from '../../engine/train';
import type { PopulationConfig } from '../../components/run';
import type { RequestMap } from '../../components/run';
import { hyperFrom } from '../../state/hyperFrom';
import { dropoutParams, HIDDEN_LAYERS } from './params';

export const UNITS = 100;
/** Mini-batch size (the book's 100). */
export const BATCH = 100;
/** Test digits the accuracy curves are measured on. */
export const N_TEST = 1000;
/** Units that can be dropped: M = 6 × 100. The output layer is never dropped. */
export const DROPPABLE_UNITS = HIDDEN_LAYERS * UNITS;

/**
 * The three networks trained side by side, in the order of the population's members: no dropout, inverted dropout
 * (×1/(1 − p) in training) and the book's dropout (×(1 − p) at test), the last two with the same ratio p.
 */
export const VARIANTS = ['none', 'inverted', 'book'] as const;
export type Variant = (typeof VARIANTS)[number];

export interface DropoutParams {
  /** Dropout ratio of the two dropout networks, every hidden layer. */
  p: number;
  /** MNIST training digits. */
  n: number;
  epochs: number;
  lr: number;
  seed: number;
}

/** 784 → 6 × 100 ReLU (He init) → 10, softmax cross-entropy; dropout ratio p after every hidden ReLU. */
export function dropoutNet(p: number): ModelSpec {
  return {
    inputSize: 784,
    hidden: Array.from({ length: HIDDEN_LAYERS }, () => ({ units: UNITS, activation: 'relu' as const })),
    outputSize: 10,
    init: { scheme: 'he' },
    loss: 'softmax-ce',
    dropout: Array.from({ length: HIDDEN_LAYERS }, () => p),
  };
}

/** The ratio a network trains with: 0 for 'none', p for the two dropout networks. */
export const ratioOf = (variant: Variant, p: number): number => (variant === 'none' ? 0 : p);

/** The engine's dropout variant of a network ('none' has no dropout; its variant is never used). */
export const dropoutVariantOf = (variant: Variant): DropoutVariant => (variant === 'book' ? 'book' : 'inverted');

/** Updates per epoch: ⌈n / batch⌉. */
export const stepsPerEpoch = (n: number): number => Math.ceil(n / BATCH);

/**
 * The worker's create request for one network: same data, weights, batch order, masks and lr (bound in the table); p and
 * the variant differ (computed per network); SGD and the batch size are fixed.
 */
export function runConfig(variant: Variant, q: DropoutParams): RequestMap['create']['fields'] {
  return {
    spec: dropoutNet(ratioOf(variant, q.p)),
    data: { kind: 'mnist', nTrain: q.n, nTest: N_TEST },
    hyper: { optimizer: 'sgd', ...hyperFrom(dropoutParams, q), batchSize: BATCH, dropoutVariant: dropoutVariantOf(variant) },
    seed: q.seed,
    options: { epochs: q.epochs, evalEachEpoch: true },
  };
}

/**
 * The three networks as one population: the shared net of runConfig('inverted'), member k the network VARIANTS[k]
 * with its ratio and variant as hyperparameters, so each member trains exactly as runConfig(VARIANTS[k]) does.
 */
export function populationConfig(q: DropoutParams): PopulationConfig {
  const { spec, data, options, hyper, seed } = runConfig('inverted', q);
  const ratios = (v: Variant) => Array.from({ length: HIDDEN_LAYERS }, () => ratioOf(v, q.p));
  return {
    spec,
    data,
    options,
    members: VARIANTS.map((v) => ({ seed: seed ?? 0, hyper: { ...hyper, dropout: ratios(v), dropoutVariant: dropoutVariantOf(v) } })),
  };
}

/** Accuracies of one network (evaluation mode: no mask; the book's variant × (1 − p)) and their gap train − test. */
export interface Accuracies {
  train: number;
  test: number;
  gap: number;
}

/** The three networks on the CPU engine, for tests and benchmarks: the same seed, so the same weights, batches and masks. */
export class DropoutRun {
  readonly params: DropoutParams;
  readonly trainers: Record<Variant, CpuTrainer>;

  constructor(q: DropoutParams, data: TrainData) {
    this.params = q;
    const make = (v: Variant) => {
      const c = runConfig(v, q);
      return createTrainer(c.spec, data, c.hyper, c.seed, { epochs: q.epochs, evalEachEpoch: false });
    };
    this.trainers = { none: make('none'), inverted: make('inverted'), book: make('book') };
  }

  /** Trains the three networks `epochs` more epochs (at most up to the budget). */
  advance(epochs: number): void {
    for (const v of VARIANTS) this.trainers[v].step(epochs * stepsPerEpoch(this.params.n));
  }

  /** Training and test accuracy of the three networks now. */
  accuracies(): Record<Variant, Accuracies> {
    const of = (v: Variant): Accuracies => {
      const r = this.trainers[v].evaluate(['train', 'test']);
      const train = r.train.accuracy;
      const test = r.test?.accuracy ?? NaN;
      return { train, test, gap: train - test };
    };
    return { none: of('none'), inverted: of('inverted'), book: of('book') };
  }
}

/** Row `row` of a mask (units entries, 1 = kept). */
export function maskRow(m: DropoutMask, row: number): Uint8Array {
  return m.mask.subarray(row * m.units, (row + 1) * m.units);
}

/** Share of kept entries in a mask (or in several). */
export function keptShare(masks: readonly DropoutMask[]): number {
  let kept = 0, total = 0;
  for (const m of masks) {
    const len = m.rows * m.units;
    for (let i = 0; i < len; i++) kept += m.mask[i];
    total += len;
  }
  return total ? kept / total : NaN;
}

/**
 * The 1-based update whose mask this is. The page knows the run had reached update `known` when it asked;
 * the worker may have gone a few updates further before it answered. Masks are a pure function of
 * (seed, step, layer, row, unit), so the first update t ≥ known whose masks, recomputed with the engine's
 * dropoutKeep, equal rows 0 … min(rows, 4) − 1 is the one (100 units per row make a false match negligible for
 * 0.05 ≤ p ≤ 0.9). Returns `known` when p = 0 or nothing matches within `ahead` updates.
 */
export function maskStep(m: DropoutMask, seed: number, known: number, ahead = 256): number {
  if (m.p <= 0 || known < 1) return known;
  const rows = Math.min(m.rows, 4);
  for (let t = known; t < known + ahead; t++) {
    let same = true;
    for (let r = 0; r < rows && same; r++) {
      for (let j = 0; j < m.units; j++) {
        if (dropoutKeep(seed, t - 1, m.layer, r, m.units, j, m.p) !== (m.mask[r * m.units + j] === 1)) {
          same = false;
          break;
        }
      }
    }
    if (same) return t;
  }
  return known;
}

/** One line of the E[h′] = h check: after `masks` masks, the mean of h′ per unit, and the share of units kept. */
export interface MaskAverage {
  masks: number;
  mean: Float64Array;
  kept: number;
}

/**
 * The expectation check, computed with the engine's own dropout code: h′ = ξ ⊙ h · s (s = 1/(1 − p) for inverted
 * dropout, 1 for the book's) for the masks the engine draws for row 0 of hidden layer `layer` at updates 1, 2, …, K
 * (the first h.length units). Returns the running mean of h′ after each count in `counts` (ascending); it tends to
 * E[h′] = h·(1 − p)·s, the layer's output at test time: h (inverted) or (1 − p)·h (book).
 */
export function averageOverMasks(
  h: readonly number[], p: number, layer: number, seed: number, counts: readonly number[], variant: DropoutVariant = 'inverted',
): MaskAverage[] {
  const u = h.length;
  const x = Float32Array.from(h);
  const y = new Float32Array(u);
  const mask = new Uint8Array(u);
  const sum = new Float64Array(u);
  let kept = 0;
  const out: MaskAverage[] = [];
  let k = 0;
  for (const count of counts) {
    for (; k < count; k++) {
      dropoutForward(x, y, mask, 1, u, p, seed, k, layer, variant);
      for (let j = 0; j < u; j++) {
        sum[j] += y[j];
        kept += mask[j];
      }
    }
    out.push({ masks: k, mean: sum.map((s) => s / Math.max(1, k)), kept: kept / Math.max(1, k * u) });
  }
  return out;
}

/** The factors of a variant at ratio p, as the lesson states them: kept units × train, every unit at test × test. */
export function variantFactors(p: number, variant: DropoutVariant): { train: number; test: number } {
  const s = dropoutScales(p, variant);
  return { train: s.train, test: s.eval };
}

/** 2^M written as mantissa × 10^exponent (M can be in the hundreds: 2^600 overflows nothing here). */
export function powerOfTwo(M: number): { mantissa: number; exponent: number } {
  const log10 = M * Math.LOG10E * Math.LN2;
  const exponent = Math.floor(log10);
  return { mantissa: Math.pow(10, log10 - exponent), exponent };
}

/** C(M, 0) + C(M, 1) + … + C(M, M), each term listed: the sub-networks with k units kept (small M only). */
export function binomialRow(M: number): number[] {
  const row = [1];
  for (let k = 1; k <= M; k++) row.push((row[k - 1] * (M - k + 1)) / k);
  return row;
}

/**
 * Reads the two gaps (train − test accuracy): 'narrower' when a dropout net's gap is smaller than the plain net's by
 * more than `margin` (default 0.02, about the test-set noise of 1000 digits), 'wider' when it is larger by more
 * than that, else 'similar'.
 */
export function gapVerdict(none: Accuracies, dropout: Accuracies, margin = 0.02): 'narrower' | 'similar' | 'wider' {
  if (dropout.gap < none.gap - margin) return 'narrower';
  return dropout.gap > none.gap + margin ? 'wider' : 'similar';
}

/**
 * How the book's network trains next to the inverted one at the same seed, masks and p, read from training accuracy:
 * 'slower' when its training accuracy is lower by more than `margin` (default 0.02), 'faster' when higher by more, else 'similar'.
 */
export function bookVsInverted(inverted: Accuracies, book: Accuracies, margin = 0.02): 'slower' | 'similar' | 'faster' {
  if (book.train < inverted.train - margin) return 'slower';
  return book.train > inverted.train + margin ? 'faster' : 'similar';
}

/**
 * The book's variant as inverted dropout in disguise: training and evaluation with weights W equal inverted dropout with
 * every weight matrix after a dropout layer multiplied by (1 − p). So at the same W it starts with the signal through H
 * dropout layers shrunk by (1 − p)^H, and SGD on the equivalent weights moves with learning rate (1 − p)²·η.
 */
export function bookEquivalent(p: number, layers = HIDDEN_LAYERS): { signal: number; lrFactor: number } {
  return { signal: Math.pow(1 - p, layers), lrFactor: (1 - p) * (1 - p) };
}
