// Decoding of the metrics records the kernels write: one per pass, loss, accuracy count, norms and finiteness flags.
import type { StepMetrics } from '../../engine/train/types';
import { METRICS } from '../kernels/shared';
import type { MemberStepTag } from './types';

/** Where a metrics record's fields sit for one network: its stride in words and where the per-layer norms start (the generic record declaration is RecordLayout in ../struct). */
export interface MetricsLayout {
  gradNorms: number;
  weightNorms: number;
  stride: number;
}

/** A training step's record: its metrics, and whether the loss and the updated parameters were finite. */
export interface DecodedStep {
  metrics: StepMetrics;
  lossFinite: boolean;
  paramsFinite: boolean;
}

/** Word `field` of record `i`. */
export function recordWord(words: Float32Array, layout: MetricsLayout, i: number, field: keyof typeof METRICS.offsets): number {
  return words[i * layout.stride + METRICS.offsets[field]];
}

/** Decodes record `i` as the training step `tag` of a network with `layers` dense layers. */
export function decodeStep(words: Float32Array, layout: MetricsLayout, i: number, tag: MemberStepTag, layers: number, labels: boolean): DecodedStep {
  const at = i * layout.stride;
  const w = (field: keyof typeof METRICS.offsets) => recordWord(words, layout, i, field);
  return {
    metrics: {
      step: tag.step,
      epoch: tag.epoch,
      loss: w('loss'),
      dataLoss: w('dataLoss'),
      accuracy: labels ? w('correct') / tag.rows : NaN,
      gradNorm: w('gradNorm'),
      gradNorms: Float64Array.from(words.subarray(at + layout.gradNorms, at + layout.gradNorms + layers)),
      weightNorms: Float64Array.from(words.subarray(at + layout.weightNorms, at + layout.weightNorms + layers)),
    },
    lossFinite: w('lossFinite') === 1,
    paramsFinite: w('paramsFinite') === 1,
  };
}
