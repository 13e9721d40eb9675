// The initialization lesson's MNIST comparison (seed 004 §二) as one population: std 0.01, Xavier and He, same seed and batches.
import type { InitSpec, ModelSpec } from '../../engine/nn';
import type { Text } from '../../state/i18n';
import type { PopulationConfig } from '../../components/run';
import { hyperFrom } from '../../state/hyperFrom';
import { initializationParams } from './params';

/** Training digits and mini-batch size of the comparison. */
export const N_TRAIN = 2000;
export const BATCH = 100;

/** The three initializations, in member order. */
export const VARIANTS: { id: 'std001' | 'xavier' | 'he'; init: InitSpec; label: Text }[] = [
  { id: 'std001', init: { scheme: 'gaussian', std: 0.01 }, label: { zh: '标准差 0.01', en: 'std 0.01' } },
  { id: 'xavier', init: { scheme: 'xavier' }, label: { zh: 'Xavier', en: 'Xavier' } },
  { id: 'he', init: { scheme: 'he' }, label: { zh: 'He', en: 'He' } },
];

/** 784 → 4 × 100 ReLU → 10, softmax cross-entropy, with initialization `init`. */
export function comparisonNet(init: InitSpec): ModelSpec {
  return { inputSize: 784, hidden: Array.from({ length: 4 }, () => ({ units: 100, activation: 'relu' as const })), outputSize: 10, init, loss: 'softmax-ce' };
}

/**
 * The population: member k is the single run of comparisonNet(VARIANTS[k].init) with SGD at learning rate lr (bound),
 * batch BATCH, the given seed, for `epochs` epochs over the first N_TRAIN digits (no per-epoch evaluation).
 */
export function comparisonPopulation(q: { lr: number; seed: number; epochs: number }): PopulationConfig {
  return {
    spec: comparisonNet(VARIANTS[0].init),
    data: { kind: 'mnist', nTrain: N_TRAIN, nTest: 0 },
    options: { epochs: q.epochs, evalEachEpoch: false },
    members: VARIANTS.map((v) => ({ seed: q.seed, init: v.init, hyper: { optimizer: 'sgd', ...hyperFrom(initializationParams, q), batchSize: BATCH } })),
  };
}
