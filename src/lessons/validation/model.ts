// Pure model of the validation lesson (seed 000 §2.1–2.2, seed 004 §五): choosing a polynomial degree by test or by
// validation error, the book's 20 % hold-out with and without its shuffle, and K-fold cross-validation's runs and statistics.
import { dataSampler } from '../../engine/data/sampler';
import { polynomialData } from '../../engine/data/polynomial';
import type { ModelSpec } from '../../engine/nn';
import { STREAM, permutation } from '../../engine/rng';
import { createTrainer, type Dataset } from '../../engine/train';
import type { RunConfig } from '../../components/useTrainerRuns';
import { hyperFrom } from '../../state/hyperFrom';
import { validationParams } from './params';

/** Candidate degrees of the selection figure: 1 … MAX_DEGREE. */
export const MAX_DEGREE = 12;
/** Test points of the polynomial set (few, so choosing by them is noticeably optimistic). */
export const POLY_TEST = 20;
/** Fresh points: a third sample from the same distribution, never seen by any choice. */
export const POLY_FRESH = 1000;
/** The book's hold-out share (seed 004 §五). */
export const VALIDATION_SHARE = 0.2;
export const POLY_LR = 0.02;
export const POLY_BATCH = 8;
export const POLY_EPOCHS = 300;
/** MNIST test digits of the K-fold and hold-out runs. */
export const N_TEST = 500;
export const HIDDEN_UNITS = 100;
export const BATCH = 50;
export const HOLDOUT_EPOCHS = 10;

const linearSpec = (degree: number): ModelSpec => ({ inputSize: degree + 1, hidden: [], outputSize: 1, init: { scheme: 'gaussian', std: 0.01 }, loss: 'mse' });

/** The run of one candidate degree: features xⁱ/i!, i ≤ degree, 20 % of the n points held out (shuffled, splitSeed = seed). */
export function degreeConfig(degree: number, q: { n: number; noise: number; seed: number }): RunConfig {
  return {
    spec: linearSpec(degree),
    data: { kind: 'polynomial', seed: q.seed, nTrain: q.n, nTest: POLY_TEST, features: degree + 1, noise: q.noise, validation: VALIDATION_SHARE, splitSeed: q.seed },
    hyper: { optimizer: 'sgd', lr: POLY_LR, batchSize: POLY_BATCH },
    seed: q.seed,
    options: { epochs: POLY_EPOCHS },
  };
}

/** The fresh sample (sampler set 1, never used by the runs): x and y of POLY_FRESH points with MAX_DEGREE + 1 feature columns. */
export function freshSample(seed: number, noise: number): Dataset {
  return polynomialData(dataSampler(seed, 1), { nTrain: 0, nTest: POLY_FRESH, features: MAX_DEGREE + 1, noise }).test;
}

/** Mean data loss (the engine's MSE) of a degree-`degree` model with flat parameters `params` on the first degree + 1 columns of `fresh`. */
export function freshLoss(params: Float32Array, degree: number, fresh: Dataset): number {
  const cols = degree + 1;
  const x = new Float32Array(fresh.n * cols);
  for (let r = 0; r < fresh.n; r++) x.set(fresh.x.subarray(r * fresh.d, r * fresh.d + cols), r * cols);
  const trainer = createTrainer(linearSpec(degree), { train: { x, y: fresh.y, n: fresh.n, d: cols } }, {}, 0, { evalEachEpoch: false });
  trainer.setParams(params);
  return trainer.evaluate(['train']).train.loss;
}

/** One candidate's final losses. */
export interface Candidate {
  degree: number;
  train: number;
  val: number;
  test: number;
  fresh: number;
}

/** The candidate with the least `by` loss (first on ties), or null for none. */
export function chooseBy(cands: readonly Candidate[], by: 'val' | 'test'): Candidate | null {
  let best: Candidate | null = null;
  for (const c of cands) if (Number.isFinite(c[by]) && (best === null || c[by] < best[by])) best = c;
  return best;
}

/** Per-digit counts of the labels y[i] for i in `rows`. */
export function digitCounts(y: ArrayLike<number>, rows: ArrayLike<number>): number[] {
  const counts = new Array<number>(10).fill(0);
  for (let i = 0; i < rows.length; i++) counts[y[rows[i]]]++;
  return counts;
}

/**
 * The validation split's digits for the first n labels stored sorted by digit: as the book cuts it (first
 * ⌊0.2·n⌋ rows) without shuffling, and after the shuffle splitTrainValidation does (stream 'split', splitSeed).
 */
export function holdoutCounts(labels: ArrayLike<number>, n: number, splitSeed: number): { unshuffled: number[]; shuffled: number[] } {
  const sorted = Array.from({ length: n }, (_, i) => labels[i]).sort((a, b) => a - b);
  const nVal = Math.floor(VALIDATION_SHARE * n);
  const head = Array.from({ length: nVal }, (_, i) => i);
  const perm = permutation(n, splitSeed, STREAM.split).subarray(0, nVal);
  return { unshuffled: digitCounts(sorted, head), shuffled: digitCounts(sorted, perm) };
}

/** The K-fold and hold-out net: 784 → 100 ReLU (He) → 10, softmax cross-entropy. */
const mnistSpec: ModelSpec = { inputSize: 784, hidden: [{ units: HIDDEN_UNITS, activation: 'relu' as const }], outputSize: 10, init: { scheme: 'he' as const }, loss: 'softmax-ce' as const };

/** Settings of the MNIST runs. */
export interface MnistRunParams {
  n: number;
  epochs: number;
  lr: number;
  seed: number;
}

/** Fold `index` of k: trains on the other k − 1 folds of the first n digits (shuffled with splitSeed = seed), same weights for every fold. */
export function foldConfig(index: number, k: number, q: MnistRunParams): RunConfig {
  return {
    spec: mnistSpec,
    data: { kind: 'mnist', nTrain: q.n, nTest: N_TEST, fold: { k, index }, splitSeed: q.seed },
    hyper: { optimizer: 'sgd', ...hyperFrom(validationParams, q), batchSize: BATCH },
    seed: q.seed,
    options: { epochs: q.epochs },
  };
}

/** The hold-out run on digits stored sorted by label: 20 % split off with the book's shuffle or without it. */
export function holdoutConfig(shuffle: boolean, q: MnistRunParams): RunConfig {
  return {
    spec: mnistSpec,
    data: { kind: 'mnist', nTrain: q.n, nTest: N_TEST, sortByLabel: true, validation: VALIDATION_SHARE, shuffleSplit: shuffle, splitSeed: q.seed },
    hyper: { optimizer: 'sgd', ...hyperFrom(validationParams, q), batchSize: BATCH },
    seed: q.seed,
    options: { epochs: HOLDOUT_EPOCHS },
  };
}

/** Mean and sample standard deviation (k − 1 in the denominator, as crossValidate reports); std NaN below two values. */
export function meanStd(values: readonly number[]): { mean: number; std: number } {
  const k = values.length;
  if (k === 0) return { mean: NaN, std: NaN };
  const mean = values.reduce((a, b) => a + b, 0) / k;
  if (k < 2) return { mean, std: NaN };
  const variance = values.reduce((a, b) => a + (b - mean) ** 2, 0) / (k - 1);
  return { mean, std: Math.sqrt(variance) };
}

/** Rows [lo, hi) of fold f when n rows are cut into k folds (kFoldSplits' cut). */
export function foldRange(f: number, k: number, n: number): [number, number] {
  return [Math.floor((f * n) / k), Math.floor(((f + 1) * n) / k)];
}
