// The typed message protocol between the page (TrainerClient) and the training worker (TrainerSession).
import type { BackendChoice, BackendStatus } from '../../engine/backendStatus';
import type { MemberConfig } from '../../engine/train/populationTypes';
import type { FeatureName, ToySetName } from '../../engine/data';
import type { HistogramParams } from '../../engine/experiments/activationHistograms';
import {
  UNIT_OUTPUT_POINTS,
  type ActivationHistogramsResult,
  type AugmentSamples,
  type BatchNormTraceResult,
  type ConfusionResult,
  type PredictionsResult,
  type UnitOutputsResult,
} from './results';
import type { ModelSpec } from '../../engine/nn';
import type {
  DropoutMask,
  EvalReport,
  HistogramOptions,
  HyperUpdate,
  LayerHistogram,
  Progress,
  SplitName,
  TrainHyper,
  TrainOptions,
} from '../../engine/train';

/**
 * Which data set the worker builds or loads itself, so no large array crosses the thread boundary.
 * `validation` (fraction in [0, 1), default 0) moves a shuffled share of the training rows into a
 * validation split (RNG stream 'split', keyed by `splitSeed`, default 0).
 */
export type DataDescriptor = (
  | {
      /** The MNIST subset of public/data: the first nTrain training digits (≤ 10 000) and nTest test digits (≤ 2 000, default 0). */
      kind: 'mnist';
      nTrain: number;
      nTest?: number;
      /** Absolute URL of the folder holding manifest.json; the client fills it in from the page's location. */
      baseUrl?: string;
    }
  | {
      /** A 2-D toy set (n rows, sampler set 0) and an optional test set from the same distribution (nTest rows, sampler set 1). */
      kind: 'toy';
      name: ToySetName;
      n: number;
      nTest?: number;
      noise?: number;
      seed: number;
      /** Blobs only. */
      classes?: number;
      /** Spirals only. */
      turns?: number;
      /**
       * The network's inputs: each row's (x₁, x₂) replaced by these features (engine featureRows), in every split and the
       * extra rows, once the splits are built (default: the coordinates themselves).
       */
      features?: readonly FeatureName[];
    }
  | {
      /** d2l's polynomial regression set (train and test). */
      kind: 'polynomial';
      seed: number;
      nTrain?: number;
      nTest?: number;
      features?: number;
      noise?: number;
    }
  | {
      /** A 1-D regression set: y = sin(2.5x) + noise (engine noisySine), n training rows (set 0) and nTest test rows (set 1). */
      kind: 'sine';
      seed: number;
      n: number;
      nTest?: number;
      noise?: number;
    }
  | {
      /** d2l's high-dimensional linear regression set (train and test). */
      kind: 'linear';
      seed: number;
      nTrain?: number;
      nTest?: number;
      d?: number;
      noise?: number;
    }
) & {
  validation?: number;
  splitSeed?: number;
  /** K-fold instead of a fraction: fold `index` (0 … k − 1) of kFoldSplits(train, k, splitSeed) is the validation split. */
  fold?: { k: number; index: number };
  /**
   * Make the `classes` rare in the training rows (labelled sets): keep every other row and only the first rows of these
   * classes, so that they are `share` of the result (engine imbalancedRows), before any validation split.
   */
  rare?: { classes: number[]; share: number };
  /** Self-training (labelled sets): the first `keep` training rows, then the rows `rows` carrying `labels`, before any split. */
  pseudo?: { keep: number; rows: number[]; labels: number[] };
  /**
   * Keep only the rows of these labels in the training and test splits (engine classRows), the training split capped at the
   * first `perClass` rows of each, before `rare` and any validation split.
   */
  keepClasses?: { keep: number[]; perClass?: number };
  /** Sort the training rows by label (stable) before splitting, as a data set stored class by class would be. */
  sortByLabel?: boolean;
  /** false: the validation split is the first share of the rows as they are, without shuffling (default true). */
  shuffleSplit?: boolean;
  /**
   * Rows appended to the training split after it is built (e.g. points a reader added on a plot): x is k×d row-major,
   * y holds k class labels (classification sets) or k targets (regression sets).
   */
  extra?: { x: number[]; y: number[] };
};

/** How the worker runs and reports. */
export interface StreamOptions {
  /** Longest stretch of training, in ms, before the worker yields to its message queue (default 8). */
  sliceMs?: number;
  /** Least time, in ms, between two metrics messages while running (default 16, about one frame). */
  intervalMs?: number;
  /** Record the metrics of every k-th step only (default 1); the step that stops a run is always recorded. */
  every?: number;
}

/** Defaults of StreamOptions. */
export const STREAM_DEFAULTS: Required<StreamOptions> = { sliceMs: 8, intervalMs: 16, every: 1 };

/**
 * What the worker is doing: no trainer yet, loading data, paused, training (after start, and while a step(n)
 * request is served, which posts no status of its own), or stopped (diverged, early stopping, epoch budget: reset to go on).
 */
export type RunMode = 'idle' | 'loading' | 'paused' | 'running' | 'stopped';

/**
 * What a 'loading' session is doing: building or downloading its data, or compiling the GPU programs (WebGPU
 * pipelines; on a software adapter this can take tens of seconds before the first update).
 */
export type LoadPhase = 'data' | 'compiling';

/** The run's mode and where it stands (progress: member 0's, null before a trainer exists; members: every member's). */
export interface RunState {
  mode: RunMode;
  /** While mode is 'loading': which part of the preparation runs now. */
  phase?: LoadPhase;
  progress: Progress | null;
  members?: Progress[];
}

/**
 * Why a request failed or the worker reports a problem:
 * 'data-load' (MNIST download/checksum/format; `file` and `loadCode` say which and why, retry with create),
 * 'invalid' (impossible spec, hyperparameters, data shape or request), 'not-created' (no trainer yet),
 * 'superseded' (a later create replaced this one), 'internal' (an exception in the worker),
 * 'worker' (the worker failed to start or crashed; page side), 'disposed' (the client was disposed; page side).
 */
export type WorkerErrorCode = 'data-load' | 'invalid' | 'not-created' | 'superseded' | 'internal' | 'worker' | 'disposed';

/** A serializable error. */
export interface WorkerErrorInfo {
  code: WorkerErrorCode;
  message: string;
  /** For 'data-load': the file concerned and the loader's code ('network' | 'checksum' | 'format'). */
  file?: string;
  loadCode?: string;
}

/** Column names of the per-step block: base metrics, then ‖∂L/∂W_l‖ and ‖W_l‖ per dense layer l. */
export const STEP_BASE_COLUMNS = ['step', 'epoch', 'trainMs', 'loss', 'dataLoss', 'accuracy', 'gradNorm'] as const;

/** Column names of the per-epoch block (NaN where a split is absent). */
export const EPOCH_COLUMNS = [
  'step',
  'epoch',
  'trainMs',
  'trainLoss',
  'trainAccuracy',
  'validationLoss',
  'validationAccuracy',
  'testLoss',
  'testAccuracy',
] as const;
export type EpochColumn = (typeof EPOCH_COLUMNS)[number];

/** The per-step columns for a network of `layers` dense layers (hidden layers + output). trainMs: time spent in training steps since the last reset. */
export function stepColumns(layers: number): string[] {
  const perLayer = (name: string) => Array.from({ length: layers }, (_, l) => `${name}${l}`);
  return [...STEP_BASE_COLUMNS, ...perLayer('gradNorm'), ...perLayer('weightNorm')];
}

/** Sizes of the splits the worker built. */
export interface DataSizes {
  train: number;
  validation: number;
  test: number;
  d: number;
}

/** Result of create. */
export interface CreateResult {
  backend: 'cpu' | 'webgpu';
  /** The backend and the reason it was chosen. */
  backendStatus: BackendStatus;
  /** Dense layers (hidden + output) and the parameter count. */
  layers: number;
  params: number;
  /** Members of the population (1 for a single run). */
  members: number;
  /** Member 0's hyperparameters. */
  hyper: TrainHyper;
  progress: Progress;
  sizes: DataSizes;
  stepColumns: string[];
}

/** Result of step(n): how many updates were taken (< n when the run stopped or a later request cut it short). */
export interface StepResult {
  taken: number;
  status: RunState;
}

export type { ActivationHistogramsResult, AugmentSamples, BatchNormTraceResult, ConfusionResult, PredictionsResult, UnitOutputsResult };
export { UNIT_OUTPUT_POINTS };

/** Every request with its fields and the type of its result. */
export interface RequestMap {
  /** Builds or loads the data and creates a trainer, replacing any previous one. */
  create: {
    /**
     * backend: 'auto' (default: WebGPU on a hardware adapter, else the CPU engine), 'gpu' or 'cpu'; decided: a
     * CPU status the page's policy already settled (gpu/backend.ts preDecide), so this worker asks for no device.
     * members: a population, one run per member (default: the single run {seed, hyper}).
     */
    fields: {
      spec: ModelSpec;
      data: DataDescriptor;
      hyper?: HyperUpdate;
      seed?: number;
      members?: MemberConfig[];
      options?: TrainOptions;
      stream?: StreamOptions;
      backend?: BackendChoice;
      decided?: BackendStatus | null;
    };
    result: CreateResult;
  };
  /** Trains in time slices until pause, a stop, or `untilStep`; optionally at most stepsPerSecond. Resolves once running. */
  start: { fields: { untilStep?: number; stepsPerSecond?: number }; result: RunState };
  /** Stops training after the current step; resolves once paused, after the last metrics. */
  pause: { fields: object; result: RunState };
  /** Pauses a run if one is going, takes n updates (in time slices), resolves after their metrics. */
  step: { fields: { n: number }; result: StepResult };
  /** Changes hyperparameters of one member (default: every member) from the next update on; resolves with member's (or 0's) effective ones. */
  setHyper: { fields: { update: HyperUpdate; member?: number }; result: TrainHyper };
  /** Pauses, then back to step 0 with fresh weights (optionally a new seed); keeps hyperparameters. */
  reset: { fields: { seed?: number }; result: RunState };
  /** The per-member requests below answer for `member` (default 0). */
  evaluate: { fields: { splits?: SplitName[]; member?: number }; result: EvalReport };
  dropoutMasks: { fields: { member?: number }; result: DropoutMask[] };
  histograms: { fields: { options?: HistogramOptions; member?: number }; result: LayerHistogram[] };
  /** A copy of the flat parameter vector. */
  getParams: { fields: { member?: number }; result: Float32Array };
  /**
   * Hidden layer `layer`'s batch norm on the member's last mini-batch through its current weights (engine batchNormTrace),
   * with the first `singles` rows also sent alone; fails for a member without batch norm or before its first update.
   */
  batchNormTrace: { fields: { member?: number; layer: number; singles?: number }; result: BatchNormTraceResult };
  /**
   * Every hidden unit's output and the network's output (softmax probabilities for 'softmax-ce', raw for 'mse') at
   * `points` (m×inputSize row-major, m ≤ UNIT_OUTPUT_POINTS) through the member's current state in evaluation mode
   * (running statistics, its current dropout ratios and variant): engine unitOutputs, with that state's parameters and
   * step, so a diagram's weights and images come from one update. Result arrays transferred.
   */
  unitOutputs: { fields: { points: Float32Array; member?: number }; result: UnitOutputsResult };
  /**
   * The member's confusion matrix on a labelled split (default 'test') through its current state in evaluation mode:
   * c×c counts, row = true class, column = predicted class (engine confusionCounts). Result transferred.
   */
  confusion: { fields: { split?: SplitName; member?: number }; result: ConfusionResult };
  /** The member's argmax class and its softmax probability per row of a split (default 'train'), evaluation mode. */
  predictions: { fields: { split?: SplitName; member?: number }; result: PredictionsResult };
  /** The first `count` (≤ 64) rows of the member's next mini-batch, as stored and augmented (engine augmentSamples). */
  augmentSamples: { fields: { count: number; member?: number }; result: AugmentSamples };
  /** Frees the trainer and closes the worker. */
  dispose: { fields: object; result: null };
  /** The initialization lesson's activation histograms (no trainer needed); ms: compute time in the worker. */
  activationHistograms: { fields: { params: HistogramParams }; result: ActivationHistogramsResult };
  /**
   * Starts loading the MNIST subset into the worker now (the one download every later MNIST create shares), so that a
   * lesson's first run finds it there or on its way; answers once it is loaded. Needs no trainer. A failed load is
   * reported and forgotten: the create that needs the data loads again and says why it could not.
   */
  prefetchMnist: { fields: { baseUrl?: string }; result: null };
  /**
   * Test hook: destroys this worker's GPU device (device.destroy(), as a driver reset would), so its runs go on on the
   * CPU; true when a live device was destroyed. The page sends it only through installDebugHooks (URL ?debug=gpu-loss).
   */
  debugLoseGpu: { fields: object; result: boolean };
}
export type RequestType = keyof RequestMap;

/** A page → worker message. */
export type Request = { [K in RequestType]: { type: K; id: number } & RequestMap[K]['fields'] }[RequestType];
/** The request of one type. */
export type RequestOf<K extends RequestType> = Extract<Request, { type: K }>;

/** Step and epoch metrics since the last metrics message, as row-major Float64Array blocks (transferred). */
export interface MetricsMessage {
  type: 'metrics';
  /** The member these rows belong to (0 for a single run). */
  member: number;
  stepColumns: string[];
  /** stepCount rows × stepColumns.length. */
  steps: Float64Array;
  stepCount: number;
  /** epochCount rows × EPOCH_COLUMNS.length. */
  epochs: Float64Array;
  epochCount: number;
  progress: Progress;
}

/** A worker → page message. Messages arrive in the order they were posted: a reply follows the metrics it covers. */
export type Response =
  | { type: 'reply'; id: number; ok: true; result: unknown }
  | { type: 'reply'; id: number; ok: false; error: WorkerErrorInfo }
  | MetricsMessage
  | { type: 'status'; status: RunState }
  | { type: 'loading'; received: number; total: number }
  | { type: 'error'; error: WorkerErrorInfo }
  /** Which backend trains the run now and why (after create, and when a lost GPU hands the run to the CPU). */
  | { type: 'backend'; status: BackendStatus };

/** A message between a pooled worker and the page: the protocol's message with the session it belongs to. */
export type Envelope<T> = T & { session: number };

/** The minimum of a Worker that the client uses (a fake in Node tests). */
export interface WorkerLike {
  postMessage(message: unknown, transfer: Transferable[]): void;
  terminate(): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  addEventListener(type: 'error' | 'messageerror', listener: (event: Event) => void): void;
}

/** True when a value has the shape of a request (a type this protocol knows and a numeric id). */
export function isRequest(value: unknown): value is Request {
  if (typeof value !== 'object' || value === null) return false;
  const { type, id } = value as { type?: unknown; id?: unknown };
  return typeof id === 'number' && typeof type === 'string' && REQUEST_TYPES.includes(type as RequestType);
}

/** Every request type. */
export const REQUEST_TYPES: readonly RequestType[] = [
  'create',
  'start',
  'pause',
  'step',
  'setHyper',
  'reset',
  'evaluate',
  'dropoutMasks',
  'histograms',
  'getParams',
  'batchNormTrace',
  'unitOutputs',
  'confusion',
  'predictions',
  'augmentSamples',
  'dispose',
  'activationHistograms',
  'prefetchMnist',
  'debugLoseGpu',
];

/** A WorkerErrorInfo from anything thrown. */
export function toErrorInfo(error: unknown, code: WorkerErrorCode = 'internal'): WorkerErrorInfo {
  if (error instanceof RangeError) return { code: 'invalid', message: error.message };
  if (error instanceof Error) return { code, message: error.message };
  return { code, message: String(error) };
}
