// Default training hyperparameters (book ch. 6 values for MNIST) and how updates merge into them.
import { OPTIMIZERS, type OptimizerName } from '../optimizers';
import { checkDropout } from '../nn/spec';
import { checkDropoutVariant, type DropoutVariant } from '../nn/dropout';
import { CONSTANT_LR, checkLrSchedule } from './lrSchedule';
import { checkAugment } from '../data/augment';
import { checkLrFactors } from './layerFactors';
import { REBALANCE, type HyperUpdate, type TrainHyper } from './types';

/**
 * Per-optimizer defaults for MLP training, from "Deep Learning from Scratch" ch. 6 (seed 004):
 * SGD, momentum (γ = 0.9), AdaGrad and RMSProp (γ = 0.99) with η = 0.01, Adam with η = 0.001.
 * These differ from the 2-D demo defaults in src/engine/optimizers (η = 0.4), which suit f(x) = 0.1x₁² + 2x₂².
 */
export const MLP_OPTIMIZER_DEFAULTS: Record<OptimizerName, Partial<TrainHyper>> = {
  sgd: { lr: 0.01 },
  momentum: { lr: 0.01, gamma: 0.9 },
  adagrad: { lr: 0.01 },
  rmsprop: { lr: 0.01, gamma: 0.99 },
  adadelta: {},
  adam: { lr: 0.001 },
};

/** Defaults for everything that is not an optimizer constant. */
export const TRAIN_DEFAULTS = {
  optimizer: 'sgd' as OptimizerName,
  batchSize: 100,
  weightDecay: 0,
  l1: 0,
  clipNorm: 0,
  clipValue: 0,
  dropoutVariant: 'inverted' as DropoutVariant,
  lrSchedule: CONSTANT_LR,
};

/**
 * The effective hyperparameters: TRAIN_DEFAULTS, then the chosen optimizer's own defaults and its
 * MLP defaults, then every field the caller has set (`overrides`). Fields the caller never set follow
 * the optimizer when it changes. Throws RangeError on a batch size < 1, a dropout ratio outside [0, 1), an
 * unknown dropout variant, an unknown rebalance, bad augment strengths (checkAugment), a trainRows < 1, a bad learning-rate schedule (checkLrSchedule) or a negative or non-finite lrFactor.
 */
export function resolveHyper(overrides: HyperUpdate, specDropout: readonly number[]): TrainHyper {
  const optimizer = overrides.optimizer ?? TRAIN_DEFAULTS.optimizer;
  const opt = OPTIMIZERS[optimizer];
  if (!opt) throw new RangeError(`unknown optimizer ${optimizer}`);
  const { dropout, ...rest } = overrides;
  const hp: TrainHyper = {
    ...TRAIN_DEFAULTS,
    ...opt.defaults,
    ...MLP_OPTIMIZER_DEFAULTS[optimizer],
    ...rest,
    optimizer,
    dropout: resolveDropout(dropout, specDropout),
  };
  checkDropoutVariant(hp.dropoutVariant);
  checkLrSchedule(hp.lrSchedule);
  checkLrFactors(hp.lrFactors);
  if (hp.perClass !== undefined && !(Number.isInteger(hp.perClass) && hp.perClass >= 1)) throw new RangeError(`perClass must be a positive integer, got ${hp.perClass}`);
  if (hp.perClassCycle !== undefined && !(hp.perClass !== undefined && Number.isInteger(hp.perClassCycle) && hp.perClassCycle >= 1)) throw new RangeError(`perClassCycle must be a positive integer, with perClass, got ${hp.perClassCycle}`);
  if (hp.perClass !== undefined && (hp.rebalance === 'oversample' || hp.rebalance === 'undersample')) throw new RangeError(`perClass does not combine with rebalance '${hp.rebalance}'`);
  if (hp.rebalance !== undefined && !REBALANCE.includes(hp.rebalance)) throw new RangeError(`unknown rebalance ${String(hp.rebalance)}`);
  if (hp.augment) checkAugment(hp.augment);
  if (hp.trainRows !== undefined && !(Number.isInteger(hp.trainRows) && hp.trainRows >= 1)) throw new RangeError(`trainRows must be a positive integer, got ${hp.trainRows}`);
  if (!Number.isInteger(hp.batchSize) || hp.batchSize < 1) throw new RangeError(`batchSize must be a positive integer, got ${hp.batchSize}`);
  return hp;
}

/** A dropout update as one ratio per hidden layer (a number applies to all; missing entries keep the spec's). */
export function resolveDropout(dropout: number | readonly number[] | undefined, specDropout: readonly number[]): number[] {
  const out = specDropout.map((p, l) => (dropout === undefined ? p : typeof dropout === 'number' ? dropout : dropout[l] ?? p));
  out.forEach(checkDropout);
  return out;
}
