// The lr-schedules experiments: six schedules racing on the optimizer race's MNIST net as one population, and the range test.
import type { LrSchedule } from '../../engine/train';
import type { PopulationConfig } from '../../components/run';
import { hyperFrom } from '../../state/hyperFrom';
import { BATCH, N_TEST, raceNet } from '../optimizers-mnist/race';
import { lrSchedulesParams } from './params';

export const SCHEDULES = ['constant', 'step', 'exponential', 'inverse', 'cosine', 'warmup-cosine'] as const;
export type ScheduleName = (typeof SCHEDULES)[number];

/** Display names, the same in both languages (the text explains them). */
export const SCHEDULE_LABEL: Record<ScheduleName, string> = {
  constant: 'constant',
  step: 'step',
  exponential: 'exp',
  inverse: '1/t',
  cosine: 'cosine',
  'warmup-cosine': 'warm-up + cosine',
};

export interface ScheduleKnobs {
  epochs: number;
  lr: number;
  stepGamma: number;
  stepEvery: number;
  expGamma: number;
  invK: number;
  /** Cosine floor as a fraction of η₀. */
  cosFloor: number;
  warmup: number;
}

/** The schedule spec of each racer from the page's knobs; both cosines end at epoch `epochs`. */
export function scheduleOf(name: ScheduleName, q: ScheduleKnobs): LrSchedule {
  const min = q.cosFloor * q.lr;
  switch (name) {
    case 'constant':
      return { kind: 'constant' };
    case 'step':
      return { kind: 'step', gamma: q.stepGamma, every: q.stepEvery };
    case 'exponential':
      return { kind: 'exponential', gamma: q.expGamma };
    case 'inverse':
      return { kind: 'inverse', k: q.invK };
    case 'cosine':
      return { kind: 'cosine', total: q.epochs, min };
    case 'warmup-cosine':
      return { kind: 'warmup-cosine', warmup: Math.min(q.warmup, q.epochs), total: q.epochs, min };
  }
}

/** Training digits' loss is evaluated on at most this many at each epoch end. */
export const EVAL_TRAIN = 1000;

/**
 * Every schedule trains the race's net with plain SGD from η₀ (the table's lr binding), one seed: same start, same batches,
 * only the lr differs. The schedules are computed from several parameters (scheduleOf), so they are written here.
 */
export function schedulePopulation(q: ScheduleKnobs & { n: number; seed: number }): PopulationConfig {
  return {
    spec: raceNet(),
    data: { kind: 'mnist', nTrain: q.n, nTest: N_TEST },
    options: { epochs: q.epochs, evalEachEpoch: true, evalTrainSamples: EVAL_TRAIN },
    members: SCHEDULES.map((s) => ({ seed: q.seed, hyper: { optimizer: 'sgd', batchSize: BATCH, ...hyperFrom(lrSchedulesParams, q), lrSchedule: scheduleOf(s, q) } })),
  };
}

/** The range test: one epoch with lr rising log-linearly from RANGE.from to RANGE.to, batches of RANGE.batch. */
export const RANGE = { from: 1e-4, to: 10, batch: 32 } as const;

export function rangePopulation(q: { n: number; seed: number }): PopulationConfig {
  return {
    spec: raceNet(),
    data: { kind: 'mnist', nTrain: q.n, nTest: N_TEST },
    options: { epochs: 1, evalEachEpoch: false },
    members: [{ seed: q.seed, hyper: { optimizer: 'sgd', batchSize: RANGE.batch, lr: RANGE.from, lrSchedule: { kind: 'range', to: RANGE.to, total: 1 } } }],
  };
}

/** The lr of range-test update `step` (1-based) over n digits: progress (step − 1)·batch / n of the one epoch. */
export const rangeLr = (step: number, n: number) => RANGE.from * Math.pow(RANGE.to / RANGE.from, Math.min(1, ((step - 1) * RANGE.batch) / n));

/** Exponential moving average with bias correction (β = 0.9), the usual smoothing of a range test's noisy losses. */
export function smoothLosses(loss: readonly number[], beta = 0.9): number[] {
  let m = 0;
  return loss.map((l, i) => {
    m = beta * m + (1 - beta) * l;
    return m / (1 - Math.pow(beta, i + 1));
  });
}

/**
 * The range test's suggestion: a tenth of the lr where the smoothed loss is lowest (before the loss blows up). Null
 * with fewer than 5 points or when the lowest point is the very first (no descent seen).
 */
export function suggestLr(lrs: readonly number[], loss: readonly number[]): { atMin: number; suggested: number } | null {
  const finite = loss.findIndex((l) => !Number.isFinite(l));
  const n = finite < 0 ? loss.length : finite;
  if (n < 5) return null;
  const s = smoothLosses(loss.slice(0, n));
  let k = 0;
  for (let i = 1; i < n; i++) if (s[i] < s[k]) k = i;
  if (k === 0) return null;
  return { atMin: lrs[k], suggested: lrs[k] / 10 };
}
