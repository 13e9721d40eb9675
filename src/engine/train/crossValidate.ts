// K-fold cross-validation: train one fresh model per fold and report per-fold and mean ± std validation metrics.
import type { ModelSpec } from '../nn/spec';
import { kFoldSplits } from './split';
import { createTrainer } from './trainer';
import type { Dataset, HyperUpdate, SplitMetrics, TrainOptions } from './types';

export interface FoldResult {
  fold: number;
  train: SplitMetrics;
  validation: SplitMetrics;
}

export interface CrossValidationResult {
  folds: FoldResult[];
  /** Mean over folds of the validation loss and accuracy. */
  mean: { loss: number; accuracy: number };
  /** Sample standard deviation (k − 1 in the denominator) over folds. */
  std: { loss: number; accuracy: number };
}

/**
 * Trains k models, fold f validating on the f-th of kFoldSplits(data, k, seed), each for `epochs`
 * epochs from the same initial weights (seed), and evaluates them at the end.
 */
export function crossValidate(
  spec: ModelSpec,
  data: Dataset,
  hp: HyperUpdate,
  seed: number,
  k: number,
  epochs: number,
  options: TrainOptions = {},
): CrossValidationResult {
  if (!Number.isInteger(epochs) || epochs < 1) throw new RangeError(`epochs must be a positive integer, got ${epochs}`);
  const folds = kFoldSplits(data, k, seed).map((split, fold): FoldResult => {
    const trainer = createTrainer(spec, split, hp, seed, { ...options, epochs, evalEachEpoch: false, earlyStopping: undefined });
    const stepsPerEpoch = Math.ceil(split.train.n / trainer.getHyper().batchSize);
    trainer.step(epochs * stepsPerEpoch);
    const report = trainer.evaluate(['train', 'validation']);
    return { fold, train: report.train, validation: report.validation as SplitMetrics };
  });
  const stats = (pick: (f: FoldResult) => number) => {
    const values = folds.map(pick);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const variance = values.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(1, values.length - 1);
    return { mean, std: Math.sqrt(variance) };
  };
  const loss = stats((f) => f.validation.loss);
  const accuracy = stats((f) => f.validation.accuracy);
  return { folds, mean: { loss: loss.mean, accuracy: accuracy.mean }, std: { loss: loss.std, accuracy: accuracy.std } };
}
