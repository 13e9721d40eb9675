// The WebGPU trainer's facade: the Trainer contract over the run loop, serialised calls, state in and out, lost-device handling.
import { initParams, initRunning } from '../../engine/nn/init';
import { paramLayout, resolveSpec, type ModelSpec, type ParamLayout, type ResolvedSpec } from '../../engine/nn/spec';
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
  StepReport,
  TrainData,
  TrainHyper,
  Trainer,
  TrainerState,
} from '../../engine/train/types';
import type { GpuContext } from '../device';
import { CallQueue } from './callQueue';
import { gpuHistograms } from './histograms';
import { readDropoutMasks, readProbe } from './probe';
import { GpuResources } from './resources';
import type { MemberRun } from './memberRun';
import { GpuRunLoop } from './runLoop';
import { composeState } from './snapshot';
import { GpuLostError, type GpuProbe, type GpuStats, type GpuTrainOptions } from './types';

/**
 * Creates a GPU trainer on `ctx` (see acquireGpu). Same arguments and determinism as createTrainer: initial
 * weights are drawn on the CPU by the engine and uploaded, shuffles come from the same RNG, dropout masks from
 * the WGSL twin of the Philox generator. Throws RangeError as createTrainer does; float64 is CPU-only.
 */
export async function createGpuTrainer(
  ctx: GpuContext,
  spec: ModelSpec,
  data: TrainData,
  hp: HyperUpdate = {},
  seed = 0,
  options: GpuTrainOptions = {},
): Promise<GpuTrainer> {
  const t = new GpuTrainer(ctx, spec, data, hp, seed, options);
  try {
    await t.init();
  } catch (e) {
    t.dispose();
    throw e;
  }
  return t;
}

/**
 * The WebGPU Trainer. step(n) encodes and submits up to n updates (a frame's worth of GPU work per submit)
 * and resolves without waiting for them: its report carries the metrics read back so far, which may be
 * those of earlier steps (each entry has its own step). flush() waits for everything submitted.
 * A divergence is found when its metrics come back: the run then reports 'diverged' at the right step and
 * rolls its counters back to it (the GPU skips every update after it, so the parameters are those of that step).
 */
export class GpuTrainer implements Trainer {
  readonly backend = 'webgpu' as const;
  readonly spec: ResolvedSpec;
  readonly layout: ParamLayout;
  readonly device: GPUDevice;
  private readonly r: GpuResources;
  private readonly run: RunSchedule;
  private readonly loop: GpuRunLoop;
  /** The run's GPU-side bookkeeping (member 0 of a population of one). */
  private readonly member: MemberRun;
  private readonly calls = new CallQueue(() => this.assertUsable());
  /** Given initial weights (TrainOptions.start), if any. */
  private readonly start: StartWeights | undefined;

  constructor(
    readonly ctx: GpuContext,
    spec: ModelSpec,
    private readonly data: TrainData,
    hp: HyperUpdate,
    seed: number,
    options: GpuTrainOptions,
  ) {
    if ((options.dtype ?? 'f32') !== 'f32') throw new RangeError('the GPU trainer computes in float32 only');
    this.device = ctx.device;
    this.spec = resolveSpec(spec);
    this.layout = paramLayout(this.spec);
    this.run = new RunSchedule(this.spec, data, hp, seed, options);
    this.start = options.start;
    const maxBatch = Math.max(options.maxBatch ?? 0, this.run.hyper.batchSize);
    const evalRows = Math.max(1, options.evalBatch ?? 500);
    for (const h of this.spec.hidden) {
      if (Math.max(maxBatch, evalRows) * h.units >= 2 ** 24) throw new RangeError('maxBatch·units must stay below 2²⁴ (dropout mask indices)');
    }
    const limit = ctx.device.limits.maxStorageBufferBindingSize;
    for (const split of [data.train, data.validation, data.test]) {
      // Not a RangeError: the spec is fine, this device is not (the backend policy then runs the CPU engine).
      if (split && split.x.byteLength > limit) throw new Error(`a data split of ${split.x.byteLength} bytes exceeds this device's binding limit (${limit})`);
    }
    this.r = new GpuResources(ctx.device, this.spec, this.layout, this.run.labels, data, maxBatch, evalRows);
    this.loop = new GpuRunLoop(this.r, [this.run], data, options);
    this.member = this.loop.members[0];
  }

  /** Compiles the kernels (cached per device), allocates the workspaces and bind groups, uploads the initial state. */
  async init(): Promise<void> {
    await this.r.init();
    this.r.writeLayers();
    this.reset();
  }

  /** Takes up to n updates (see the class comment for when their metrics arrive). */
  step(n = 1): Promise<StepReport> {
    if (!Number.isFinite(n)) return Promise.reject(new RangeError(`step(n) needs a finite n, got ${n}`));
    return this.serial(async () => (await this.loop.runSteps(n))[0]);
  }

  /** Waits for everything submitted and returns the metrics not yet reported. */
  flush(): Promise<StepReport> {
    return this.serial(async () => {
      await this.loop.settle();
      return this.loop.reports()[0];
    });
  }

  evaluate(splits?: readonly SplitName[]): Promise<EvalReport> {
    return this.serial(async () => {
      const { run } = this;
      await this.loop.settle();
      const entry = { member: 0, gen: this.member.gen, epoch: run.epoch, step: run.step };
      const [report] = await this.loop.evaluate(splits ?? ['train', 'validation', 'test'], [entry]);
      return report;
    });
  }

  setHyper(update: HyperUpdate): void {
    const { optimizerChanged } = this.run.setHyper(update);
    if (optimizerChanged) {
      this.r.clearOptimizer(0);
      this.member.optT = 0;
    }
    if (this.run.hyper.batchSize > this.r.maxBatch) this.r.allocTrain(this.run.hyper.batchSize);
    this.r.writeDropout(0, this.run.hyper);
  }

  getHyper(): TrainHyper {
    return this.run.getHyper();
  }

  reset(seed?: number): void {
    this.run.reset(seed);
    const params = new Float32Array(this.layout.size);
    const running = new Float32Array(this.layout.runningSize);
    initParams(params, this.layout, this.spec.init, this.run.seed);
    if (this.start) applyStart(params, this.layout, this.start);
    initRunning(running, this.layout);
    this.loop.restart();
    this.r.writeState(0, params, running, false, this.run.hyper);
    this.r.clearOptimizer(0);
    this.member.optT = 0;
    this.loop.snapshots.synced = composeState(this.member.counters(), params, running, null, this.layout);
  }

  getParams(): Promise<Float32Array> {
    return this.serial(async () => {
      await this.loop.settle();
      const [params] = await this.r.read([{ buffer: this.r.state, offset: 0, size: this.layout.size * 4 }], 'params');
      return new Float32Array(params);
    });
  }

  setParams(params: ArrayLike<number>): void {
    if (params.length !== this.layout.size) throw new RangeError(`expected ${this.layout.size} parameters, got ${params.length}`);
    const copy = Float32Array.from(params);
    this.device.queue.writeBuffer(this.r.state, 0, copy);
    const synced = this.loop.snapshots.synced;
    if (synced) this.loop.snapshots.synced = { ...synced, params: copy.slice() };
  }

  getState(): Promise<TrainerState> {
    return this.serial(async () => {
      const { r } = this;
      await this.loop.settle();
      const size = this.layout.size * 4;
      const [st, v, s, dx] = await r.read(
        [
          { buffer: r.state, offset: 0, size: size + this.layout.runningSize * 4 },
          { buffer: r.optV, size },
          { buffer: r.optS, size },
          { buffer: r.optDx, size },
        ],
        'state',
      );
      const all = new Float32Array(st);
      const opt = { v: new Float32Array(v), s: new Float32Array(s), dx: new Float32Array(dx) };
      const state = composeState(this.member.counters(), all.slice(0, this.layout.size), all.slice(this.layout.size), opt, this.layout);
      this.loop.snapshots.synced = state;
      return state;
    });
  }

  setState(state: TrainerState): void {
    if (state.params.length !== this.layout.size) throw new RangeError(`expected ${this.layout.size} parameters, got ${state.params.length}`);
    if (state.running.length !== this.layout.runningSize) throw new RangeError('running statistics do not match the layout');
    const { r } = this;
    this.loop.restart();
    this.run.restore(state);
    if (this.run.hyper.batchSize > r.maxBatch) r.allocTrain(this.run.hyper.batchSize);
    r.writeState(0, state.params, state.running, state.stopped === 'diverged', this.run.hyper);
    r.writeOptimizer(0, state.optimizer.v, state.optimizer.s, state.optimizer.dx);
    this.member.optT = state.optimizer.t;
    this.loop.snapshots.synced = { ...state, hyper: this.getHyper() };
  }

  progress(): Progress {
    return this.run.progress();
  }

  lastBatch(): Uint32Array {
    return this.member.lastIdx.slice(0, this.member.lastRows);
  }

  dropoutMasks(): Promise<DropoutMask[]> {
    return this.serial(async () => {
      await this.loop.settle();
      return readDropoutMasks(this.r, 0, this.member.lastRows, this.member.lastDropout);
    });
  }

  histograms(opts: HistogramOptions = {}): Promise<LayerHistogram[]> {
    return this.serial(async () => {
      await this.loop.settle();
      return gpuHistograms(this.r, this.data, 0, this.member.lastRows, this.loop.evalPasses, opts);
    });
  }

  /** Everything of the last training step, read back (tests, diagnostics). */
  inspect(): Promise<GpuProbe> {
    return this.serial(async () => {
      await this.loop.settle();
      return readProbe(this.r, this.member.lastRows);
    });
  }

  /** The last state known on the CPU side (creation, reset, setState, getState, or a periodic snapshot): where a CPU fallback resumes. */
  lastSyncedState(): TrainerState | null {
    return this.loop.snapshots.synced;
  }

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

  /** Runs `fn` after every earlier call has finished (calls never interleave); rejects once the device is gone. */
  private serial<T>(fn: () => Promise<T>): Promise<T> {
    return this.calls.run(fn);
  }

  private assertUsable(): void {
    if (this.loop.ring.disposed) throw new GpuLostError('the GPU trainer was disposed');
    const lost = this.lost;
    if (lost) throw new GpuLostError(lost);
  }
}
