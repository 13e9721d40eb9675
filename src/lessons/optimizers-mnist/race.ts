// The optimizer race of seed 004 §一 (the book's ch06/optimizer_compare_mnist.py) as one population: same seed, same batches.
import type { OptimizerName } from '../../engine/optimizers/types';
import type { HyperUpdate } from '../../engine/train';
import type { ModelSpec } from '../../engine/nn';
import type { PopulationConfig } from '../../components/run';

/** Mini-batch size of the book. */
export const BATCH = 128;
/** Test digits evaluated at the end of every epoch (the whole test subset the site ships). */
export const N_TEST = 2000;

/** The racers: the book's four, then the two the page can add. */
export const RACERS = ['sgd', 'momentum', 'adagrad', 'adam', 'rmsprop', 'adadelta'] as const satisfies readonly OptimizerName[];
export type Racer = (typeof RACERS)[number];
/** The ones the page can add (RMSProp is commented out in the book's script; AdaDelta is not in it). */
export const EXTRA_RACERS = ['rmsprop', 'adadelta'] as const;

/** Display names, as the book writes them. */
export const RACER_LABEL: Record<Racer, string> = {
  sgd: 'SGD',
  momentum: 'Momentum',
  adagrad: 'AdaGrad',
  adam: 'Adam',
  rmsprop: 'RMSprop',
  adadelta: 'AdaDelta',
};

/** Learning rates per optimizer (AdaDelta has none). */
export type LearningRates = Partial<Record<Racer, number>>;

/**
 * Hyperparameters of racer `r` at learning rate `lr`: the book's constants (common/optimizer.py): Momentum γ = 0.9,
 * RMSprop decay 0.99, Adam β₁ = 0.9, β₂ = 0.999; AdaDelta ρ = 0.9 (Zeiler's paper, no learning rate).
 */
export function racerHyper(r: Racer, lr: number | undefined): HyperUpdate {
  const base: HyperUpdate = { optimizer: r, batchSize: BATCH };
  switch (r) {
    case 'momentum':
      return { ...base, lr, gamma: 0.9 };
    case 'rmsprop':
      return { ...base, lr, gamma: 0.99 };
    case 'adam':
      return { ...base, lr, beta1: 0.9, beta2: 0.999 };
    case 'adadelta':
      return { ...base, rho: 0.9 };
    default:
      return { ...base, lr };
  }
}

/** 784 → 4 × 100 ReLU → 10 with He initialization √(2/n) and softmax cross-entropy: the book's MultiLayerNet (5 layers). */
export function raceNet(): ModelSpec {
  return {
    inputSize: 784,
    hidden: Array.from({ length: 4 }, () => ({ units: 100, activation: 'relu' as const })),
    outputSize: 10,
    init: { scheme: 'he' },
    loss: 'softmax-ce',
  };
}

/** Updates per epoch over nTrain digits (the last batch may be smaller). */
export const stepsPerEpoch = (nTrain: number) => Math.ceil(nTrain / BATCH);

/** The racers of a run: the book's four plus the chosen extras, in RACERS order. */
export function racersOf(extras: readonly string[]): Racer[] {
  return RACERS.filter((r) => !(EXTRA_RACERS as readonly string[]).includes(r) || extras.includes(r));
}

/**
 * The population: member k trains raceNet() with racers[k] at lrs[racers[k]], all with the same seed (same initial
 * weights and the same batch order), for `epochs` epochs over the first nTrain digits, test accuracy after each epoch.
 */
export function racePopulation(q: { racers: readonly Racer[]; lrs: LearningRates; seed: number; nTrain: number; epochs: number }): PopulationConfig {
  return {
    spec: raceNet(),
    data: { kind: 'mnist', nTrain: q.nTrain, nTest: N_TEST },
    // Only the test split is read at epoch ends: the training split's evaluation is capped to one batch's worth.
    options: { epochs: q.epochs, evalEachEpoch: true, evalTrainSamples: BATCH },
    members: q.racers.map((r) => ({ seed: q.seed, hyper: racerHyper(r, q.lrs[r]) })),
  };
}
