// Pure model of the early-stopping lesson (seed 002 早停, seed 000 §9): the overfitting MNIST net trained to its budget with and
// without L2 as one population, the same net with early stopping on the validation loss, and the stop rule replayed on a curve.
import type { ModelSpec } from '../../engine/nn';
import { EarlyStoppingTracker } from '../../engine/train/earlyStopping';
import type { RunConfig } from '../../components/useTrainerRuns';
import type { PopulationConfig } from '../../components/run';
import { hyperFrom } from '../../state/hyperFrom';
import { earlyStoppingParams } from './params';

export const HIDDEN = [100, 100] as const;
export const BATCH = 50;
export const N_TEST = 1000;
/** The share of the training digits held out for validation (seed 004 §五, shuffled first). */
export const VALIDATION_SHARE = 0.2;

/** The networks of the population, in member order. */
export const VARIANTS = ['plain', 'l2'] as const;
export type Variant = (typeof VARIANTS)[number];

export interface EarlyStoppingParams {
  n: number;
  epochs: number;
  patience: number;
  lambda: number;
  lr: number;
  seed: number;
}

/** 784 → 100 → 100 → 10, ReLU, He init, softmax cross-entropy. */
export const NET: ModelSpec = {
  inputSize: 784,
  hidden: HIDDEN.map((units) => ({ units, activation: 'relu' as const })),
  outputSize: 10,
  init: { scheme: 'he' },
  loss: 'softmax-ce',
};

const data = (q: EarlyStoppingParams) =>
  ({ kind: 'mnist', nTrain: q.n, nTest: N_TEST, validation: VALIDATION_SHARE, splitSeed: q.seed }) as const;

/** Updates per epoch on the n − ⌊0.2n⌋ training digits. */
export const stepsPerEpoch = (n: number): number => Math.ceil((n - Math.floor(VALIDATION_SHARE * n)) / BATCH);

/**
 * Both nets trained to the budget: member 0 plain (λ = 0), member 1 with weight decay λ (per member, so written here);
 * same seed, data, batches and the bound lr.
 */
export function populationConfig(q: EarlyStoppingParams): PopulationConfig {
  return {
    spec: NET,
    data: data(q),
    options: { epochs: q.epochs },
    members: VARIANTS.map((v) => ({ seed: q.seed, hyper: { optimizer: 'sgd' as const, ...hyperFrom(earlyStoppingParams, q), batchSize: BATCH, weightDecay: v === 'l2' ? q.lambda : 0 } })),
  };
}

/** The plain net once more, now stopped by the engine after `patience` epochs without a new lowest validation loss, best weights restored. */
export function earlyStoppedConfig(q: EarlyStoppingParams): RunConfig {
  return {
    spec: NET,
    data: data(q),
    hyper: { optimizer: 'sgd', ...hyperFrom(earlyStoppingParams, q), batchSize: BATCH },
    seed: q.seed,
    options: { epochs: q.epochs, earlyStopping: { patience: q.patience, restoreBest: true } },
  };
}

/** Where the rule stops on a curve: 1-based epochs of the best validation loss and of the stop, and why it stops. */
export interface StopPoint {
  best: number;
  bestLoss: number;
  stop: number;
  reason: 'early-stopping' | 'epochs';
}

/**
 * Replays early stopping on validation losses (epoch 1, 2, …) with the engine's tracker: the stop is the epoch
 * whose loss makes `patience` epochs without a new minimum, else the budget's last epoch once all `budget` are in.
 * Null while undecided.
 */
export function replayStop(valLosses: readonly number[], patience: number, budget: number): StopPoint | null {
  const tracker = new EarlyStoppingTracker();
  for (let e = 0; e < valLosses.length; e++) {
    if (tracker.observe(valLosses[e], e, patience, 0) === 'stop') {
      return { best: tracker.bestEpoch + 1, bestLoss: tracker.bestValidationLoss, stop: e + 1, reason: 'early-stopping' };
    }
  }
  if (valLosses.length < budget || tracker.bestEpoch < 0) return null;
  return { best: tracker.bestEpoch + 1, bestLoss: tracker.bestValidationLoss, stop: budget, reason: 'epochs' };
}
