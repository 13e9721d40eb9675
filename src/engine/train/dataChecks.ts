// The data checks every trainer runs before training: shapes against the spec, one kind of targets, a non-empty training set.
import type { ResolvedSpec } from '../nn/spec';
import type { Dataset, TrainData } from './types';

/**
 * Checks every split of `data` against `spec`: x is n×inputSize, y is labels (Uint8Array, n) or targets
 * (Float32Array, n×outputSize), the same kind in every split, labels for softmax-ce, and train.n ≥ 1.
 * Returns whether the targets are class labels. Throws RangeError naming the first problem.
 */
export function checkTrainData(spec: ResolvedSpec, data: TrainData): boolean {
  const labels = data.train.y instanceof Uint8Array;
  for (const split of [data.train, data.validation, data.test]) if (split) checkSplit(spec, split, labels);
  if (data.train.n < 1) throw new RangeError('the training set is empty');
  return labels;
}

function checkSplit(spec: ResolvedSpec, split: Dataset, labels: boolean): void {
  const c = spec.outputSize;
  if (split.d !== spec.inputSize || split.x.length !== split.n * split.d) {
    throw new RangeError(`data has d = ${split.d}, x.length = ${split.x.length}; the spec needs d = ${spec.inputSize}`);
  }
  const isLabels = split.y instanceof Uint8Array;
  if (isLabels !== labels || (isLabels ? split.y.length !== split.n : split.y.length !== split.n * c)) {
    throw new RangeError('every split needs labels (Uint8Array, n) or targets (Float32Array, n×outputSize), the same kind');
  }
  if (spec.loss === 'softmax-ce' && !isLabels) throw new RangeError('softmax-ce needs class labels');
}
