// The training loop: trainer, population, hyperparameters, data splits and cross-validation.
export * from './crossValidate';
export * from './earlyStopping';
export * from './hyper';
export * from './layerFactors';
export * from './lrSchedule';
export * from './population';
export * from './populationTypes';
export * from './split';
export * from './startWeights';
export * from './trainer';
export * from './types';
