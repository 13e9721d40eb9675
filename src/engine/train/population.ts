// The CPU population: R single-run CPU trainers, one per member, on one shared data set, stepped together.
import { resolveSpec, type ModelSpec, type ParamLayout, type ResolvedSpec } from '../nn/spec';
import { resolveHyper } from './hyper';
import { memberSpec, type MemberConfig, type Population, type PopulationReport } from './populationTypes';
import { createTrainer } from './trainer';
import type {
  DropoutMask,
  EvalReport,
  HistogramOptions,
  HyperUpdate,
  LayerHistogram,
  Progress,
  SplitName,
  TrainData,
  TrainHyper,
  TrainOptions,
  TrainerState,
} from './types';

/**
 * Creates a CPU population of members.length networks of `spec` on `data`: member i is exactly the run
 * createTrainer(memberSpec(spec, members[i]), data, members[i].hyper, members[i].seed, options + members[i].start) would train,
 * update for update and bit for bit (it is one). `data` is shared by reference by every member, never copied;
 * `options` (epoch budget, early stopping, evaluation) apply to each member on its own.
 *
 * Members whose resolved specs differ in anything other than init and batch norm are impossible by
 * construction: MemberConfig carries only a seed, hyperparameters, an init and a batch-norm placement, and
 * every other field of the spec is the shared `spec`'s. Layouts differ only where batch norm adds γ, β.
 *
 * Throws RangeError on an empty member list, and on a member's impossible spec, hyperparameters or seed
 * (naming the member); on data that does not fit the spec, as createTrainer does.
 */
export function createCpuPopulation(
  spec: ModelSpec,
  data: TrainData,
  members: readonly MemberConfig[],
  options: TrainOptions = {},
): CpuPopulation {
  return new CpuPopulation(spec, data, members, options);
}

/** One member's single run (whatever class createTrainer returns: only its public methods are used). */
type CpuTrainer = ReturnType<typeof createTrainer>;

/** The CPU engine's Population: every method is synchronous (see Population in ./populationTypes). */
export class CpuPopulation implements Population {
  readonly backend = 'cpu' as const;
  readonly size: number;
  readonly specs: readonly ResolvedSpec[];
  readonly layouts: readonly ParamLayout[];

  private readonly trainers: readonly CpuTrainer[];

  constructor(spec: ModelSpec, data: TrainData, members: readonly MemberConfig[], options: TrainOptions) {
    if (members.length < 1) throw new RangeError('a population needs at least one member, got an empty member list');
    members.forEach((m, i) => {
      checkSeed(m.seed, `member ${i}: seed`);
      try {
        const resolved = resolveSpec(memberSpec(spec, m));
        resolveHyper(m.hyper ?? {}, resolved.dropout);
      } catch (e) {
        if (e instanceof RangeError) throw new RangeError(`member ${i}: ${e.message}`, { cause: e });
        throw e;
      }
    });
    this.trainers = members.map((m) => createTrainer(memberSpec(spec, m), data, m.hyper ?? {}, m.seed, m.start ? { ...options, start: m.start } : options));
    this.size = members.length;
    this.specs = this.trainers.map((t) => t.spec);
    this.layouts = this.trainers.map((t) => t.layout);
  }

  /** Member i's trainer; RangeError unless 0 ≤ i < size is an integer. */
  private member(i: number): CpuTrainer {
    if (!Number.isInteger(i) || i < 0 || i >= this.size) {
      throw new RangeError(`member index ${i} is out of range: this population has members 0…${this.size - 1}`);
    }
    return this.trainers[i];
  }

  /**
   * Up to n updates for every member that has not stopped (default 1). Members are independent on the CPU,
   * so member i takes its n updates before member i + 1: the same updates as n rounds of one update each.
   */
  step(n = 1): PopulationReport {
    if (!Number.isFinite(n)) throw new RangeError(`step(n) needs a finite n, got ${n}`);
    return { members: this.trainers.map((t) => t.step(n)) };
  }

  /** Every report is complete when step returns: each member's flush only says where it stands. */
  flush(): PopulationReport {
    return { members: this.trainers.map((t) => t.flush()) };
  }

  /** Every member's data loss and accuracy on the given splits (default: every split present), in member order. */
  evaluate(splits?: readonly SplitName[]): EvalReport[] {
    return this.trainers.map((t) => t.evaluate(splits));
  }

  setHyper(member: number, update: HyperUpdate): void {
    const t = this.member(member);
    try {
      t.setHyper(update);
    } catch (e) {
      if (e instanceof RangeError) throw new RangeError(`member ${member}: ${e.message}`, { cause: e });
      throw e;
    }
  }

  getHyper(member: number): TrainHyper {
    return this.member(member).getHyper();
  }

  /**
   * Back to step 0 for one member, or for every member when `member` is undefined; with a seed, the reset
   * members take that seed (all of them the same one when `member` is undefined). Others are untouched.
   */
  reset(member?: number, seed?: number): void {
    if (seed !== undefined) checkSeed(seed, 'reset seed');
    if (member === undefined) for (const t of this.trainers) t.reset(seed);
    else this.member(member).reset(seed);
  }

  progress(member: number): Progress {
    return this.member(member).progress();
  }

  /** A copy of member i's flat parameter vector (layouts[i].size). */
  getParams(member: number): Float32Array {
    return this.member(member).getParams();
  }

  getState(member: number): TrainerState {
    return this.member(member).getState();
  }

  /** Puts a state (of this member, another member with the same layout, or a single run) into member i. */
  setState(member: number, state: TrainerState): void {
    const t = this.member(member);
    const { size, runningSize } = t.layout;
    if (state.params.length !== size || state.running.length !== runningSize) {
      throw new RangeError(
        `member ${member}: the state has ${state.params.length} parameters and ${state.running.length} running statistics; ` +
          `this member's layout has ${size} and ${runningSize}`,
      );
    }
    t.setState(state);
  }

  lastBatch(member: number): Uint32Array {
    return this.member(member).lastBatch();
  }

  dropoutMasks(member: number): DropoutMask[] {
    return this.member(member).dropoutMasks();
  }

  histograms(member: number, opts?: HistogramOptions): LayerHistogram[] {
    return this.member(member).histograms(opts);
  }

  dispose(): void {
    for (const t of this.trainers) t.dispose();
  }
}

/** Seeds are 32-bit words (the RNG's key): integers in [0, 2³²). */
function checkSeed(seed: number, what: string): void {
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) throw new RangeError(`${what} must be an integer in [0, 2³²), got ${seed}`);
}
