// Data sets of the engine: MNIST parsing, 2-D toy sets, and the d2l polynomial and linear regression sets.
export type { ClassificationData, RegressionData, Sampler } from './types';
export { dataSampler } from './sampler';
export { MNIST_CLASSES, MNIST_PIXELS, MNIST_SIDE, mnistFromBytes } from './mnist';
export { TOY_DEFAULTS, type ToyOptions } from './toy';
export { twoSpirals, type SpiralOptions } from './spirals';
export { circles } from './circles';
export { xor } from './xor';
export { blobs, type BlobOptions } from './blobs';
export {
  POLYNOMIAL_TRUE_W,
  polynomialData,
  polynomialFeatures,
  polynomialTarget,
  type PolynomialData,
  type PolynomialOptions,
  type PolynomialSplit,
} from './polynomial';
export { LINEAR_TRUE_B, LINEAR_TRUE_W_ENTRY, linearData, type LinearData, type LinearOptions } from './linear';
export { takeRows } from './rows';
export { SINE_X, noisySine, sineTarget, type SineOptions } from './sine';
export { TOY_SETS, TOY_SET_NAMES, type ToySetName } from './toySets';
export { FEATURE_NAMES, FEATURES, featureRows, orderedFeatures, type FeatureName } from './features';
export { imbalancedRows, oversampleRows, pseudoLabelled, undersampleRows } from './resample';
export {
  NO_AUGMENT, augmentActive, augmentBatch, augmentRow, augmentScratch, augmentStride, checkAugment, displaceImage, gaussianKernel,
  noiseImage, rotateImage, sampleBilinear, shiftImage, smoothField, warpImage, type Augment, type AugmentScratch,
} from './augment';
export { classRows, firstRowsPerClass } from './classRows';
