// The lesson catalogue, in the order of the learning path (./path.ts groups it into parts); views load lazily.
import { backpropMeta } from './backprop/meta';
import { batchNormMeta } from './batch-norm/meta';
import { hyperparameterSearchMeta } from './hyperparameter-search/meta';
import { dropoutMeta } from './dropout/meta';
import { earlyStoppingMeta } from './early-stopping/meta';
import { generalizationMeta } from './generalization/meta';
import { gradientsMeta } from './gradients/meta';
import { initializationMeta } from './initialization/meta';
import { lrSchedulesMeta } from './lr-schedules/meta';
import { dataParallelMeta } from './data-parallel/meta';
import { minibatchMeta } from './minibatch/meta';
import { optimizersMeta } from './optimizers/meta';
import { optimizersMnistMeta } from './optimizers-mnist/meta';
import { playgroundMeta } from './playground/meta';
import { saddleMeta } from './saddle/meta';
import type { LessonMeta } from './types';
import { resamplingMeta } from './resampling/meta';
import { augmentationMeta } from './augmentation/meta';
import { fineTuningMeta } from './fine-tuning/meta';
import { validationMeta } from './validation/meta';
import { weightDecayMeta } from './weight-decay/meta';

export const LESSONS: readonly LessonMeta[] = [
  // Part 1: fitting and generalizing
  generalizationMeta,
  validationMeta,
  weightDecayMeta,
  dropoutMeta,
  earlyStoppingMeta,
  // Part 2: making deep networks trainable
  backpropMeta,
  gradientsMeta,
  initializationMeta,
  batchNormMeta,
  // Part 3: optimization
  minibatchMeta,
  optimizersMeta,
  saddleMeta,
  optimizersMnistMeta,
  lrSchedulesMeta,
  dataParallelMeta,
  // Part 4: tuning
  hyperparameterSearchMeta,
  resamplingMeta,
  fineTuningMeta,
  augmentationMeta,
  playgroundMeta,
];

export function findLesson(id: string | null): LessonMeta | undefined {
  return id === null ? undefined : LESSONS.find((l) => l.id === id);
}
