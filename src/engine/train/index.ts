// The training loop: trainer, hyperparameters, data splits and cross-validation.
export * from './crossValidate';
export * from './earlyStopping';
export * from './hyper';
export * from './populationTypes';
export * from './split';
export * from './trainer';
export * from './types';
