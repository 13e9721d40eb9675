// The population contract: R networks of one architecture on one data set, each with its own seed and hyperparameters, stepped together.
import type { BatchNormPlacement, InitSpec, ModelSpec, ParamLayout, ResolvedSpec } from '../nn/spec';
import type { StartWeights } from './startWeights';
import type {
  Awaitable,
  DropoutMask,
  EvalReport,
  HistogramOptions,
  HyperUpdate,
  LayerHistogram,
  Progress,
  SplitName,
  StepReport,
  TrainHyper,
  TrainerState,
} from './types';

/**
 * One member of a population: what makes it differ from the shared ModelSpec. Member i is the run that
 * createTrainer({...spec, init, batchNorm}, data, hyper, seed, options) would train, update for update.
 */
export interface MemberConfig {
  seed: number;
  /** Its hyperparameters (optimizer and its settings, lr, batchSize, weightDecay, l1, dropout, clipping). */
  hyper?: HyperUpdate;
  /** Its initial weights' scheme or scale (default: the spec's). */
  init?: InitSpec;
  /** Batch norm on/off for this member (default: the spec's); a backend may train such members as a separate group. */
  batchNorm?: BatchNormPlacement;
  /** Its initial parameters, given instead of drawn (another run's weights), the output layer redrawn from its seed. */
  start?: StartWeights;
}

/** The spec member i trains: the shared spec with the member's init and batch norm. */
export function memberSpec(spec: ModelSpec, member: MemberConfig): ModelSpec {
  return { ...spec, init: member.init ?? spec.init, batchNorm: member.batchNorm ?? spec.batchNorm };
}

/** What step(n) or flush() did, per member in member order (a stopped member reports taken = 0). */
export interface PopulationReport {
  members: StepReport[];
}

/**
 * R training runs stepped together. Every per-member method takes the member's index (0…size−1) and behaves
 * as the same method of that member's single run (see Trainer in ./types). A diverging member stops alone
 * (its report says 'diverged' at its step); early stopping and the epoch budget apply per member.
 */
export interface Population {
  readonly backend: 'cpu' | 'webgpu';
  readonly size: number;
  /** Member i's resolved spec (members differ at most in init and batch norm). */
  readonly specs: readonly ResolvedSpec[];
  readonly layouts: readonly ParamLayout[];
  /** Up to n updates for every member that has not stopped (default 1). */
  step(n?: number): Awaitable<PopulationReport>;
  /** Waits for every update taken so far; reports the metrics not yet reported. */
  flush(): Awaitable<PopulationReport>;
  /** Every member's data loss and accuracy on the given splits (default: every split present). */
  evaluate(splits?: readonly SplitName[]): Awaitable<EvalReport[]>;
  setHyper(member: number, update: HyperUpdate): void;
  getHyper(member: number): TrainHyper;
  /** Back to step 0 for one member (or all when member is undefined), optionally with a new seed. */
  reset(member?: number, seed?: number): void;
  progress(member: number): Progress;
  getParams(member: number): Awaitable<Float32Array>;
  getState(member: number): Awaitable<TrainerState>;
  setState(member: number, state: TrainerState): void;
  lastBatch(member: number): Awaitable<Uint32Array>;
  dropoutMasks(member: number): Awaitable<DropoutMask[]>;
  histograms(member: number, opts?: HistogramOptions): Awaitable<LayerHistogram[]>;
  dispose(): void;
}
