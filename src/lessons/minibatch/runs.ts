// The minibatch lesson's MNIST part (seed 000 §6.2): one run per batch size, and what their epoch rows say about the five claims.
import type { ModelSpec } from '../../engine/nn';
import type { RunConfig } from '../../components/useTrainerRuns';
import { hyperFrom } from '../../state/hyperFrom';
import { minibatchParams, type MinibatchValues } from './params';

/** Test digits evaluated at every epoch end, hidden units of the small net. */
export const N_TEST = 500;
export const HIDDEN = 50;
/** The batch sizes below "all" (those under n are trained, then n itself). */
export const SIZES = [1, 8, 32, 128, 512] as const;

/** The trained batch sizes for n training digits: the SIZES under n, then n (batch gradient descent). */
export function batchSizes(n: number): number[] {
  return [...SIZES.filter((b) => b < n), n];
}

/** Updates in one epoch of n digits at batch size B: ⌈n/B⌉ (the last batch holds the digits left). */
export const updatesPerEpoch = (n: number, B: number) => Math.ceil(n / B);

/** 784 → 50 ReLU → 10, He initialization, softmax cross-entropy. */
export const NET: ModelSpec = { inputSize: 784, hidden: [{ units: HIDDEN, activation: 'relu' }], outputSize: 10, init: { scheme: 'he' }, loss: 'softmax-ce' };

/**
 * The run of batch size B (swept, so written here): SGD at mlr (the table's lr binding) on the first n digits for mepochs
 * epochs, same seed (same initial weights and epoch shuffles) for every size; every epoch end evaluates N_TEST test digits
 * and the first N_TEST training digits.
 * Per-step metrics are kept for about 50 updates per epoch (the small batches take thousands).
 */
export function runConfig(B: number, q: Pick<MinibatchValues, 'n' | 'mepochs' | 'mlr' | 'seed'>): RunConfig {
  return {
    spec: NET,
    data: { kind: 'mnist', nTrain: q.n, nTest: N_TEST },
    hyper: { optimizer: 'sgd', ...hyperFrom(minibatchParams, q), batchSize: B },
    seed: q.seed,
    options: { epochs: q.mepochs, evalTrainSamples: N_TEST },
    stream: { every: Math.max(1, Math.floor(updatesPerEpoch(q.n, B) / 50)) },
  };
}

/** One epoch row of minibatch/runs: batch size, epoch (from 1), seconds of training so far, training loss, test accuracy. */
export interface EpochRow {
  batchSize: number;
  epoch: number;
  seconds: number;
  trainLoss: number;
  testAcc: number;
}

/** What one batch size did, from its epoch rows (NaN / null where not known yet). */
export interface SizeSummary {
  batchSize: number;
  epochs: number;
  /** Updates taken in epoch 1 (the run's own counter). */
  updatesPerEpoch: number;
  samplesPerSecond: number;
  secondsPerEpoch: number;
  /** First epoch (and its seconds) whose test accuracy reached the target; null if none yet. */
  epochsToTarget: number | null;
  secondsToTarget: number | null;
  finalAcc: number;
  /** Largest fall of test accuracy from one epoch to the next (0 if it never fell). */
  largestDrop: number;
}

/** The summary of each batch size, in the order of `sizes`; n digits per epoch; firstStep[b] = updates in its epoch 1. */
export function summarize(rows: readonly EpochRow[], sizes: readonly number[], n: number, target: number, firstStep: readonly number[]): SizeSummary[] {
  return sizes.map((b, k) => {
    const own = rows.filter((r) => r.batchSize === b).sort((p, q) => p.epoch - q.epoch);
    const last = own[own.length - 1];
    const hit = own.find((r) => r.testAcc >= target);
    let largestDrop = 0;
    for (let i = 1; i < own.length; i++) largestDrop = Math.max(largestDrop, own[i - 1].testAcc - own[i].testAcc);
    return {
      batchSize: b,
      epochs: own.length,
      updatesPerEpoch: firstStep[k] ?? NaN,
      samplesPerSecond: last ? (last.epoch * n) / last.seconds : NaN,
      secondsPerEpoch: last ? last.seconds / last.epoch : NaN,
      epochsToTarget: hit ? hit.epoch : null,
      secondsToTarget: hit ? hit.seconds : null,
      finalAcc: last ? last.testAcc : NaN,
      largestDrop,
    };
  });
}

/** The entry with the largest (or smallest) value of `key` among those where it is a finite number, or null. */
export function best<K extends keyof SizeSummary>(list: readonly SizeSummary[], key: K, largest: boolean): SizeSummary | null {
  let out: SizeSummary | null = null;
  for (const s of list) {
    const v = s[key];
    if (typeof v !== 'number' || !Number.isFinite(v)) continue;
    if (out === null || (largest ? v > (out[key] as number) : v < (out[key] as number))) out = s;
  }
  return out;
}
