// The backend-neutral trainer contract (data, hyperparameters, reports, Trainer) shared by the CPU and WebGPU engines.
import type { Hyper, OptimizerName } from '../optimizers/types';
import type { ModelSpec, ParamLayout } from '../nn/spec';
import type { Dtype } from '../nn/mlp';
import type { DropoutVariant } from '../nn/dropout';
import type { LrSchedule } from './lrSchedule';
import type { Augment } from '../data/augment';
import type { StartWeights } from './startWeights';

/**
 * A data set: n samples of d features, row-major.
 * y holds class labels (Uint8Array, length n) or real targets (Float32Array, n×outputSize).
 */
export interface Dataset {
  x: Float32Array;
  y: Uint8Array | Float32Array;
  n: number;
  d: number;
}

/** The splits a trainer sees. Validation drives early stopping; test is only reported. */
export interface TrainData {
  train: Dataset;
  validation?: Dataset;
  test?: Dataset;
}

export type SplitName = 'train' | 'validation' | 'test';

/**
 * Training hyperparameters; all of them can change mid-run with setHyper.
 * The optimizer fields (lr, gamma, rho, beta1, beta2, eps) are read as documented in src/engine/optimizers.
 */
export interface TrainHyper extends Hyper {
  optimizer: OptimizerName;
  /** Rows per mini-batch (the last batch of an epoch may be smaller). */
  batchSize: number;
  /** L2 weight decay λ: ½λ‖W‖² added to the loss, λW to the gradient (weights only). */
  weightDecay: number;
  /** L1 strength λ₁: λ₁‖W‖₁ added to the loss, λ₁·sign(W) to the gradient (weights only). */
  l1: number;
  /** Dropout ratio p per hidden layer. */
  dropout: readonly number[];
  /** Where dropout's factor goes: 'inverted' (×1/(1 − p) in training) or 'book' (×(1 − p) at evaluation). */
  dropoutVariant: DropoutVariant;
  /** Clip the whole gradient to this global L2 norm; 0 = off. */
  clipNorm: number;
  /** Clip every gradient entry to [−clipValue, clipValue]; 0 = off. */
  clipValue: number;
  /** How lr changes over training (lr is the base η₀); the lr of each update is scheduledLr at the run's progress. */
  lrSchedule: LrSchedule;
  /**
   * How a labelled training set's classes are rebalanced (default 'none'): 'oversample' and 'undersample' train on
   * oversampleRows / undersampleRows of the training labels (an epoch is that list, shuffled), 'class-weights' weighs the
   * softmax cross-entropy by classWeights of the training labels (w_k = N / (K·N_k)).
   */
  rebalance?: Rebalance;
  /**
   * Label-preserving transforms of each training mini-batch's images (engine augmentBatch, keyed by (seed, epoch, data
   * row)); absent or all strengths 0: none. Evaluation always sees the data as it is.
   */
  augment?: Augment;
  /** Train on the first trainRows training rows only (an epoch is those rows, shuffled; default: every row). */
  trainRows?: number;
  /**
   * Learning-rate factor per dense layer (hidden layers, then output; missing entries 1): layer l updates with η·f_l,
   * 0 = frozen (see scaleLayerUpdates in ./layerFactors).
   */
  lrFactors?: readonly number[];
  /**
   * Train on the first perClass rows (data order) of each class only (labelled sets; firstRowsPerClass): an epoch is that
   * list, shuffled. Members of one population may so see k examples per class of one shared data set. Not with oversample/undersample.
   */
  perClass?: number;
  /**
   * With perClass: each class's k rows repeated in turn to this many rows per epoch (firstRowsPerClass' cycle), so an epoch
   * has the same length, and a run the same number of updates, whatever k is.
   */
  perClassCycle?: number;
}

/** The ways to rebalance a labelled training set (TrainHyper.rebalance). */
export const REBALANCE = ['none', 'oversample', 'undersample', 'class-weights'] as const;
export type Rebalance = (typeof REBALANCE)[number];

/** What setHyper accepts: any subset; a single dropout number applies to every hidden layer. */
export type HyperUpdate = Partial<Omit<TrainHyper, 'dropout'>> & { dropout?: number | readonly number[] };

/** Early stopping on the validation loss, checked at the end of every epoch. */
export interface EarlyStopping {
  /** Stop after this many epochs without an improvement. */
  patience: number;
  /** An improvement must lower the best validation loss by more than this (default 0). */
  minDelta?: number;
  /** Put back the parameters of the best epoch when stopping (default true). */
  restoreBest?: boolean;
}

/** Options fixed for a run. */
export interface TrainOptions {
  /** Stop after this many epochs (default: never). */
  epochs?: number;
  /** Storage width (default 'f32'). */
  dtype?: Dtype;
  /** Buffer capacity in rows (default: batchSize); a larger batchSize later reallocates. */
  maxBatch?: number;
  /** Rows per forward pass when evaluating (default 500). */
  evalBatch?: number;
  /** Evaluate every split at the end of each epoch (default true). */
  evalEachEpoch?: boolean;
  /** Evaluate at most the first this-many training samples at epoch ends (default: all). */
  evalTrainSamples?: number;
  earlyStopping?: EarlyStopping;
  /** Initial parameters given instead of drawn (reset() goes back to them), the output layer redrawn from the seed. */
  start?: StartWeights;
}

/** Metrics of one optimizer update, measured on its mini-batch. */
export interface StepMetrics {
  /** 1-based number of this update. */
  step: number;
  /** 0-based epoch the update belongs to. */
  epoch: number;
  /** Objective: data loss + penalties. */
  loss: number;
  /** Data loss alone. */
  dataLoss: number;
  /** Mini-batch accuracy (NaN with real-valued targets). */
  accuracy: number;
  /** ‖g‖₂ of the whole gradient, before clipping. */
  gradNorm: number;
  /** ‖∂L/∂W_l‖₂ per dense layer (hidden layers, then output), before clipping. */
  gradNorms: Float64Array;
  /** ‖W_l‖₂ per dense layer after the update. */
  weightNorms: Float64Array;
}

/**
 * Mean data loss and accuracy over one split (no penalty; eval mode: no dropout, running BN statistics).
 * A split that was not evaluated reads {loss: NaN, accuracy: NaN, n: 0}.
 */
export interface SplitMetrics {
  loss: number;
  accuracy: number;
  n: number;
}

export interface EvalReport {
  train: SplitMetrics;
  validation?: SplitMetrics;
  test?: SplitMetrics;
}

/** Metrics at the end of an epoch. */
export interface EpochMetrics extends EvalReport {
  /** The epoch that just ended (0-based). */
  epoch: number;
  /** Updates taken so far. */
  step: number;
}

/** Why a run stopped: NaN/Inf, early stopping, or the epoch budget. */
export type StopReason = 'diverged' | 'early-stopping' | 'epochs';

/**
 * The outcome of step(n). A backend that reads metrics back asynchronously may deliver some
 * metrics in a later report; every entry carries its own step and epoch.
 */
export interface StepReport {
  /** Updates taken by this call (< n when the run stopped). */
  taken: number;
  /** Updates taken so far; when diverged, the update at which the run diverged. */
  step: number;
  epoch: number;
  steps: StepMetrics[];
  epochs: EpochMetrics[];
  diverged: boolean;
  stopped: StopReason | null;
}

/** Where a run stands. */
export interface Progress {
  step: number;
  epoch: number;
  /** Position in the current epoch's permutation. */
  cursor: number;
  stopped: StopReason | null;
  /** The step at which the run diverged, or −1. */
  divergedAt: number;
  /** Epoch with the lowest validation loss so far (−1 before any). */
  bestEpoch: number;
  bestValidationLoss: number;
}

/** Dropout keep bits of one hidden layer at the last training step: rows×units, 1 kept, 0 dropped. */
export interface DropoutMask {
  layer: number;
  rows: number;
  units: number;
  p: number;
  mask: Uint8Array;
}

/** Activation histogram of one hidden layer (activation outputs f(·), before dropout). */
export interface LayerHistogram {
  layer: number;
  lo: number;
  hi: number;
  counts: Uint32Array;
  /** Values counted (the rest were outside [lo, hi] or not finite). */
  total: number;
}

export interface HistogramOptions {
  bins?: number;
  /** Fixed range; default the finite [min, max] of each layer. */
  lo?: number;
  hi?: number;
  /** Inputs (n×d) to run in eval mode; default the last training mini-batch. */
  x?: Float32Array;
  n?: number;
}

/** Everything needed to continue a run elsewhere (e.g. hand it from the GPU to the CPU engine). */
export interface TrainerState {
  seed: number;
  step: number;
  epoch: number;
  cursor: number;
  params: Float32Array;
  running: Float32Array;
  optimizer: { name: OptimizerName; t: number; v: Float32Array; s: Float32Array; dx: Float32Array };
  hyper: TrainHyper;
  stopped: StopReason | null;
  divergedAt: number;
  bestEpoch: number;
  bestValidationLoss: number;
  epochsWithoutImprovement: number;
}

/** A value now (CPU) or later (GPU readback): callers `await` it either way. */
export type Awaitable<T> = T | Promise<T>;

/**
 * A training run, steppable. Implemented by the CPU engine (createTrainer, synchronous) and the WebGPU engine.
 *
 * Determinism: the same spec, data, hyperparameters, options and seed give the same run: initial
 * weights come from RNG stream 'init', each epoch's order from 'shuffle' (sub-stream = epoch), dropout
 * masks from 'dropout' (sub-stream = step), so another backend reproduces them from the same words.
 */
export interface Trainer {
  readonly backend: 'cpu' | 'webgpu';
  readonly spec: Required<ModelSpec>;
  readonly layout: ParamLayout;
  /** Takes up to n updates (default 1); stops early on divergence, early stopping or the epoch budget. */
  step(n?: number): Awaitable<StepReport>;
  /**
   * Waits for every update taken so far and reports the metrics not yet reported (taken = 0). A synchronous
   * trainer has none left: its report is empty and only says where the run stands.
   */
  flush(): Awaitable<StepReport>;
  /** Data loss and accuracy on the given splits (default: every split present). */
  evaluate(splits?: readonly SplitName[]): Awaitable<EvalReport>;
  /** Changes hyperparameters from the next update on, without resetting anything. */
  setHyper(update: HyperUpdate): void;
  getHyper(): TrainHyper;
  /** Back to step 0: fresh weights from the seed (or a new seed), zero optimizer state; keeps hyperparameters. */
  reset(seed?: number): void;
  /** A copy of the flat parameter vector (layout.size). */
  getParams(): Awaitable<Float32Array>;
  /** Overwrites the flat parameter vector (layout.size). */
  setParams(params: ArrayLike<number>): void;
  getState(): Awaitable<TrainerState>;
  setState(state: TrainerState): void;
  progress(): Progress;
  /** Training-set indices of the last mini-batch, in batch order. */
  lastBatch(): Awaitable<Uint32Array>;
  /** Dropout masks of the last training step (copies). */
  dropoutMasks(): Awaitable<DropoutMask[]>;
  /** Per-hidden-layer activation histograms. */
  histograms(opts?: HistogramOptions): Awaitable<LayerHistogram[]>;
  /** Frees backend resources. */
  dispose(): void;
}
