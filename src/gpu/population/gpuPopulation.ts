// The WebGPU population: members grouped by batch norm placement, each group one stack on the GPU (one set of dispatches per step).
import { memberSpec, type MemberConfig, type Population, type PopulationReport } from '../../engine/train/populationTypes';
import type { ModelSpec, ParamLayout, ResolvedSpec } from '../../engine/nn/spec';
import type {
  DropoutMask,
  EvalReport,
  HistogramOptions,
  HyperUpdate,
  LayerHistogram,
  Progress,
  SplitName,
  StepReport,
  TrainData,
  TrainHyper,
  TrainerState,
} from '../../engine/train/types';
import type { GpuContext } from '../device';
import type { GpuProbe, GpuStats, GpuTrainOptions } from '../run/types';
import { GpuPopulationGroup } from './group';

/** Pacing and counts of a population: dispatchesPerStep is one step of every member together (the sum over groups). */
export interface GpuPopulationStats extends GpuStats {
  /** Groups (one set of dispatches per step each): members differing in batch norm train in separate groups. */
  groups: number;
}

/**
 * Creates a population of `members` on `ctx`: member i trains as createTrainer(memberSpec(spec, members[i]), data,
 * members[i].hyper, members[i].seed, options) would, update for update (its own initial weights, shuffles and
 * dropout masks from its seed, its own optimizer, hyperparameters and batch size). Members are stacked in one group
 * per batch norm placement; every other difference lives in one group. Throws RangeError on no members, on members
 * of different architectures, and as createTrainer does.
 */
export async function createGpuPopulation(
  ctx: GpuContext,
  spec: ModelSpec,
  data: TrainData,
  members: readonly MemberConfig[],
  options: GpuTrainOptions = {},
): Promise<GpuPopulation> {
  if (members.length < 1) throw new RangeError('a population needs at least one member');
  const keys = members.map((m) => memberSpec(spec, m).batchNorm ?? 'none');
  const order = [...new Set(keys)];
  const groups: GpuPopulationGroup[] = [];
  try {
    for (const key of order) {
      groups.push(await GpuPopulationGroup.create(ctx, spec, data, members.filter((_, i) => keys[i] === key), options));
    }
  } catch (e) {
    for (const g of groups) g.dispose();
    throw e;
  }
  const where = keys.map((key, i) => ({ group: order.indexOf(key), index: keys.slice(0, i).filter((k) => k === key).length }));
  return new GpuPopulation(groups, where);
}

/**
 * The WebGPU Population (see Population): every call goes to the member's group; step, flush and evaluate run
 * every group and put the results back in member order.
 */
export class GpuPopulation implements Population {
  readonly backend = 'webgpu' as const;
  readonly size: number;
  readonly specs: readonly ResolvedSpec[];
  readonly layouts: readonly ParamLayout[];

  constructor(
    private readonly groups: readonly GpuPopulationGroup[],
    private readonly where: readonly { group: number; index: number }[],
  ) {
    this.size = where.length;
    this.specs = where.map((w) => groups[w.group].specs[w.index]);
    this.layouts = where.map((w) => groups[w.group].layouts[w.index]);
  }

  async step(n = 1): Promise<PopulationReport> {
    return this.gather(await Promise.all(this.groups.map((g) => g.step(n))));
  }

  async flush(): Promise<PopulationReport> {
    return this.gather(await Promise.all(this.groups.map((g) => g.flush())));
  }

  async evaluate(splits?: readonly SplitName[]): Promise<EvalReport[]> {
    const all = await Promise.all(this.groups.map((g) => g.evaluate(splits)));
    return this.where.map((w) => all[w.group][w.index]);
  }

  setHyper(member: number, update: HyperUpdate): void {
    const { g, i } = this.at(member);
    g.setHyper(i, update);
  }

  getHyper(member: number): TrainHyper {
    const { g, i } = this.at(member);
    return g.getHyper(i);
  }

  reset(member?: number, seed?: number): void {
    if (member === undefined) {
      for (const g of this.groups) g.reset(undefined, seed);
      return;
    }
    const { g, i } = this.at(member);
    g.reset(i, seed);
  }

  progress(member: number): Progress {
    const { g, i } = this.at(member);
    return g.progress(i);
  }

  getParams(member: number): Promise<Float32Array> {
    const { g, i } = this.at(member);
    return g.getParams(i);
  }

  getState(member: number): Promise<TrainerState> {
    const { g, i } = this.at(member);
    return g.getState(i);
  }

  /** Every member's state, in member order, from one read per group. */
  async getStates(): Promise<TrainerState[]> {
    const perGroup = await Promise.all(this.groups.map((g) => g.getStates()));
    return this.where.map(({ group, index }) => perGroup[group][index]);
  }

  setState(member: number, state: TrainerState): void {
    const { g, i } = this.at(member);
    g.setState(i, state);
  }

  lastBatch(member: number): Uint32Array {
    const { g, i } = this.at(member);
    return g.lastBatch(i);
  }

  dropoutMasks(member: number): Promise<DropoutMask[]> {
    const { g, i } = this.at(member);
    return g.dropoutMasks(i);
  }

  histograms(member: number, opts?: HistogramOptions): Promise<LayerHistogram[]> {
    const { g, i } = this.at(member);
    return g.histograms(i, opts);
  }

  /** Everything of the member's last training step, read back (tests, diagnostics). */
  inspect(member: number): Promise<GpuProbe> {
    const { g, i } = this.at(member);
    return g.inspect(i);
  }

  /** Dispatches per step of the whole population (the sum over its groups) and the groups' pacing. */
  stats(): GpuPopulationStats {
    const all = this.groups.map((g) => g.stats());
    return {
      groups: all.length,
      dispatchesPerStep: all.reduce((t, s) => t + s.dispatchesPerStep, 0),
      stepsPerSubmit: Math.min(...all.map((s) => s.stepsPerSubmit)),
      submits: all.reduce((t, s) => t + s.submits, 0),
      msPerStep: all.reduce((t, s) => t + s.msPerStep, 0),
      matmul: all[0].matmul,
    };
  }

  /** The reason the device became unusable, or null. */
  get lost(): string | null {
    return this.groups.map((g) => g.lost).find((l) => l !== null) ?? null;
  }

  dispose(): void {
    for (const g of this.groups) g.dispose();
  }

  private gather(reports: PopulationReport[]): PopulationReport {
    const members: StepReport[] = this.where.map((w) => reports[w.group].members[w.index]);
    return { members };
  }

  private at(member: number): { g: GpuPopulationGroup; i: number } {
    const w = Number.isInteger(member) ? this.where[member] : undefined;
    if (!w) throw new RangeError(`member must be an integer in [0, ${this.size - 1}], got ${member}`);
    return { g: this.groups[w.group], i: w.index };
  }
}
