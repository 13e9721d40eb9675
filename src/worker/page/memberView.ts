// One member of a population as the page sees it: its rings, its progress, and the requests that name a member.
import type { DropoutMask, EvalReport, HistogramOptions, HyperUpdate, LayerHistogram, Progress, SplitName, TrainHyper } from '../../engine/train';
import type { AugmentSamples, BatchNormTraceResult, ConfusionResult, CreateResult, EpochColumn, PredictionsResult, RunState, UnitOutputsResult } from '../shared/protocol';
import type { RingTable, Subscribable } from './ringTable';

/** The part of a run a figure reads: rings, status, create result, per-member requests. */
export interface RunView extends Subscribable {
  readonly steps: RingTable<string>;
  readonly epochs: RingTable<EpochColumn>;
  /** The population's mode with this member's progress. */
  readonly status: RunState;
  readonly info: CreateResult | null;
  evaluate(splits?: SplitName[]): Promise<EvalReport>;
  dropoutMasks(): Promise<DropoutMask[]>;
  histograms(options?: HistogramOptions): Promise<LayerHistogram[]>;
  getParams(): Promise<Float32Array>;
  /** Hidden layer `layer`'s batch norm on this member's last mini-batch, the first `singles` rows also alone. */
  batchNormTrace(layer: number, singles?: number): Promise<BatchNormTraceResult>;
  /**
   * Each hidden layer's output (m×units) and the network's output (m×outputSize: probabilities for 'softmax-ce', raw for
   * 'mse') at `points` (m×inputSize row-major, m ≤ 100 000) through this member's current state, in evaluation mode.
   */
  unitOutputs(points: Float32Array): Promise<UnitOutputsResult>;
  /** This member's confusion counts (c×c, row = true class) on a labelled split (default 'test'), in evaluation mode. */
  confusion(split?: SplitName): Promise<ConfusionResult>;
  /** This member's predicted class and its softmax probability per row of a split (default 'train'), in evaluation mode. */
  predictions(split?: SplitName): Promise<PredictionsResult>;
  /** The first `count` rows of this member's next mini-batch, as they are and augmented. */
  augmentSamples(count: number): Promise<AugmentSamples>;
  /** Changes this member's hyperparameters from its next update on (mid-run too); resolves with the effective ones. */
  setHyper(update: HyperUpdate): Promise<TrainHyper>;
}

/** What a member view reads from the client of its population (TrainerClient). */
export interface PopulationSource extends Subscribable {
  readonly memberSteps: readonly RingTable<string>[];
  readonly memberEpochs: readonly RingTable<EpochColumn>[];
  readonly memberProgress: readonly (Progress | null)[];
  readonly status: RunState;
  readonly info: CreateResult | null;
  evaluate(splits: SplitName[] | undefined, member: number): Promise<EvalReport>;
  dropoutMasks(member: number): Promise<DropoutMask[]>;
  histograms(options: HistogramOptions | undefined, member: number): Promise<LayerHistogram[]>;
  getParams(member: number): Promise<Float32Array>;
  batchNormTrace(layer: number, singles: number | undefined, member: number): Promise<BatchNormTraceResult>;
  unitOutputs(points: Float32Array, member: number): Promise<UnitOutputsResult>;
  confusion(split: SplitName | undefined, member: number): Promise<ConfusionResult>;
  predictions(split: SplitName | undefined, member: number): Promise<PredictionsResult>;
  augmentSamples(count: number, member: number): Promise<AugmentSamples>;
  setHyper(update: HyperUpdate, member: number): Promise<TrainHyper>;
}

/** Member `index` of the population `client` drives (a view: it owns nothing). */
export class MemberView implements RunView {
  constructor(
    readonly client: PopulationSource,
    readonly index: number,
  ) {}

  get steps(): RingTable<string> {
    return this.client.memberSteps[this.index];
  }

  get epochs(): RingTable<EpochColumn> {
    return this.client.memberEpochs[this.index];
  }

  get status(): RunState {
    return { mode: this.client.status.mode, progress: this.client.memberProgress[this.index] ?? null };
  }

  get info(): CreateResult | null {
    return this.client.info;
  }

  get version(): number {
    return this.client.version;
  }

  subscribe(listener: () => void): () => void {
    return this.client.subscribe(listener);
  }

  evaluate(splits?: SplitName[]): Promise<EvalReport> {
    return this.client.evaluate(splits, this.index);
  }

  dropoutMasks(): Promise<DropoutMask[]> {
    return this.client.dropoutMasks(this.index);
  }

  histograms(options?: HistogramOptions): Promise<LayerHistogram[]> {
    return this.client.histograms(options, this.index);
  }

  getParams(): Promise<Float32Array> {
    return this.client.getParams(this.index);
  }

  batchNormTrace(layer: number, singles?: number): Promise<BatchNormTraceResult> {
    return this.client.batchNormTrace(layer, singles, this.index);
  }

  unitOutputs(points: Float32Array): Promise<UnitOutputsResult> {
    return this.client.unitOutputs(points, this.index);
  }

  confusion(split?: SplitName): Promise<ConfusionResult> {
    return this.client.confusion(split, this.index);
  }

  predictions(split?: SplitName): Promise<PredictionsResult> {
    return this.client.predictions(split, this.index);
  }

  augmentSamples(count: number): Promise<AugmentSamples> {
    return this.client.augmentSamples(count, this.index);
  }

  setHyper(update: HyperUpdate): Promise<TrainHyper> {
    return this.client.setHyper(update, this.index);
  }
}
