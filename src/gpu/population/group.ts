// One group of a WebGPU population: R members of one architecture and batch norm placement stacked on the GPU, one set of dispatches per step for all.
import { initParams, initRunning } from '../../engine/nn/init';
import { OPTIMIZERS } from '../../engine/optimizers';
import { paramLayout, resolveSpec, type ModelSpec, type ParamLayout, type ResolvedSpec } from '../../engine/nn/spec';
import { memberSpec, type MemberConfig, type Population, type PopulationReport } from '../../engine/train/populationTypes';
import { RunSchedule } from '../../engine/train/schedule';
import { applyStart, type StartWeights } from '../../engine/train/startWeights';
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
  TrainerState,
} from '../../engine/train/types';
import type { GpuContext } from '../device';
import { matmulShape } from '../kernels/shared';
import { CallQueue } from '../run/callQueue';
import { gpuHistograms } from '../run/histograms';
import { readDropoutMasks, readProbe } from '../run/probe';
import { GpuResources } from '../run/resources';
import { GpuRunLoop } from '../run/runLoop';
import { composeState } from '../run/state';
import { GpuLostError, type GpuProbe, type GpuStats, type GpuTrainOptions } from '../run/types';
import { checkMembers } from './checks';

/**
 * A population group on the GPU. step(n) encodes up to n training passes, each one set of dispatches for every
 * member (member = workgroup z or y), and resolves without waiting for the GPU: its report carries the metrics read
 * back so far, which may be those of earlier steps (each entry has its own step); flush() waits for everything submitted.
 * A member found diverged when its metrics come back stops alone at that step; the others carry on.
 * Make it with GpuPopulationGroup.create (createGpuPopulation does): it compiles the kernels before anything is built.
 */
export class GpuPopulationGroup implements Population {
  readonly backend = 'webgpu' as const;
  readonly size: number;
  readonly specs: readonly ResolvedSpec[];
  readonly layouts: readonly ParamLayout[];
  private readonly runs: RunSchedule[];
  /** Each member's given initial weights (MemberConfig.start, else TrainOptions.start, as the CPU population), if any. */
  private readonly starts: readonly (StartWeights | undefined)[];
  private readonly loop: GpuRunLoop;
  private readonly calls = new CallQueue(() => this.assertUsable());

  /** Checks the members against each other and the device, compiles the kernels, allocates everything, uploads every member's initial state. */
  static async create(ctx: GpuContext, spec: ModelSpec, data: TrainData, members: readonly MemberConfig[], options: GpuTrainOptions): Promise<GpuPopulationGroup> {
    const plan = planGroup(ctx, spec, data, members, options);
    const matmul = options.matmul ?? matmulShape(ctx.fallback);
    const r = await GpuResources.create(ctx.device, matmul, plan.specs[0], plan.layouts[0], plan.runs[0].labels, data, plan.evalRows, members.length);
    try {
      return new GpuPopulationGroup(ctx, data, plan, r, options);
    } catch (e) {
      r.bufs.destroyAll();
      throw e;
    }
  }

  private constructor(
    readonly ctx: GpuContext,
    private readonly data: TrainData,
    plan: GroupPlan,
    private readonly r: GpuResources,
    options: GpuTrainOptions,
  ) {
    this.specs = plan.specs;
    this.layouts = plan.layouts;
    this.runs = plan.runs;
    this.starts = plan.starts;
    this.size = plan.runs.length;
    this.loop = new GpuRunLoop(r, this.runs, data, options, plan.maxBatch);
    r.writeLayers();
    this.reset();
  }

  step(n = 1): Promise<PopulationReport> {
    if (!Number.isFinite(n)) return Promise.reject(new RangeError(`step(n) needs a finite n, got ${n}`));
    return this.calls.run(async () => ({ members: await this.loop.runSteps(n) }));
  }

  flush(): Promise<PopulationReport> {
    return this.calls.run(async () => {
      await this.loop.settle();
      return { members: this.loop.reports() };
    });
  }

  evaluate(splits?: readonly SplitName[]): Promise<EvalReport[]> {
    return this.calls.run(async () => {
      await this.loop.settle();
      const entries = this.loop.members.map((m, member) => ({ member, gen: m.gen, epoch: m.run.epoch, step: m.run.step }));
      return this.loop.evaluate(splits ?? ['train', 'validation', 'test'], entries);
    });
  }

  setHyper(member: number, update: HyperUpdate): void {
    const m = this.member(member);
    const { optimizerChanged } = m.run.setHyper(update);
    if (optimizerChanged) {
      this.r.clearOptimizer(member);
      m.optT = 0;
    }
    this.loop.fitBatch(m.run.hyper.batchSize);
    this.r.writeDropout(member, m.run.hyper);
  }

  getHyper(member: number): TrainHyper {
    return this.member(member).run.getHyper();
  }

  reset(member?: number, seed?: number): void {
    const which = member === undefined ? this.runs.map((_, i) => i) : [member];
    for (const i of which) {
      const m = this.member(i);
      const layout = this.layouts[i];
      m.run.reset(seed);
      const params = new Float32Array(layout.size);
      const running = new Float32Array(layout.runningSize);
      initParams(params, layout, this.specs[i].init, m.run.seed);
      const start = this.starts[i];
      if (start) applyStart(params, layout, start);
      initRunning(running, layout);
      this.loop.restartMember(i);
      this.r.writeState(i, params, running, false, m.run.hyper);
      this.r.clearOptimizer(i);
      m.optT = 0;
    }
  }

  progress(member: number): Progress {
    return this.member(member).run.progress();
  }

  getParams(member: number): Promise<Float32Array> {
    this.member(member);
    return this.calls.run(async () => {
      await this.loop.settle();
      const [params] = await this.r.read([{ buffer: this.r.state, offset: this.r.stateOffset(member), size: this.r.layout.size * 4 }], 'params');
      return new Float32Array(params);
    });
  }

  getState(member: number): Promise<TrainerState> {
    const m = this.member(member);
    return this.calls.run(async () => {
      const { r } = this;
      await this.loop.settle();
      const P = r.layout.size;
      const at = member * P * 4;
      const [st, v, s, dx] = await r.read(
        [
          { buffer: r.state, offset: r.stateOffset(member), size: (P + r.layout.runningSize) * 4 },
          { buffer: r.optV, offset: at, size: P * 4 },
          { buffer: r.optS, offset: at, size: P * 4 },
          { buffer: r.optDx, offset: at, size: P * 4 },
        ],
        'state',
      );
      const all = new Float32Array(st);
      const opt = { v: new Float32Array(v), s: new Float32Array(s), dx: new Float32Array(dx) };
      return composeState(m.counters(), all.slice(0, P), all.slice(P), opt);
    });
  }

  /** Every member's state from one read of the stacked buffers (optimizer arrays only where some member's optimizer uses them). */
  getStates(): Promise<TrainerState[]> {
    return this.calls.run(async () => {
      const { r } = this;
      await this.loop.settle();
      const P = r.layout.size;
      const R = this.loop.members.length;
      const uses = (k: 'v' | 's' | 'dx') => this.loop.members.some((m) => OPTIMIZERS[m.run.hyper.optimizer].uses[k]);
      const opt = [
        { key: 'v', buffer: r.optV },
        { key: 's', buffer: r.optS },
        { key: 'dx', buffer: r.optDx },
      ].filter((o) => uses(o.key as 'v' | 's' | 'dx'));
      const [st, ...arrays] = await r.read(
        [{ buffer: r.state, size: R * r.stateStride * 4 }, ...opt.map((o) => ({ buffer: o.buffer, size: R * P * 4 }))],
        'states',
      );
      const words = new Float32Array(st);
      const optWords = Object.fromEntries(opt.map((o, k) => [o.key, new Float32Array(arrays[k])])) as Partial<Record<'v' | 's' | 'dx', Float32Array>>;
      const part = (a: Float32Array | undefined, m: number) => (a ? a.slice(m * P, (m + 1) * P) : new Float32Array(P));
      return this.loop.members.map((m, i) => {
        const base = i * r.stateStride;
        const arraysOf = { v: part(optWords.v, i), s: part(optWords.s, i), dx: part(optWords.dx, i) };
        return composeState(m.counters(), words.slice(base, base + P), words.slice(base + P, base + P + r.layout.runningSize), arraysOf);
      });
    });
  }

  setState(member: number, state: TrainerState): void {
    const m = this.member(member);
    const { r } = this;
    if (state.params.length !== r.layout.size) throw new RangeError(`expected ${r.layout.size} parameters, got ${state.params.length}`);
    if (state.running.length !== r.layout.runningSize) throw new RangeError('running statistics do not match the layout');
    this.loop.restartMember(member);
    m.run.restore(state);
    this.loop.fitBatch(m.run.hyper.batchSize);
    r.writeState(member, state.params, state.running, state.stopped === 'diverged', m.run.hyper);
    r.writeOptimizer(member, state.optimizer.v, state.optimizer.s, state.optimizer.dx);
    m.optT = state.optimizer.t;
  }

  lastBatch(member: number): Uint32Array {
    const m = this.member(member);
    return m.lastIdx.slice(0, m.lastRows);
  }

  dropoutMasks(member: number): Promise<DropoutMask[]> {
    const m = this.member(member);
    return this.calls.run(async () => {
      await this.loop.settle();
      return readDropoutMasks(this.r, this.loop.train, member, m.lastRows, m.lastDropout);
    });
  }

  histograms(member: number, opts: HistogramOptions = {}): Promise<LayerHistogram[]> {
    const m = this.member(member);
    return this.calls.run(async () => {
      await this.loop.settle();
      return gpuHistograms(this.r, this.loop.staging, this.loop.train, this.data, member, m.lastRows, this.loop.evalPasses, opts);
    });
  }

  /** Everything of member i's last training step, read back (tests, diagnostics). */
  inspect(member: number): Promise<GpuProbe> {
    const m = this.member(member);
    return this.calls.run(async () => {
      await this.loop.settle();
      return readProbe(this.r, this.loop.train, member, m.lastRows);
    });
  }

  /** Pacing and counts: dispatchesPerStep is that of one training pass of every member together. */
  stats(): GpuStats {
    return this.loop.stats();
  }

  /** The reason the device became unusable, or null. */
  get lost(): string | null {
    return this.loop.lost(this.ctx);
  }

  dispose(): void {
    this.loop.dispose();
  }

  private member(i: number) {
    const m = this.loop.members[i];
    if (!Number.isInteger(i) || !m) throw new RangeError(`member must be an integer in [0, ${this.size - 1}], got ${i}`);
    return m;
  }

  private assertUsable(): void {
    if (this.loop.ring.disposed) throw new GpuLostError('the GPU population was disposed');
    const lost = this.lost;
    if (lost) throw new GpuLostError(lost);
  }
}

/** A group's members resolved and checked: their specs, layouts and schedules, the rows per member of the workspaces. */
interface GroupPlan {
  specs: ResolvedSpec[];
  layouts: ParamLayout[];
  runs: RunSchedule[];
  starts: (StartWeights | undefined)[];
  maxBatch: number;
  evalRows: number;
}

/** Resolves the members; throws RangeError where they cannot share a group, Error where this device cannot hold the data. */
function planGroup(ctx: GpuContext, spec: ModelSpec, data: TrainData, members: readonly MemberConfig[], options: GpuTrainOptions): GroupPlan {
  if ((options.dtype ?? 'f32') !== 'f32') throw new RangeError('the GPU population computes in float32 only');
  const specs = members.map((m) => resolveSpec(memberSpec(spec, m)));
  checkMembers(specs);
  const layouts = specs.map(paramLayout);
  const runs = members.map((m, i) => new RunSchedule(specs[i], data, m.hyper ?? {}, m.seed, options));
  const starts = members.map((m) => m.start ?? options.start);
  const maxBatch = Math.max(options.maxBatch ?? 0, ...runs.map((r) => r.hyper.batchSize));
  const evalRows = Math.max(1, options.evalBatch ?? 500);
  const R = members.length;
  for (const h of specs[0].hidden) {
    if (R * Math.max(maxBatch, evalRows) * h.units >= 2 ** 31) throw new RangeError('members × maxBatch × units must stay below 2³¹');
    if (Math.max(maxBatch, evalRows) * h.units >= 2 ** 24) throw new RangeError('maxBatch·units must stay below 2²⁴ (dropout mask indices)');
  }
  const limit = ctx.device.limits.maxStorageBufferBindingSize;
  for (const split of [data.train, data.validation, data.test]) {
    // Not a RangeError: the spec is fine, this device is not (the backend policy then runs the CPU engine).
    if (split && split.x.byteLength > limit) throw new Error(`a data split of ${split.x.byteLength} bytes exceeds this device's binding limit (${limit})`);
  }
  return { specs, layouts, runs, starts, maxBatch, evalRows };
}
