// Single-run trainers seen as one Population (the single run on the GPU, a managed trainer, is a population of one).
import type { ParamLayout, ResolvedSpec } from '../../engine/nn/spec';
import type { Population, PopulationReport } from '../../engine/train/populationTypes';
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
  Trainer,
  TrainerState,
} from '../../engine/train/types';

/** All of them resolved, synchronously when none is a promise (so a CPU population of trainers stays synchronous). */
function all<T>(values: Awaitable<T>[]): Awaitable<T[]> {
  return values.some((v) => v instanceof Promise) ? Promise.all(values) : (values as T[]);
}

function report(members: Awaitable<StepReport[]>): Awaitable<PopulationReport> {
  return members instanceof Promise ? members.then((m) => ({ members: m })) : { members };
}

/** The Population of `trainers` (member i = trainers[i]); each member stops alone. Owns the trainers (dispose frees them). */
export class TrainerPopulation implements Population {
  readonly size: number;
  readonly specs: readonly ResolvedSpec[];
  readonly layouts: readonly ParamLayout[];

  constructor(private readonly trainers: readonly Trainer[]) {
    if (trainers.length < 1) throw new RangeError('a population needs at least one member, got an empty member list');
    this.size = trainers.length;
    this.specs = trainers.map((t) => t.spec);
    this.layouts = trainers.map((t) => t.layout);
  }

  /** Member 0's backend now (a managed trainer that lost its GPU runs on the CPU from then on). */
  get backend(): 'cpu' | 'webgpu' {
    return this.trainers[0].backend;
  }

  private member(i: number): Trainer {
    if (!Number.isInteger(i) || i < 0 || i >= this.size) throw new RangeError(`member index ${i} is out of range: this population has members 0…${this.size - 1}`);
    return this.trainers[i];
  }

  step(n = 1): Awaitable<PopulationReport> {
    return report(all(this.trainers.map((t) => t.step(n))));
  }

  flush(): Awaitable<PopulationReport> {
    return report(all(this.trainers.map((t) => t.flush())));
  }

  evaluate(splits?: readonly SplitName[]): Awaitable<EvalReport[]> {
    return all(this.trainers.map((t) => t.evaluate(splits)));
  }

  setHyper(member: number, update: HyperUpdate): void {
    this.member(member).setHyper(update);
  }

  getHyper(member: number): TrainHyper {
    return this.member(member).getHyper();
  }

  reset(member?: number, seed?: number): void {
    if (member === undefined) for (const t of this.trainers) t.reset(seed);
    else this.member(member).reset(seed);
  }

  progress(member: number): Progress {
    return this.member(member).progress();
  }

  getParams(member: number): Awaitable<Float32Array> {
    return this.member(member).getParams();
  }

  getState(member: number): Awaitable<TrainerState> {
    return this.member(member).getState();
  }

  setState(member: number, state: TrainerState): void {
    this.member(member).setState(state);
  }

  lastBatch(member: number): Awaitable<Uint32Array> {
    return this.member(member).lastBatch();
  }

  dropoutMasks(member: number): Awaitable<DropoutMask[]> {
    return this.member(member).dropoutMasks();
  }

  histograms(member: number, opts?: HistogramOptions): Awaitable<LayerHistogram[]> {
    return this.member(member).histograms(opts);
  }

  dispose(): void {
    for (const t of this.trainers) t.dispose();
  }
}
