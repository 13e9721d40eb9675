// Results of the requests that name one member (see RequestMap in ./protocol): histograms, batch-norm trace, unit outputs,
// confusion counts, predictions for self-training and the augmentation samples.
import type { LayerReading } from '../../engine/experiments/activationHistograms';
import type { BatchNormTrace } from '../../engine/experiments/batchNormTrace';
import type { UnitOutputs } from '../../engine/experiments/unitOutputs';
import type { AugmentSamples } from '../../engine/train/augmentSamples';

export type { AugmentSamples };

/** Result of predictions: per row of the split, the argmax class and its softmax probability, and the state's update count. */
export interface PredictionsResult {
  predicted: Uint8Array;
  confidence: Float32Array;
  /** The split's own labels (labelled sets), to say how many predictions are right. */
  labels: Uint8Array | null;
  step: number;
}

/** Result of activationHistograms. */
export interface ActivationHistogramsResult {
  layers: LayerReading[];
  ms: number;
}

/** Result of batchNormTrace: the trace of the member's last mini-batch, which training rows it held, their labels, and when. */
export interface BatchNormTraceResult extends BatchNormTrace {
  rows: number[];
  labels: number[];
  /** Updates taken and the epoch of the run when traced. */
  step: number;
  epoch: number;
}

/** The most points one unitOutputs request may ask for. */
export const UNIT_OUTPUT_POINTS = 100_000;

/** Result of unitOutputs: the outputs, and the flat parameters and update count of the same state they were computed from. */
export interface UnitOutputsResult extends UnitOutputs {
  params: Float32Array;
  step: number;
}

/** Result of confusion: counts (c×c row-major, row = true class), c, and the update count of the state they come from. */
export interface ConfusionResult {
  counts: Uint32Array;
  classes: number;
  step: number;
}
