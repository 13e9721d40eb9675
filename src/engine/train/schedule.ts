// One run's bookkeeping, shared by the CPU trainer and the GPU population: counters, epoch permutations, epoch ends, early stopping, stop reasons, hyperparameters.
import { checkAugment } from '../data/augment';
import { oversampleRows, undersampleRows } from '../data/resample';
import { firstRowsPerClass } from '../data/classRows';
import { classWeights } from '../nn/loss';
import type { ResolvedSpec } from '../nn/spec';
import { STREAM, permutationInto, streamWord } from '../rng';
import { checkTrainData } from './dataChecks';
import { EarlyStoppingTracker } from './earlyStopping';
import { resolveHyper } from './hyper';
import { scheduledLr } from './lrSchedule';
import type {
  EpochMetrics,
  HyperUpdate,
  Progress,
  SplitName,
  StepMetrics,
  StepReport,
  StopReason,
  TrainData,
  TrainHyper,
  TrainOptions,
  TrainerState,
} from './types';

/** The counters part of TrainerState (everything but the arrays a backend holds). */
export type RunCounters = Omit<TrainerState, 'params' | 'running' | 'optimizer'>;

/** What an epoch end asks of the trainer: evaluate `splits` (null: nothing) with the training split capped at trainCap rows. */
export interface EpochEnd {
  /** The epoch that just ended (0-based). */
  ended: number;
  splits: SplitName[] | null;
  trainCap: number | undefined;
}

/** What the trainer must do with its parameters after an early-stopping observation. */
export type EarlyStoppingAction = 'save-best' | 'restore-best' | null;

/**
 * Where a run stands and what decides its course, backend-neutral. Construction runs the data checks
 * (checkTrainData) and resolves the hyperparameters (resolveHyper); both throw RangeError on bad input.
 * The epoch permutation `perm` (train.n indices) comes from RNG stream 'shuffle', sub-stream = epoch; with
 * hyper.rebalance 'oversample' or 'undersample' an epoch is instead the resampled row list in that permutation's order
 * (perm[i] = rows[π(i)], π a permutation of the list's length), and with 'class-weights' `classWeights` holds the loss's weights.
 */
export class RunSchedule {
  /** Whether the targets are class labels (else real-valued, n×outputSize). */
  readonly labels: boolean;
  perm: Uint32Array;
  /** The resampled training rows an epoch goes through (null: every row once). */
  rows: Uint32Array | null = null;
  /** Per-class weights of the softmax cross-entropy (null: unweighted). */
  classWeights: Float64Array | null = null;
  readonly early = new EarlyStoppingTracker();
  seed: number;
  /** Updates taken (1-based number of the last one). */
  step = 0;
  epoch = 0;
  /** Position in the current epoch's permutation. */
  cursor = 0;
  stopped: StopReason | null = null;
  divergedAt = -1;
  private overrides: HyperUpdate;
  private current: TrainHyper;

  constructor(
    private readonly spec: ResolvedSpec,
    private readonly data: TrainData,
    hp: HyperUpdate,
    seed: number,
    private readonly options: TrainOptions,
  ) {
    this.labels = checkTrainData(spec, data);
    this.seed = seed >>> 0;
    this.overrides = { ...hp };
    this.current = resolveHyper(this.overrides, spec.dropout);
    this.perm = new Uint32Array(0);
    this.rebalance();
    this.reset();
  }

  /** The effective hyperparameters (read-only view; getHyper() gives a copy). */
  get hyper(): TrainHyper {
    return this.current;
  }

  /** Training progress in epochs where the next update is taken: epoch + rows seen this epoch / rows of an epoch (the resampled list's length when rebalanced). */
  get progressEpochs(): number {
    return this.epoch + this.cursor / this.perm.length;
  }

  /** The learning rate of the next update: the schedule's value at progressEpochs for base lr hyper.lr. */
  nextLr(): number {
    return scheduledLr(this.current.lrSchedule, this.current.lr, this.progressEpochs);
  }

  /**
   * The hyperparameters of the next update as both engines apply them: hyper with lr = nextLr() (hyper itself
   * when the schedule is constant). Read before advance().
   */
  updateHyper(): TrainHyper {
    const hp = this.current;
    return hp.lrSchedule.kind === 'constant' ? hp : { ...hp, lr: this.nextLr() };
  }

  /** Rows of the next mini-batch: min(batchSize, rows left in the epoch). */
  nextRows(): number {
    return Math.min(this.current.batchSize, this.perm.length - this.cursor);
  }

  /** Training-set indices of the next mini-batch (a view into perm). */
  nextBatch(): Uint32Array {
    return this.perm.subarray(this.cursor, this.cursor + this.nextRows());
  }

  /** Moves the cursor past an update of `rows` rows; true when that ended the epoch (call endEpoch then). */
  advance(rows: number): boolean {
    this.cursor += rows;
    return this.cursor >= this.perm.length;
  }

  /** Starts the next epoch (cursor 0, its permutation) and says what to evaluate for the one that ended. */
  endEpoch(): EpochEnd {
    const ended = this.epoch;
    this.epoch++;
    this.cursor = 0;
    this.permute();
    const es = this.options.earlyStopping;
    const evalEach = this.options.evalEachEpoch ?? true;
    const splits: SplitName[] | null = evalEach ? ['train', 'validation', 'test'] : es && this.data.validation ? ['validation'] : null;
    return { ended, splits, trainCap: this.trainCap() };
  }

  /** After an epoch end (and its early-stopping decision, where known): stops with 'epochs' once the budget is spent. */
  checkEpochBudget(): void {
    if (this.stopped === null && this.options.epochs !== undefined && this.epoch >= this.options.epochs) this.stopped = 'epochs';
  }

  /** Whether epoch-end evaluations decide early stopping (options.earlyStopping and a validation split). */
  get earlyStopping(): boolean {
    return this.options.earlyStopping !== undefined && this.data.validation !== undefined;
  }

  /**
   * Feeds epoch `epoch`'s validation loss to early stopping (no-op without options.earlyStopping). Returns
   * 'save-best' when the parameters should be kept as the best, 'restore-best' when the run stops and the best
   * parameters go back, else null. Stopping sets stopped = 'early-stopping'.
   */
  observeValidation(loss: number, epoch: number): EarlyStoppingAction {
    const es = this.options.earlyStopping;
    if (!es) return null;
    const restoreBest = es.restoreBest ?? true;
    const verdict = this.early.observe(loss, epoch, es.patience, es.minDelta ?? 0);
    if (verdict === 'improved') return restoreBest ? 'save-best' : null;
    if (verdict !== 'stop') return null;
    this.stopped = 'early-stopping';
    return restoreBest && this.early.bestEpoch >= 0 ? 'restore-best' : null;
  }

  /** The run diverged at update `step` (default: the last one counted). */
  diverge(step = this.step): void {
    this.stopped = 'diverged';
    this.divergedAt = step;
  }

  /** Puts the counters back to just after update `step` of `epoch`, taken at `cursorBefore` (a late-found divergence). */
  rollback(step: number, epoch: number, cursorBefore: number): void {
    this.step = step;
    if (this.epoch !== epoch) {
      this.epoch = epoch;
      this.permute();
    }
    this.cursor = cursorBefore;
  }

  /** Merges `update` into the overrides; returns whether the optimizer changed (its state then starts over). */
  setHyper(update: HyperUpdate): { optimizerChanged: boolean } {
    const overrides = { ...this.overrides, ...update };
    const hyper = resolveHyper(overrides, this.spec.dropout);
    if (hyper.augment) checkAugment(hyper.augment, this.data.train.d);
    const optimizerChanged = hyper.optimizer !== this.current.optimizer;
    const rebalanced =
      (hyper.rebalance ?? 'none') !== (this.current.rebalance ?? 'none') ||
      hyper.trainRows !== this.current.trainRows ||
      hyper.perClass !== this.current.perClass ||
      hyper.perClassCycle !== this.current.perClassCycle;
    this.overrides = overrides;
    this.current = hyper;
    if (rebalanced) {
      // A new row list takes effect at once: this epoch goes on through its permutation, from where it was (or ends).
      this.rebalance();
      this.permute();
      this.cursor = Math.min(this.cursor, this.perm.length);
    }
    return { optimizerChanged };
  }

  getHyper(): TrainHyper {
    return { ...this.current, dropout: [...this.current.dropout] };
  }

  /** Step 0 of epoch 0, nothing stopped, early stopping forgotten; optionally a new seed (the hyperparameters stay). */
  reset(seed?: number): void {
    if (seed !== undefined) this.seed = seed >>> 0;
    this.step = 0;
    this.epoch = 0;
    this.cursor = 0;
    this.stopped = null;
    this.divergedAt = -1;
    this.early.reset();
    this.permute();
  }

  /** Takes the counters, seed and hyperparameters of `state`. */
  restore(state: TrainerState): void {
    this.seed = state.seed >>> 0;
    this.overrides = { ...state.hyper };
    this.current = resolveHyper(this.overrides, this.spec.dropout);
    this.rebalance();
    this.step = state.step;
    this.epoch = state.epoch;
    this.cursor = state.cursor;
    this.stopped = state.stopped;
    this.divergedAt = state.divergedAt;
    this.early.restore(state);
    this.permute();
  }

  counters(): RunCounters {
    return {
      seed: this.seed,
      step: this.step,
      epoch: this.epoch,
      cursor: this.cursor,
      hyper: this.getHyper(),
      stopped: this.stopped,
      divergedAt: this.divergedAt,
      bestEpoch: this.early.bestEpoch,
      bestValidationLoss: this.early.bestValidationLoss,
      epochsWithoutImprovement: this.early.epochsWithoutImprovement,
    };
  }

  progress(): Progress {
    return {
      step: this.step,
      epoch: this.epoch,
      cursor: this.cursor,
      stopped: this.stopped,
      divergedAt: this.divergedAt,
      bestEpoch: this.early.bestEpoch,
      bestValidationLoss: this.early.bestValidationLoss,
    };
  }

  /** A StepReport of `taken` updates carrying `steps` and `epochs`, with where the run stands now. */
  report(taken: number, steps: StepMetrics[], epochs: EpochMetrics[]): StepReport {
    const stopped = this.stopped;
    return { taken, step: this.step, epoch: this.epoch, steps, epochs, diverged: stopped === 'diverged', stopped };
  }

  /** Training rows evaluated at an epoch end: options.evalTrainSamples, at most hyper.trainRows (undefined: all). */
  trainCap(): number | undefined {
    const cap = this.options.evalTrainSamples;
    const k = this.current.trainRows;
    return k === undefined ? cap : Math.min(cap ?? Infinity, k);
  }

  private permute(): void {
    permutationInto(this.perm, this.seed, streamWord(STREAM.shuffle, this.epoch));
    const rows = this.rows;
    if (rows) for (let i = 0; i < this.perm.length; i++) this.perm[i] = rows[this.perm[i]];
  }

  /** The row list (hyper.rebalance, or hyper.perClass) and class weights (labelled sets only; RangeError otherwise), and a perm of the list's length. */
  private rebalance(): void {
    const how = this.current.rebalance ?? 'none';
    const train = this.data.train;
    if (how !== 'none' && !(train.y instanceof Uint8Array)) throw new RangeError(`rebalance '${how}' needs class labels`);
    const augment = this.current.augment;
    if (augment) checkAugment(augment, train.d);
    // trainRows: the first k rows are the training set (rebalanced among themselves).
    const k = Math.min(train.n, this.current.trainRows ?? train.n);
    const labels = train.y instanceof Uint8Array ? train.y.subarray(0, k) : new Uint8Array(0);
    // perClass: the first perClass rows of each class (of those k), cycled to perClassCycle rows when given.
    const perClass = this.current.perClass;
    if (perClass !== undefined && !(train.y instanceof Uint8Array)) throw new RangeError('perClass needs class labels');
    const c = this.spec.outputSize;
    this.rows =
      how === 'oversample' ? oversampleRows(labels, c)
      : how === 'undersample' ? undersampleRows(labels, c)
      : perClass !== undefined ? firstRowsPerClass(labels, c, perClass, this.current.perClassCycle)
      : null;
    if (!this.rows && k < train.n) this.rows = Uint32Array.from({ length: k }, (_, i) => i);
    this.classWeights = how === 'class-weights' ? classWeights(labels, c) : null;
    if (how === 'class-weights' && this.spec.loss !== 'softmax-ce') throw new RangeError("rebalance 'class-weights' needs the softmax cross-entropy loss");
    const length = this.rows ? this.rows.length : train.n;
    if (this.perm.length !== length) this.perm = new Uint32Array(length);
  }
}
