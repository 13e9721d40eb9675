// A Trainer on whichever backend runs it now: a lost device or a failed GPU call hands the run to the CPU engine from its last state.
import type { ModelSpec, ParamLayout, ResolvedSpec } from '../engine/nn/spec';
import { createTrainer, type CpuTrainer } from '../engine/train/trainer';
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
  Trainer,
  TrainerState,
} from '../engine/train/types';
import type { BackendReason, BackendStatus } from '../engine/backendStatus';
import type { GpuContext } from './device';
import { GpuLostError, type GpuTrainOptions, type GpuTrainer } from './trainer';

function isGpu(t: Trainer): t is GpuTrainer {
  return t.backend === 'webgpu';
}

/**
 * A Trainer on whichever backend runs it now (see createBestTrainer in ./backend). Methods that touch the GPU return
 * promises; when the GPU fails under one of them, the call is repeated on the CPU engine.
 */
export class ManagedTrainer implements Trainer {
  readonly spec: ResolvedSpec;
  readonly layout: ParamLayout;
  private inner: GpuTrainer | CpuTrainer;
  private current: BackendStatus;
  private readonly listeners = new Set<(s: BackendStatus) => void>();
  private unsubscribe: () => void = () => undefined;
  private disposed = false;

  constructor(
    inner: GpuTrainer | CpuTrainer,
    status: BackendStatus,
    private readonly modelSpec: ModelSpec,
    private readonly data: TrainData,
    private readonly options: GpuTrainOptions,
    onBackend?: (s: BackendStatus) => void,
  ) {
    this.inner = inner;
    this.current = status;
    this.spec = inner.spec;
    this.layout = inner.layout;
    if (onBackend) this.listeners.add(onBackend);
    if (isGpu(inner)) this.watch(inner.ctx);
    onBackend?.(status);
  }

  get backend(): 'cpu' | 'webgpu' {
    return this.inner.backend;
  }

  /** Which backend runs and why. */
  get status(): BackendStatus {
    return this.current;
  }

  /** Subscribes to backend changes; returns an unsubscribe. */
  onBackend(listener: (s: BackendStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The GPU trainer while one runs (benchmarks, diagnostics), else null. */
  get gpu(): GpuTrainer | null {
    return isGpu(this.inner) ? this.inner : null;
  }

  /**
   * The CPU engine while it runs, else null. A run on the CPU never goes back to the GPU, so a caller may
   * drive it directly (synchronously) from then on.
   */
  get cpu(): CpuTrainer | null {
    return isGpu(this.inner) ? null : this.inner;
  }

  private watch(ctx: GpuContext): void {
    this.unsubscribe = ctx.onFailure((f) => this.failed(f.kind, f.message));
  }

  /**
   * The device failed: fall back, or, when a failed call already did so as 'gpu-error' (a destroyed device fails
   * its read-backs before its lost promise settles), name the real cause now.
   */
  private failed(reason: 'device-lost' | 'device-error', detail: string): void {
    if (isGpu(this.inner)) return this.fallBack(reason, detail);
    if (this.disposed || this.current.reason !== 'gpu-error') return;
    this.current = { ...this.current, reason, detail };
    for (const l of [...this.listeners]) l(this.current);
  }

  /**
   * Moves the run to the CPU engine from the GPU's last synced state (the current hyperparameters on top).
   * Does nothing when already on the CPU.
   */
  fallBack(reason: BackendReason, detail: string): void {
    const gpu = this.inner;
    if (!isGpu(gpu)) return;
    // The device's failure notice still comes through when this is a 'gpu-error' (see failed).
    if (reason !== 'gpu-error') this.unsubscribe();
    const state = gpu.lastSyncedState();
    const hyper = gpu.getHyper();
    const cpu = createTrainer(this.modelSpec, this.data, hyper, state?.seed ?? 0, this.options);
    if (state) cpu.setState(state);
    cpu.setHyper(hyper);
    gpu.dispose();
    this.inner = cpu;
    this.current = { ...this.current, backend: 'cpu', reason, detail };
    for (const l of [...this.listeners]) l(this.current);
  }

  /** Runs `fn` on the current backend; a GPU failure moves the run to the CPU and runs `fn` there. */
  private async guarded<T>(fn: (t: Trainer) => T | Promise<T>): Promise<T> {
    this.checkLost();
    const t = this.inner;
    try {
      return await fn(t);
    } catch (e) {
      if (this.disposed || !isGpu(t) || (!(e instanceof GpuLostError) && !t.lost)) throw e;
      // A failed read-back means the device is going: wait for it to say why, so the status names the cause.
      if (t.lost) await t.ctx.verdict();
      if (this.inner === t) this.fallBack(t.ctx.failure?.kind ?? 'gpu-error', t.lost ?? String(e));
      return fn(this.inner);
    }
  }

  private checkLost(): void {
    const t = this.inner;
    if (isGpu(t) && t.lost) this.fallBack(t.ctx.failure?.kind ?? 'gpu-error', t.lost);
  }

  step(n = 1): Promise<StepReport> {
    return this.guarded((t) => t.step(n));
  }

  /** Waits for the GPU's submitted work and returns the metrics not yet reported (an empty report on the CPU). */
  flush(): Promise<StepReport> {
    return this.guarded((t) => t.flush());
  }

  evaluate(splits?: readonly SplitName[]): Promise<EvalReport> {
    return this.guarded((t) => t.evaluate(splits));
  }

  setHyper(update: HyperUpdate): void {
    this.checkLost();
    this.inner.setHyper(update);
  }

  getHyper(): TrainHyper {
    return this.inner.getHyper();
  }

  reset(seed?: number): void {
    this.checkLost();
    this.inner.reset(seed);
  }

  getParams(): Promise<Float32Array> {
    return this.guarded((t) => t.getParams());
  }

  setParams(params: ArrayLike<number>): void {
    this.checkLost();
    this.inner.setParams(params);
  }

  getState(): Promise<TrainerState> {
    return this.guarded((t) => t.getState());
  }

  setState(state: TrainerState): void {
    this.checkLost();
    this.inner.setState(state);
  }

  progress(): Progress {
    return this.inner.progress();
  }

  lastBatch(): Uint32Array | Promise<Uint32Array> {
    return this.inner.lastBatch();
  }

  dropoutMasks(): Promise<DropoutMask[]> {
    return this.guarded((t) => t.dropoutMasks());
  }

  histograms(opts?: HistogramOptions): Promise<LayerHistogram[]> {
    return this.guarded((t) => t.histograms(opts));
  }

  dispose(): void {
    this.disposed = true;
    this.unsubscribe();
    this.listeners.clear();
    this.inner.dispose();
  }
}
