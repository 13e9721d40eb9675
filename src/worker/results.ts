// Results of the member requests that feed self-training and the augmentation samples (see RequestMap in ./protocol).
import type { AugmentSamples } from '../engine/train/augmentSamples';

export type { AugmentSamples };

/** Result of predictions: per row of the split, the argmax class and its softmax probability, and the state's update count. */
export interface PredictionsResult {
  predicted: Uint8Array;
  confidence: Float32Array;
  /** The split's own labels (labelled sets), to say how many predictions are right. */
  labels: Uint8Array | null;
  step: number;
}
