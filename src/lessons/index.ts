// The lesson catalogue, in teaching order; views load lazily.
import { backpropMeta } from './backprop/meta';
import { batchNormMeta } from './batch-norm/meta';
import { hyperparameterSearchMeta } from './hyperparameter-search/meta';
import { dropoutMeta } from './dropout/meta';
import { earlyStoppingMeta } from './early-stopping/meta';
import { generalizationMeta } from './generalization/meta';
import { gradientsMeta } from './gradients/meta';
import { initializationMeta } from './initialization/meta';
import { minibatchMeta } from './minibatch/meta';
import { optimizersMeta } from './optimizers/meta';
import { optimizersMnistMeta } from './optimizers-mnist/meta';
import { playgroundMeta } from './playground/meta';
import { saddleMeta } from './saddle/meta';
import type { LessonMeta } from './types';
import { validationMeta } from './validation/meta';
import { weightDecayMeta } from './weight-decay/meta';

export const LESSONS: readonly LessonMeta[] = [
  optimizersMeta,
  initializationMeta,
  dropoutMeta,
  generalizationMeta,
  validationMeta,
  weightDecayMeta,
  earlyStoppingMeta,
  gradientsMeta,
  minibatchMeta,
  saddleMeta,
  optimizersMnistMeta,
  batchNormMeta,
  hyperparameterSearchMeta,
  backpropMeta,
  playgroundMeta,
];

export function findLesson(id: string | null): LessonMeta | undefined {
  return id === null ? undefined : LESSONS.find((l) => l.id === id);
}
