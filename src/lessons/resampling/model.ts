// Pure model of the resampling lesson (seed 000 §8): an MNIST training set where the digits 5–9 are rare, a balanced test
// set, and four networks trained side by side: plain, oversampling, undersampling, a class-weighted loss; recall from counts.
import type { ModelSpec } from '../../engine/nn';
import type { Rebalance } from '../../engine/train';
import type { PopulationConfig } from '../../components/run';

/** The four methods, in member order. */
export const METHODS: readonly Rebalance[] = ['none', 'oversample', 'undersample', 'class-weights'];
/** The rare digits. */
export const RARE = [5, 6, 7, 8, 9] as const;
/** MNIST digits the imbalanced training set is drawn from, and test digits (balanced as MNIST is). */
export const N_POOL = 2000;
export const N_TEST = 1000;
export const BATCH = 50;
export const LR = 0.001;
export const CLASSES = 10;

/** One hidden layer of 100 ReLU units (light enough for a loaded two-core machine). */
export const SPEC: ModelSpec = {
  inputSize: 784,
  hidden: [{ units: 100, activation: 'relu' }],
  outputSize: CLASSES,
  init: { scheme: 'he' },
  loss: 'softmax-ce',
};

/** The population: one member per method, same seed, Adam η = 0.001, batch 50, evaluated each epoch. */
export function population(q: { share: number; epochs: number; seed: number }): PopulationConfig {
  return {
    spec: SPEC,
    data: { kind: 'mnist', nTrain: N_POOL, nTest: N_TEST, rare: { classes: [...RARE], share: q.share } },
    options: { epochs: q.epochs, evalEachEpoch: true },
    members: METHODS.map((rebalance) => ({ seed: q.seed, hyper: { optimizer: 'adam', lr: LR, batchSize: BATCH, rebalance } })),
  };
}

/** Recall of each true class from c×c counts (row = true class): diagonal / row sum (NaN for an empty row). */
export function recalls(counts: ArrayLike<number>, c: number): number[] {
  return Array.from({ length: c }, (_, t) => {
    let row = 0;
    for (let p = 0; p < c; p++) row += counts[t * c + p];
    return row > 0 ? counts[t * c + t] / row : NaN;
  });
}

/** Accuracy from c×c counts: trace / total. */
export function accuracy(counts: ArrayLike<number>, c: number): number {
  let total = 0, hit = 0;
  for (let t = 0; t < c; t++) for (let p = 0; p < c; p++) {
    total += counts[t * c + p];
    if (t === p) hit += counts[t * c + p];
  }
  return total > 0 ? hit / total : NaN;
}

/** Mean of the recalls of the given classes. */
export function meanRecall(r: readonly number[], classes: readonly number[]): number {
  return classes.reduce((s, k) => s + r[k], 0) / classes.length;
}
