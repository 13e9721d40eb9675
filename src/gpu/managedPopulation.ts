// A population on whichever backend runs it now: a lost device or a failed GPU call hands every member to the CPU engine from its last synced state.
import type { ModelSpec, ParamLayout, ResolvedSpec } from '../engine/nn/spec';
import { createCpuPopulation } from '../engine/train/population';
import type { MemberConfig, Population, PopulationReport } from '../engine/train/populationTypes';
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
} from '../engine/train/types';
import type { BackendReason, BackendStatus } from '../engine/backendStatus';
import type { GpuContext } from './device';
import { GpuLostError, type GpuTrainOptions } from './run';

/** A GPU population as the manager needs it: a Population that says when its device became unusable. */
export type LosablePopulation = Population & {
  readonly lost: string | null;
  /** Every member's state, in member order, read back together. */
  getStates(): Promise<TrainerState[]>;
};

/**
 * Wraps a GPU population (any size: a single run is a population of one). Every snapshotMs of training it reads every member's state back (its last synced
 * state; before the first, the state at creation or reset). When the device is lost, reports an uncaught error,
 * or a call fails with GpuLostError, the members move to a CPU population that resumes from those states with
 * the current hyperparameters, and onBackend hears the new status.
 */
export class ManagedPopulation implements Population {
  readonly size: number;
  readonly specs: readonly ResolvedSpec[];
  readonly layouts: readonly ParamLayout[];
  private inner: Population;
  private current: BackendStatus;
  private readonly members: MemberConfig[];
  private readonly synced: (TrainerState | null)[];
  private lastSnapshot: number;
  private readonly unsubscribe: () => void;
  private disposed = false;

  constructor(
    private readonly gpu: LosablePopulation,
    private readonly ctx: GpuContext,
    status: BackendStatus,
    private readonly spec: ModelSpec,
    private readonly data: TrainData,
    members: readonly MemberConfig[],
    private readonly options: GpuTrainOptions = {},
    private readonly onBackend?: (status: BackendStatus) => void,
  ) {
    this.inner = gpu;
    this.current = status;
    this.size = gpu.size;
    this.specs = gpu.specs;
    this.layouts = gpu.layouts;
    this.members = members.map((m) => ({ ...m }));
    this.synced = members.map(() => null);
    this.lastSnapshot = performance.now();
    this.unsubscribe = ctx.onFailure((f) => this.failed(f.kind, f.message));
    onBackend?.(status);
  }

  get backend(): 'cpu' | 'webgpu' {
    return this.inner.backend;
  }

  /** Which backend runs and why. */
  get status(): BackendStatus {
    return this.current;
  }

  /**
   * The device failed: fall back, or, when a failed call already did so as 'gpu-error' (a destroyed device fails
   * its read-backs before its lost promise settles), name the real cause now.
   */
  private failed(reason: 'device-lost' | 'device-error', detail: string): void {
    if (this.inner === this.gpu) return this.fallBack(reason, detail);
    if (this.disposed || this.current.reason !== 'gpu-error') return;
    this.current = { ...this.current, reason, detail };
    this.onBackend?.(this.current);
  }

  /** Moves every member to a CPU population from its last synced state; does nothing once on the CPU. */
  fallBack(reason: BackendReason, detail: string): void {
    if (this.inner !== this.gpu) return;
    // The device's failure notice still comes through when this is a 'gpu-error' (see failed).
    if (reason !== 'gpu-error') this.unsubscribe();
    const hypers = this.members.map((_, m) => this.gpu.getHyper(m));
    const cpu = createCpuPopulation(this.spec, this.data, this.members, this.options);
    this.synced.forEach((state, m) => {
      if (state) cpu.setState(m, state);
      cpu.setHyper(m, hypers[m]);
    });
    this.gpu.dispose();
    this.inner = cpu;
    this.current = { ...this.current, backend: 'cpu', reason, detail };
    this.onBackend?.(this.current);
  }

  /** Runs fn on the current backend; a GPU failure moves the members to the CPU and runs fn there. */
  private async guarded<T>(fn: (p: Population) => T | Promise<T>): Promise<T> {
    this.checkLost();
    const p = this.inner;
    try {
      return await fn(p);
    } catch (e) {
      if (this.disposed || p !== this.gpu || (!(e instanceof GpuLostError) && !this.gpu.lost)) throw e;
      // A failed read-back means the device is going: wait for it to say why, so the status names the cause.
      if (this.gpu.lost) await this.ctx.verdict();
      this.fallBack(this.ctx.failure?.kind ?? 'gpu-error', this.gpu.lost ?? String(e));
      return fn(this.inner);
    }
  }

  private checkLost(): void {
    if (this.inner === this.gpu && this.gpu.lost) this.fallBack(this.ctx.failure?.kind ?? 'gpu-error', this.gpu.lost);
  }

  /** Reads every member's state back when snapshotMs has passed (a failure here is left to the next call). */
  private async snapshot(): Promise<void> {
    const every = this.options.snapshotMs ?? 2000;
    if (this.inner !== this.gpu || performance.now() - this.lastSnapshot < every) return;
    this.lastSnapshot = performance.now();
    try {
      const states = await this.gpu.getStates();
      if (this.inner === this.gpu) states.forEach((s, m) => (this.synced[m] = s));
    } catch {
      // The device is going: the next call falls back from the previous snapshot.
    }
  }

  async step(n = 1): Promise<PopulationReport> {
    const report = await this.guarded((p) => p.step(n));
    await this.snapshot();
    return report;
  }

  flush(): Promise<PopulationReport> {
    return this.guarded((p) => p.flush());
  }

  evaluate(splits?: readonly SplitName[]): Promise<EvalReport[]> {
    return this.guarded((p) => p.evaluate(splits));
  }

  setHyper(member: number, update: HyperUpdate): void {
    this.checkLost();
    this.inner.setHyper(member, update);
  }

  getHyper(member: number): TrainHyper {
    return this.inner.getHyper(member);
  }

  /** Reset members start over from their seeds: that is their synced state until the next snapshot. */
  reset(member?: number, seed?: number): void {
    this.checkLost();
    this.inner.reset(member, seed);
    for (let m = 0; m < this.size; m++) {
      if (member !== undefined && m !== member) continue;
      this.synced[m] = null;
      if (seed !== undefined) this.members[m].seed = seed;
    }
  }

  progress(member: number): Progress {
    return this.inner.progress(member);
  }

  getParams(member: number): Promise<Float32Array> {
    return this.guarded((p) => p.getParams(member));
  }

  async getState(member: number): Promise<TrainerState> {
    return this.guarded((p) => p.getState(member));
  }

  setState(member: number, state: TrainerState): void {
    this.checkLost();
    this.inner.setState(member, state);
    this.synced[member] = state;
  }

  lastBatch(member: number): Promise<Uint32Array> {
    return this.guarded((p) => p.lastBatch(member));
  }

  dropoutMasks(member: number): Promise<DropoutMask[]> {
    return this.guarded((p) => p.dropoutMasks(member));
  }

  histograms(member: number, opts?: HistogramOptions): Promise<LayerHistogram[]> {
    return this.guarded((p) => p.histograms(member, opts));
  }

  dispose(): void {
    this.disposed = true;
    this.unsubscribe();
    this.inner.dispose();
  }
}
