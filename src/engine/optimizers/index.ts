// Registry of optimizers keyed by name.
import { adadelta } from './adadelta';
import { adagrad } from './adagrad';
import { adam } from './adam';
import { momentum } from './momentum';
import { rmsprop } from './rmsprop';
import { sgd } from './sgd';
import type { Optimizer, OptimizerName } from './types';

export * from './types';

export const OPTIMIZERS: Record<OptimizerName, Optimizer> = { sgd, momentum, adagrad, rmsprop, adadelta, adam };
