// MNIST subsets and the seed-004 network (ReLU layers of 100 units) for the qualitative chapter-6 experiments.
import { loadMnistNode } from '../../helpers/mnistNode';
import { subset, type TrainData } from '../../../src/engine/train';
import type { InitSpec, ModelSpec } from '../../../src/engine/nn';

const first = (n: number) => Array.from({ length: n }, (_, i) => i);

/** The first nTrain training and nTest test digits of the verified subset in public/data. */
export function mnistSmall(nTrain: number, nTest: number): TrainData {
  const { train, test } = loadMnistNode();
  return { train: subset(train, first(nTrain)), test: subset(test, first(nTest)) };
}

/** 784 → `hiddenLayers` × 100 ReLU → 10, softmax cross-entropy (seed 004: 5 layers = 4 hidden + output). */
export function mnistNet(hiddenLayers: number, init: InitSpec): ModelSpec {
  return {
    inputSize: 784,
    hidden: Array.from({ length: hiddenLayers }, () => ({ units: 100, activation: 'relu' as const })),
    outputSize: 10,
    init,
    loss: 'softmax-ce',
  };
}
