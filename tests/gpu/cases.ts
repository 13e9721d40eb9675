// The GPU/CPU parity case table, shared by the browser harness (bench/gpuHarness.ts) and the Node tests: models, data, tolerances.
import { paramLayout, resolveSpec, type ModelSpec } from '../../src/engine/nn/spec';
import { STREAM, gaussian, streamWord } from '../../src/engine/rng';
import type { Dataset, HyperUpdate, TrainData, TrainOptions } from '../../src/engine/train/types';

/** |gpu − cpu| ≤ atol + rtol·|cpu| per element. */
export interface Tol {
  rtol: number;
  atol: number;
}

/**
 * Tolerances of one kernel against its CPU twin, both fed the same inputs (read back from the GPU).
 * Float32 on the GPU in another summation order vs float64 arithmetic rounded to float32 on the CPU.
 */
export const KERNEL_TOL = {
  /** Tiled products (Z = AW + b, dW, dA): K-term sums in a different order. */
  matmul: { rtol: 1e-4, atol: 2e-6 },
  /** Activation, dropout scaling, residual add, activation derivative. */
  elementwise: { rtol: 2e-6, atol: 1e-7 },
  /** Batch norm forward/backward and running statistics (column sums). */
  batchNorm: { rtol: 1e-4, atol: 2e-6 },
  /** Softmax cross-entropy / MSE value and gradient (exp/log are not correctly rounded on GPUs). */
  loss: { rtol: 1e-5, atol: 1e-7 },
  /** Norms, penalties and the loss with penalties (f32 sums of squares); relative only, so tiny norms are checked too. */
  norms: { rtol: 1e-5, atol: 1e-30 },
  /** One optimizer update from the same gradient (clipping included). */
  optimizer: { rtol: 1e-5, atol: 1e-7 },
} as const satisfies Record<string, Tol>;

/** Histogram bins: at most this fraction of the counted values may sit in a neighbouring bin (f32 vs f64 binning at edges). */
export const HISTOGRAM_MOVED = 0.01;

/** Whole runs from the same seed, step by step. */
export const RUN_TOL = {
  /** Relative difference of the per-step loss, every step. */
  loss: 2e-3,
  /** Relative difference of the per-step global gradient norm. */
  gradNorm: 2e-2,
  /** Largest parameter difference at the end, relative to the largest parameter. */
  params: 5e-3,
  /** Batch-norm running statistics at the end, relative to their largest magnitude. */
  running: 5e-3,
  /** Per-epoch evaluation loss. */
  evalLoss: 2e-3,
} as const;

/** A deterministic data set: Gaussian inputs, labels from a random linear teacher (or real targets for MSE). */
export interface DataRecipe {
  n: number;
  d: number;
  classes: number;
  /** Real-valued targets (n×classes) instead of labels. */
  values?: boolean;
  validation?: number;
  test?: number;
  seed: number;
}

export interface GpuCase {
  name: string;
  spec: ModelSpec;
  hyper: HyperUpdate;
  data: DataRecipe;
  seed: number;
  /** Steps of the whole-run comparison (≥ 50). */
  steps: number;
  options?: TrainOptions;
  /** The run is expected to diverge (same step on both backends). */
  diverges?: boolean;
}

const dense = (units: number, activation: ModelSpec['hidden'][number]['activation']) => ({ units, activation });

/** The spec of the start-weights case. */
const START_SPEC: ModelSpec = { inputSize: 10, hidden: [dense(16, 'relu'), dense(12, 'tanh')], outputSize: 3, init: { scheme: 'he' }, loss: 'softmax-ce' };

/** Given weights for a spec (std 0.3 Gaussians from `seed`, not from its init scheme), as an earlier run's would be. */
export function startParams(spec: ModelSpec, seed: number): number[] {
  const { size } = paramLayout(resolveSpec(spec));
  return Array.from({ length: size }, (_, i) => 0.3 * gaussian(seed, streamWord(STREAM.data, 30), i));
}

/** The cases: every activation, loss, optimizer, dropout (both variants), batch norm before/after, residuals, penalties, clipping, epochs, an lr schedule, per-layer lr factors, start weights. */
export const GPU_CASES: GpuCase[] = [
  {
    name: 'relu-sgd',
    spec: { inputSize: 12, hidden: [dense(20, 'relu'), dense(16, 'relu')], outputSize: 4, init: { scheme: 'he' }, loss: 'softmax-ce' },
    hyper: { optimizer: 'sgd', lr: 0.1, batchSize: 16 },
    data: { n: 96, d: 12, classes: 4, seed: 1 },
    seed: 11,
    steps: 60,
  },
  {
    name: 'sigmoid-tanh-momentum',
    spec: { inputSize: 10, hidden: [dense(16, 'sigmoid'), dense(12, 'tanh')], outputSize: 3, init: { scheme: 'xavier' }, loss: 'softmax-ce' },
    hyper: { optimizer: 'momentum', lr: 0.05, gamma: 0.9, batchSize: 20 },
    data: { n: 100, d: 10, classes: 3, seed: 2 },
    seed: 12,
    steps: 60,
  },
  {
    name: 'leaky-identity-mse-adam',
    spec: {
      inputSize: 8,
      hidden: [dense(16, 'leaky-relu'), dense(12, 'identity')],
      outputSize: 2,
      init: { scheme: 'gaussian', std: 0.3 },
      loss: 'mse',
      leakySlope: 0.05,
    },
    hyper: { optimizer: 'adam', lr: 0.01, batchSize: 12 },
    data: { n: 84, d: 8, classes: 2, values: true, seed: 3 },
    seed: 13,
    steps: 60,
  },
  {
    name: 'dropout-adagrad',
    spec: {
      inputSize: 12,
      hidden: [dense(24, 'relu'), dense(20, 'relu')],
      outputSize: 4,
      init: { scheme: 'he' },
      loss: 'softmax-ce',
      dropout: [0.3, 0.5],
    },
    hyper: { optimizer: 'adagrad', lr: 0.05, batchSize: 16 },
    data: { n: 96, d: 12, classes: 4, seed: 4 },
    seed: 14,
    steps: 60,
  },
  {
    // The book's dropout ("Deep Learning from Scratch"): unscaled masks in training, × (1 − p) at evaluation (test split).
    name: 'book-dropout-sgd',
    spec: { inputSize: 12, hidden: [dense(24, 'relu'), dense(20, 'relu'), dense(16, 'relu')], outputSize: 4, init: { scheme: 'he' }, loss: 'softmax-ce' },
    hyper: { optimizer: 'sgd', lr: 0.1, batchSize: 16, dropout: [0.2, 0.4, 0.3], dropoutVariant: 'book' },
    data: { n: 96, d: 12, classes: 4, test: 40, seed: 10 },
    seed: 20,
    steps: 60,
    options: { epochs: 12, evalEachEpoch: true, evalBatch: 16 },
  },
  {
    name: 'bn-before-residual-rmsprop',
    spec: {
      inputSize: 10,
      hidden: [dense(16, 'relu'), dense(16, 'relu'), dense(16, 'tanh')],
      outputSize: 3,
      init: { scheme: 'he' },
      loss: 'softmax-ce',
      batchNorm: 'before',
      residual: true,
    },
    hyper: { optimizer: 'rmsprop', lr: 0.005, gamma: 0.9, batchSize: 16 },
    data: { n: 96, d: 10, classes: 3, seed: 5 },
    seed: 15,
    steps: 60,
  },
  {
    name: 'bn-after-dropout-adadelta',
    spec: {
      inputSize: 10,
      hidden: [dense(20, 'sigmoid'), dense(20, 'leaky-relu')],
      outputSize: 3,
      init: { scheme: 'xavier' },
      loss: 'softmax-ce',
      batchNorm: 'after',
      dropout: [0.2, 0.2],
    },
    hyper: { optimizer: 'adadelta', batchSize: 16 },
    data: { n: 96, d: 10, classes: 3, seed: 6 },
    seed: 16,
    steps: 60,
  },
  {
    name: 'penalties-clipping',
    spec: { inputSize: 12, hidden: [dense(20, 'tanh'), dense(16, 'relu')], outputSize: 4, init: { scheme: 'gaussian', std: 0.5 }, loss: 'softmax-ce' },
    hyper: { optimizer: 'sgd', lr: 0.05, batchSize: 16, weightDecay: 0.01, l1: 0.001, clipNorm: 0.5, clipValue: 0.05 },
    data: { n: 96, d: 12, classes: 4, seed: 7 },
    seed: 17,
    steps: 60,
  },
  {
    name: 'epochs-validation-early-stopping',
    spec: { inputSize: 8, hidden: [dense(16, 'relu')], outputSize: 3, init: { scheme: 'he' }, loss: 'softmax-ce' },
    hyper: { optimizer: 'momentum', lr: 0.05, batchSize: 10 },
    data: { n: 50, d: 8, classes: 3, validation: 30, test: 20, seed: 8 },
    seed: 18,
    steps: 60,
    options: { epochs: 12, evalBatch: 8, earlyStopping: { patience: 2, minDelta: 0.02 } },
  },
  {
    // A scheduled learning rate: linear warm-up over 1 epoch, then cosine to 0.01 by epoch 8 (the lr of each update
    // comes from the shared RunSchedule on both engines; 60 steps of 8 per 64-row epoch cross the warm-up's end).
    name: 'lr-schedule-warmup-cosine',
    spec: { inputSize: 10, hidden: [dense(16, 'relu'), dense(12, 'tanh')], outputSize: 3, init: { scheme: 'he' }, loss: 'softmax-ce' },
    hyper: { optimizer: 'momentum', lr: 0.2, gamma: 0.9, batchSize: 8, lrSchedule: { kind: 'warmup-cosine', warmup: 1, total: 8, min: 0.01 } },
    data: { n: 64, d: 10, classes: 3, seed: 21 },
    seed: 22,
    steps: 60,
  },
  {
    // Per-layer learning-rate factors under Adam: the first layer frozen (bit for bit on both engines), the second at a tenth.
    name: 'lr-factors-frozen-adam',
    spec: { inputSize: 10, hidden: [dense(16, 'relu'), dense(12, 'relu')], outputSize: 3, init: { scheme: 'he' }, loss: 'softmax-ce' },
    hyper: { optimizer: 'adam', lr: 0.01, batchSize: 16, lrFactors: [0, 0.1, 1] },
    data: { n: 96, d: 10, classes: 3, seed: 23 },
    seed: 24,
    steps: 60,
  },
  {
    // Started from given weights (the output layer redrawn from the seed), lower layers slowed: fine-tuning in miniature.
    name: 'start-weights-momentum',
    spec: START_SPEC,
    hyper: { optimizer: 'momentum', lr: 0.05, gamma: 0.9, batchSize: 12, lrFactors: [0.2, 0.2, 1] },
    data: { n: 96, d: 10, classes: 3, seed: 25 },
    seed: 26,
    steps: 60,
    options: { start: { params: startParams(START_SPEC, 27) } },
  },
  {
    name: 'diverges',
    spec: { inputSize: 8, hidden: [dense(16, 'relu'), dense(16, 'relu')], outputSize: 3, init: { scheme: 'gaussian', std: 1 }, loss: 'softmax-ce' },
    hyper: { optimizer: 'sgd', lr: 40, batchSize: 8 },
    data: { n: 64, d: 8, classes: 3, seed: 9 },
    seed: 19,
    steps: 60,
    diverges: true,
  },
];

/**
 * Cases for the kernel checks only (their whole runs are not meaningful): weights and gradients past the range where the
 * norms' plain sums of squares hold (|x| in [1e-15, 1e15], numeric.wgsl), so the kernels sum those shares again, scaled.
 * One hidden layer keeps every value finite: weights ~1e18 give logits ~1e37 and weight gradients ~1e18 (the scaled
 * sums must start afresh, not add to the plain ones); weights ~1e-20 give weight gradients ~1e-19, whose squares fall
 * under f32's smallest normal (plain sums would give 0). Penalties make the reduction read the weights too.
 */
export const NORM_SCALE_CASES: GpuCase[] = [
  {
    name: 'norms-huge',
    spec: { inputSize: 8, hidden: [dense(8, 'relu')], outputSize: 3, init: { scheme: 'gaussian', std: 1e18 }, loss: 'softmax-ce' },
    hyper: { optimizer: 'sgd', lr: 1e-3, batchSize: 8, weightDecay: 0.01, l1: 0.001 },
    data: { n: 32, d: 8, classes: 3, seed: 31 },
    seed: 32,
    steps: 1,
  },
  {
    name: 'norms-tiny',
    spec: { inputSize: 8, hidden: [dense(8, 'relu')], outputSize: 3, init: { scheme: 'gaussian', std: 1e-20 }, loss: 'softmax-ce' },
    hyper: { optimizer: 'sgd', lr: 1e-20, batchSize: 8, weightDecay: 0.01 },
    data: { n: 32, d: 8, classes: 3, seed: 33 },
    seed: 34,
    steps: 1,
  },
];

/** The case called `name`. */
export function gpuCase(name: string): GpuCase {
  const c = [...GPU_CASES, ...NORM_SCALE_CASES].find((k) => k.name === name);
  if (!c) throw new Error(`no GPU case ${name}`);
  return c;
}

function makeSplit(r: DataRecipe, n: number, part: number): Dataset {
  const { d, classes, seed } = r;
  const x = new Float32Array(n * d);
  for (let i = 0; i < x.length; i++) x[i] = gaussian(seed, streamWord(STREAM.data, 10 + part), i);
  const teacher = new Float32Array(d * classes);
  for (let i = 0; i < teacher.length; i++) teacher[i] = gaussian(seed, streamWord(STREAM.data, 1), i);
  const scores = new Float32Array(classes);
  const labels = new Uint8Array(n);
  const values = new Float32Array(n * classes);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < classes; j++) {
      let s = 0;
      for (let p = 0; p < d; p++) s += x[i * d + p] * teacher[p * classes + j];
      scores[j] = s;
      values[i * classes + j] = Math.tanh(s / Math.sqrt(d));
    }
    let best = 0;
    for (let j = 1; j < classes; j++) if (scores[j] > scores[best]) best = j;
    labels[i] = best;
  }
  return { x, y: r.values ? values : labels, n, d };
}

/** The data of a recipe (train, and validation/test when asked for). */
export function makeCaseData(r: DataRecipe): TrainData {
  const data: TrainData = { train: makeSplit(r, r.n, 0) };
  if (r.validation) data.validation = makeSplit(r, r.validation, 1);
  if (r.test) data.test = makeSplit(r, r.test, 2);
  return data;
}

/** max over elements of |a − b| / (atol + rtol·|b|): ≤ 1 means within tolerance. NaN/length mismatches give Infinity. */
export function errorRatio(a: ArrayLike<number>, b: ArrayLike<number>, tol: Tol): number {
  if (a.length !== b.length) return Infinity;
  let worst = 0;
  for (let i = 0; i < a.length; i++) {
    const bi = b[i];
    if (a[i] === bi) continue;
    const diff = Math.abs(a[i] - bi);
    if (Number.isNaN(diff)) {
      if (!(Number.isNaN(a[i]) && Number.isNaN(bi))) return Infinity;
      continue;
    }
    worst = Math.max(worst, diff / (tol.atol + tol.rtol * Math.abs(bi)));
  }
  return worst;
}
