// Pure model of the augmentation lesson (seed 000 §8: too few examples): MNIST networks trained on the first n digits with
// and without label-preserving transforms, several seeds, one population; then self-training with pseudo-labels.
import type { Augment } from '../../engine/data/augment';
import type { ModelSpec } from '../../engine/nn';
import type { PopulationConfig } from '../../components/run';

/** Training digits the runs draw from (the first n are labelled; the rest is the unlabelled pool), and test digits. */
export const POOL = 2000;
export const N_TEST = 1000;
export const BATCH = 50;
export const LR = 0.001;
/** The sizes the accuracy-against-n figure always trains (the slider's n joins them). */
export const GRID = [100, 300, 1000] as const;
/** Confidence thresholds of self-training (the slider's joins them). */
export const THRESHOLDS = [0.5, 0.8, 0.9, 0.99] as const;
export const TRANSFORMS = ['shift', 'rotate', 'elastic', 'noise'] as const;
export type TransformName = (typeof TRANSFORMS)[number];

/** One hidden layer of 100 ReLU units (light enough for a loaded two-core machine). */
export const SPEC: ModelSpec = {
  inputSize: 784,
  hidden: [{ units: 100, activation: 'relu' }],
  outputSize: 10,
  init: { scheme: 'he' },
  loss: 'softmax-ce',
};

export interface AugQuery {
  n: number;
  epochs: number;
  seeds: number;
  seed: number;
  /** The transforms switched on, and their strengths (px, degrees, α in px, σ). */
  on: readonly string[];
  shift: number;
  rotate: number;
  elastic: number;
  noise: number;
}

/** The engine's transform strengths: a switched-off transform has strength 0. */
export function augmentOf(q: AugQuery): Augment {
  const has = (k: TransformName) => q.on.includes(k);
  return { shift: has('shift') ? q.shift : 0, rotate: has('rotate') ? q.rotate : 0, elastic: has('elastic') ? q.elastic : 0, noise: has('noise') ? q.noise : 0 };
}

/** The training-set sizes trained: GRID and n, ascending, without repeats. */
export function sizes(n: number): number[] {
  return [...new Set([...GRID, n])].sort((a, b) => a - b);
}

/** Member k of the accuracy population: its n, whether it augments, its seed. */
export interface MemberKey {
  n: number;
  augment: boolean;
  seed: number;
}

/** Members in order: for each size, without then with augmentation, seeds seed … seed + seeds − 1. */
export function memberKeys(q: Pick<AugQuery, 'n' | 'seeds' | 'seed'>): MemberKey[] {
  return sizes(q.n).flatMap((n) => [false, true].flatMap((augment) => Array.from({ length: q.seeds }, (_, s) => ({ n, augment, seed: q.seed + s }))));
}

/** The accuracy population: every member Adam η = 0.001, batch 50, on its first n digits (trainRows), evaluated each epoch. */
export function accuracyPopulation(q: AugQuery): PopulationConfig {
  const augment = augmentOf(q);
  return {
    spec: SPEC,
    data: { kind: 'mnist', nTrain: POOL, nTest: N_TEST },
    options: { epochs: q.epochs, evalEachEpoch: true },
    members: memberKeys(q).map((k) => ({ seed: k.seed, hyper: { optimizer: 'adam', lr: LR, batchSize: BATCH, trainRows: k.n, ...(k.augment ? { augment } : {}) } })),
  };
}

/** Mean, lowest and highest of some numbers (NaN for none). */
export function spread(xs: readonly number[]): { mean: number; min: number; max: number } {
  if (!xs.length) return { mean: NaN, min: NaN, max: NaN };
  return { mean: xs.reduce((a, b) => a + b, 0) / xs.length, min: Math.min(...xs), max: Math.max(...xs) };
}

/** The self-training plan: the unlabelled pool ordered by the teacher's confidence, and how many pass each threshold. */
export interface PseudoPlan {
  /** Pool rows (indices into the training digits), most confident first, and the teacher's labels for them. */
  rows: number[];
  labels: number[];
  /** Per threshold: pseudo-labels accepted (confidence ≥ threshold) and how many of them are right (NaN without truths). */
  accepted: number[];
  correct: number[];
}

/**
 * Pool rows n … POOL − 1 sorted by descending confidence (ties by row), with the teacher's predicted labels; at threshold τ
 * the first accepted(τ) = #{confidence ≥ τ} of them are used (so one data set serves every threshold, through trainRows).
 */
export function pseudoPlan(n: number, predicted: ArrayLike<number>, confidence: ArrayLike<number>, truth: ArrayLike<number> | null, thresholds: readonly number[]): PseudoPlan {
  const pool = Array.from({ length: Math.max(0, Math.min(predicted.length, POOL) - n) }, (_, i) => n + i);
  pool.sort((a, b) => confidence[b] - confidence[a] || a - b);
  const accepted = thresholds.map((t) => pool.filter((i) => confidence[i] >= t).length);
  const correct = thresholds.map((_, k) => (truth ? pool.slice(0, accepted[k]).filter((i) => truth[i] === predicted[i]).length : NaN));
  return { rows: pool, labels: pool.map((i) => predicted[i]), accepted, correct };
}

/** Thresholds trained: THRESHOLDS and the slider's, ascending. */
export function thresholds(threshold: number): number[] {
  return [...new Set([...THRESHOLDS, threshold])].sort((a, b) => a - b);
}

/**
 * The self-training population: member 0 is the labelled-only baseline (the first n digits), member k ≥ 1 adds the pool rows
 * whose pseudo-label confidence reaches thresholds[k − 1]; each over seeds seed … seed + seeds − 1, no augmentation.
 */
export function semiPopulation(q: Pick<AugQuery, 'n' | 'epochs' | 'seeds' | 'seed'>, plan: PseudoPlan): PopulationConfig {
  const counts = [0, ...plan.accepted];
  return {
    spec: SPEC,
    data: { kind: 'mnist', nTrain: POOL, nTest: N_TEST, pseudo: { keep: q.n, rows: plan.rows, labels: plan.labels } },
    // Each epoch's test accuracy; the training split is read on one batch only (its rows differ per member).
    options: { epochs: q.epochs, evalEachEpoch: true, evalTrainSamples: BATCH },
    members: counts.flatMap((extra) =>
      Array.from({ length: q.seeds }, (_, s) => ({ seed: q.seed + s, hyper: { optimizer: 'adam' as const, lr: LR, batchSize: BATCH, trainRows: q.n + extra } })),
    ),
  };
}
