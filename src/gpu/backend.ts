// Picks the backend of a run and keeps it running: the GPU where it helps, the CPU engine when the GPU is missing, slower, or lost.
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
import { acquireGpu, type GpuContext } from './device';
import { GpuLostError, createGpuTrainer, type GpuTrainOptions, type GpuTrainer } from './trainer';

/** What the page asks for (`backend=` in the URL). */
export type BackendChoice = 'auto' | 'gpu' | 'cpu';

/** Why the run is on its backend, for the notice in the header. */
export type BackendReason =
  | 'requested-cpu'
  | 'requested-gpu'
  | 'auto-gpu'
  | 'auto-cpu-faster'
  | 'software-adapter'
  | 'no-webgpu'
  | 'no-adapter'
  | 'adapter-error'
  | 'device-error'
  | 'gpu-init-failed'
  | 'device-lost'
  | 'gpu-error'
  | 'float64';

export interface BackendStatus {
  backend: 'webgpu' | 'cpu';
  reason: BackendReason;
  /** The adapter, when one was found. */
  adapter?: string;
  /** Whether that adapter is a software one. */
  fallbackAdapter?: boolean;
  /** Error text or the measured timings behind the choice. */
  detail?: string;
}

export interface BackendOptions {
  /** Default 'auto': the GPU, unless its adapter is a software one and the CPU engine measures faster. */
  backend?: BackendChoice;
  /** The WebGPU entry point (default navigator.gpu). */
  gpu?: GPU;
  /** Called with the first status and on every later change (e.g. device lost → CPU). */
  onBackend?: (status: BackendStatus) => void;
  /** Updates timed on each backend by the 'auto' measurement (default 3, after one warm-up). */
  measureSteps?: number;
}

/**
 * Creates the trainer for a run on the chosen backend (see BackendOptions) and wraps it so that a lost
 * device, an uncaught GPU error or a failed read-back moves the run to the CPU engine, which resumes from
 * the last state synced from the GPU. Never rejects for GPU reasons: the CPU engine is always there.
 */
export async function createBestTrainer(
  spec: ModelSpec,
  data: TrainData,
  hp: HyperUpdate = {},
  seed = 0,
  options: GpuTrainOptions = {},
  choice: BackendOptions = {},
): Promise<ManagedTrainer> {
  const want = choice.backend ?? 'auto';
  const cpu = () => createTrainer(spec, data, hp, seed, options);
  const onCpu = (status: BackendStatus) => new ManagedTrainer(cpu(), status, spec, data, options, choice.onBackend);
  if (want === 'cpu') return onCpu({ backend: 'cpu', reason: 'requested-cpu' });
  if ((options.dtype ?? 'f32') !== 'f32') return onCpu({ backend: 'cpu', reason: 'float64' });
  const acquired = await acquireGpu(choice.gpu);
  if (!acquired.ok) return onCpu({ backend: 'cpu', reason: acquired.reason, detail: acquired.message });
  const ctx = acquired.ctx;
  const found = { adapter: ctx.adapterName, fallbackAdapter: ctx.fallback };
  let gpu: GpuTrainer;
  try {
    gpu = await createGpuTrainer(ctx, spec, data, hp, seed, options);
  } catch (e) {
    if (e instanceof RangeError) throw e;
    return onCpu({ backend: 'cpu', reason: 'gpu-init-failed', detail: String(e), ...found });
  }
  if (want === 'gpu' || !ctx.fallback) {
    return new ManagedTrainer(gpu, { backend: 'webgpu', reason: want === 'gpu' ? 'requested-gpu' : 'auto-gpu', ...found }, spec, data, options, choice.onBackend);
  }
  // A software adapter: time a few updates on each engine and keep the faster one.
  const reference = cpu();
  try {
    const k = Math.max(1, choice.measureSteps ?? 3);
    reference.step(1);
    let t0 = performance.now();
    reference.step(k);
    const cpuMs = (performance.now() - t0) / k;
    await gpu.step(1);
    await gpu.flush();
    t0 = performance.now();
    await gpu.step(k);
    await gpu.flush();
    const gpuMs = (performance.now() - t0) / k;
    const detail = `ms per update: gpu ${gpuMs.toFixed(2)}, cpu ${cpuMs.toFixed(2)}`;
    if (cpuMs < gpuMs) {
      gpu.dispose();
      reference.reset(seed);
      return new ManagedTrainer(reference, { backend: 'cpu', reason: 'auto-cpu-faster', detail, ...found }, spec, data, options, choice.onBackend);
    }
    gpu.reset(seed);
    return new ManagedTrainer(gpu, { backend: 'webgpu', reason: 'auto-gpu', detail, ...found }, spec, data, options, choice.onBackend);
  } catch (e) {
    gpu.dispose();
    reference.reset(seed);
    return new ManagedTrainer(reference, { backend: 'cpu', reason: 'gpu-error', detail: String(e), ...found }, spec, data, options, choice.onBackend);
  }
}

function isGpu(t: Trainer): t is GpuTrainer {
  return t.backend === 'webgpu';
}

/**
 * A Trainer on whichever backend runs it now (see createBestTrainer). Methods that touch the GPU return
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

  private watch(ctx: GpuContext): void {
    this.unsubscribe = ctx.onFailure((f) => this.fallBack(f.kind, f.message));
  }

  /**
   * Moves the run to the CPU engine from the GPU's last synced state (the current hyperparameters on top).
   * Does nothing when already on the CPU.
   */
  fallBack(reason: BackendReason, detail: string): void {
    const gpu = this.inner;
    if (!isGpu(gpu)) return;
    this.unsubscribe();
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
      // A failed read-back usually means the device is going: give its lost notice a moment, so the status names the cause.
      await Promise.race([t.ctx.device.lost, new Promise((resolve) => setTimeout(resolve, 100))]);
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
