// The WebGPU trainer: the CPU engine's Trainer contract on compute shaders, many steps per submit, metrics read back asynchronously.
import { EarlyStoppingTracker } from '../engine/train/earlyStopping';
import { dropoutThreshold } from '../engine/nn/dropout';
import { initParams, initRunning } from '../engine/nn/init';
import { paramLayout, resolveSpec, type ModelSpec, type ParamLayout, type ResolvedSpec } from '../engine/nn/spec';
import { OPTIMIZERS, type OptimizerName } from '../engine/optimizers';
import { STREAM, permutationInto, streamWord } from '../engine/rng';
import { resolveHyper } from '../engine/train/hyper';
import type {
  Dataset,
  DropoutMask,
  EpochMetrics,
  EvalReport,
  HistogramOptions,
  HyperUpdate,
  LayerHistogram,
  Progress,
  SplitMetrics,
  SplitName,
  StepMetrics,
  StepReport,
  StopReason,
  TrainData,
  TrainHyper,
  TrainOptions,
  Trainer,
  TrainerState,
} from '../engine/train/types';
import { BufferSet, readBuffers, type ReadPart } from './buffers';
import type { GpuContext } from './device';
import { batchNormBackwardKernel } from './kernels/batchnorm_backward';
import { batchNormForwardKernel, batchNormGrid } from './kernels/batchnorm_forward';
import { denseBackwardGrid, denseBackwardKernel } from './kernels/dense_backward';
import { denseForwardGrid, denseForwardKernel } from './kernels/dense_forward';
import { denseGradGrid, denseGradKernel } from './kernels/dense_grad';
import { finalizeKernel } from './kernels/finalize';
import { gradReduceKernel } from './kernels/grad_reduce';
import { HIST, MAX_BINS, countsStride, fromOrderKey, histogramGrid, histogramKernel, histogramRangeKernel } from './kernels/histogram';
import { passLayout, type Kernel } from './kernels/kernel';
import { lossKernel } from './kernels/loss';
import { optimizerKernel } from './kernels/optimizer';
import {
  ACT_IDS,
  BN_MODES,
  CONTROL,
  EPILOGUES,
  LAYER,
  LOSSES,
  METRICS,
  OPT_IDS,
  PARTIAL,
  PASS,
  REDUCE_THREADS,
  TARGETS,
  metricsLayout,
  type PassValues,
} from './kernels/shared';
import { segmentTable, stateWords, type SegmentTable } from './layout';
import { createWorkspace, type GpuWorkspace } from './workspace';

/** Thrown (as a rejection) by every GPU method once the device is lost or failed. */
export class GpuLostError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GpuLostError';
  }
}

/** TrainOptions plus the GPU's pacing. */
export interface GpuTrainOptions extends TrainOptions {
  /** Target GPU time per submit in ms (default 8: a frame's worth, with room for the page). */
  frameMs?: number;
  /** Most training steps per submit (default 32). */
  maxStepsPerSubmit?: number;
  /** Fixed steps per submit instead of adapting to frameMs (tests, benchmarks). */
  stepsPerSubmit?: number;
  /** Copy the whole state back (for a CPU fallback) at most this often, in ms (default 1000; 0: with every submit). */
  snapshotMs?: number;
}

/** Pass slots per submit: training steps plus evaluation chunks. */
const MAX_PASSES = 128;
/**
 * Staging buffers for metrics in flight: how many submits the GPU may run ahead of the read-back (a few KB each;
 * generous, because a mapAsync can take a frame or two to resolve and the GPU should not idle meanwhile).
 */
const RING = 8;

interface StepTag {
  kind: 'step';
  /** 1-based number of this update. */
  step: number;
  epoch: number;
  cursorBefore: number;
  tBefore: number;
  rows: number;
}
interface EvalTag {
  kind: 'eval';
  job: EvalJob;
  split: SplitName;
  rows: number;
}
type PassTag = StepTag | EvalTag;

interface EvalJob {
  kind: 'epoch' | 'request';
  epoch: number;
  step: number;
  splits: SplitName[];
  sums: Partial<Record<SplitName, { loss: number; correct: number; n: number }>>;
  remaining: number;
  resolve?: (r: EvalReport) => void;
}

interface EvalChunk {
  job: EvalJob;
  split: SplitName;
  firstRow: number;
  rows: number;
}

type Counters = Omit<TrainerState, 'params' | 'running' | 'optimizer'> & { optimizer: OptimizerName; t: number };

interface SubmitRecord {
  gen: number;
  staging: GPUBuffer;
  /** Bytes of metrics records mapped. */
  bytes: number;
  tags: PassTag[];
  steps: number;
  evals: number;
  submittedAt: number;
  doneAt: number;
  done: boolean;
  error: unknown;
  ready: Promise<void>;
  snapshot: { staging: GPUBuffer; counters: Counters; ready: Promise<void>; error: unknown } | null;
}

interface OpenSubmit {
  encoder: GPUCommandEncoder;
  pass: GPUComputePassEncoder;
  tags: PassTag[];
  passes: number;
  steps: number;
  evals: number;
  idxRows: number;
}

interface SplitBuffers {
  x: GPUBuffer;
  y: GPUBuffer;
  n: number;
}

interface ForwardGroups {
  /** Dense layers 0…H (layer 0 reads the split's data). */
  dense: GPUBindGroup[];
  /** Batch norm of hidden layers (null without). */
  bn: (GPUBindGroup | null)[];
  loss: GPUBindGroup;
}

interface BackwardGroups {
  grad: GPUBindGroup[];
  /** Index j ≥ 1: dA of layer j into layer j − 1. */
  back: (GPUBindGroup | null)[];
  bnBack: (GPUBindGroup | null)[];
  reduce: GPUBindGroup;
  finalizeG: GPUBindGroup;
  optimizer: GPUBindGroup;
  finalizeW: GPUBindGroup;
}

interface Kernels {
  dense: Kernel;
  bn: Kernel;
  loss: Kernel;
  grad: Kernel;
  back: Kernel;
  bnBack: Kernel;
  reduce: Kernel;
  finalizeG: Kernel;
  optimizer: Kernel;
  finalizeW: Kernel;
}

/** Everything on the GPU for the last training step, read back (tests and diagnostics). Shapes as in GpuWorkspace. */
export interface GpuProbe {
  rows: number;
  hidden: { z: Float32Array; pre: Float32Array; out: Float32Array; mask: Uint32Array; stats: Float32Array; dOut: Float32Array; dz: Float32Array }[];
  logits: Float32Array;
  dLogits: Float32Array;
  grads: Float32Array;
  params: Float32Array;
  running: Float32Array;
  control: Float32Array;
  v: Float32Array;
  s: Float32Array;
  dx: Float32Array;
}

/** Pacing and counts, for the benchmark. */
export interface GpuStats {
  stepsPerSubmit: number;
  dispatchesPerStep: number;
  submits: number;
  /** Estimated GPU time per training step (ms; NaN before the first measurement). */
  msPerStep: number;
}

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

  private readonly bufs: BufferSet;
  /** Words of a metrics record and where its per-layer norms are. */
  private readonly record: { gradNorms: number; weightNorms: number; stride: number };
  private readonly segments: SegmentTable;
  private readonly labels: boolean;
  private seed: number;
  private overrides: HyperUpdate;
  private hyper: TrainHyper;

  private kernels!: Kernels;
  private trainWs!: GpuWorkspace;
  private evalWs!: GpuWorkspace;
  private trainFwd!: ForwardGroups;
  private backGroups!: BackwardGroups;
  private evalFwd: Partial<Record<SplitName, ForwardGroups>> = {};
  private readonly splitBufs: Partial<Record<SplitName, SplitBuffers>> = {};

  private readonly state: GPUBuffer;
  private readonly grads: GPUBuffer;
  private readonly optV: GPUBuffer;
  private readonly optS: GPUBuffer;
  private readonly optDx: GPUBuffer;
  private readonly partials: GPUBuffer;
  private readonly segBuf: GPUBuffer;
  private readonly metrics: GPUBuffer;
  private readonly best: GPUBuffer;
  private readonly passBuf: GPUBuffer;
  private readonly passGroup: GPUBindGroup;
  private readonly layerBufs: GPUBuffer[];
  private batchIdx!: GPUBuffer;
  /** Bound where a kernel declares an output this use never writes (writable bindings may not alias). */
  private readonly unused: { outAct: GPUBuffer; mask: GPUBuffer; dLogits: GPUBuffer };

  private readonly slotStride: number;
  private readonly passStage: ArrayBuffer;
  private readonly passView: DataView;
  private idxStage = new Uint32Array(0);
  private maxBatch: number;
  private readonly evalRows: number;

  private readonly perm: Uint32Array;
  private lastIdx = new Uint32Array(0);
  private lastRows = 0;
  private lastDropout: number[] = [];

  private stepCount = 0;
  private epoch = 0;
  private cursor = 0;
  private optT = 0;
  private stopped: StopReason | null = null;
  private divergedAt = -1;
  private diverged = false;
  private readonly early = new EarlyStoppingTracker();

  private gen = 0;
  private readonly records: SubmitRecord[] = [];
  private readonly freeStaging: GPUBuffer[] = [];
  private snapshotStaging: GPUBuffer | null = null;
  private snapshotBusy = false;
  private lastSnapshotAt = -Infinity;
  private synced: TrainerState | null = null;
  private evalQueue: EvalChunk[] = [];
  private decisionPending = false;
  private outSteps: StepMetrics[] = [];
  private outEpochs: EpochMetrics[] = [];

  private stepsPerSubmit: number;
  private msPerStep = NaN;
  private lastDoneAt = 0;
  private submits = 0;
  private dispatchesPerStep = 0;
  private dispatchCount = 0;
  private queue: Promise<unknown> = Promise.resolve();
  private failure: string | null = null;
  private disposed = false;

  constructor(
    readonly ctx: GpuContext,
    spec: ModelSpec,
    private readonly data: TrainData,
    hp: HyperUpdate,
    seed: number,
    private readonly options: GpuTrainOptions,
  ) {
    if ((options.dtype ?? 'f32') !== 'f32') throw new RangeError('the GPU trainer computes in float32 only');
    this.device = ctx.device;
    this.spec = resolveSpec(spec);
    this.layout = paramLayout(this.spec);
    this.labels = data.train.y instanceof Uint8Array;
    for (const split of [data.train, data.validation, data.test]) if (split) this.checkData(split);
    if (data.train.n < 1) throw new RangeError('the training set is empty');
    this.seed = seed >>> 0;
    this.overrides = { ...hp };
    this.hyper = resolveHyper(this.overrides, this.spec.dropout);
    this.maxBatch = Math.max(options.maxBatch ?? 0, this.hyper.batchSize);
    this.evalRows = Math.max(1, options.evalBatch ?? 500);
    for (const h of this.spec.hidden) {
      if (Math.max(this.maxBatch, this.evalRows) * h.units >= 2 ** 24) throw new RangeError('maxBatch·units must stay below 2²⁴ (dropout mask indices)');
    }
    const limit = ctx.device.limits.maxStorageBufferBindingSize;
    for (const split of [data.train, data.validation, data.test]) {
      // Not a RangeError: the spec is fine, this device is not (createBestTrainer then runs the CPU engine).
      if (split && split.x.byteLength > limit) throw new Error(`a data split of ${split.x.byteLength} bytes exceeds this device's binding limit (${limit})`);
    }
    this.stepsPerSubmit = options.stepsPerSubmit ?? 4;
    this.record = metricsLayout(this.layout.layers.length);
    this.segments = segmentTable(this.layout);
    const d = this.device;
    this.bufs = new BufferSet(d, 'gpu-trainer');
    const size = this.layout.size * 4;
    this.state = this.bufs.storage('state (params | running | control)', stateWords(this.layout, CONTROL.stride) * 4);
    this.best = this.bufs.storage('best state (early stopping)', this.state.size);
    this.grads = this.bufs.storage('grads', size);
    this.optV = this.bufs.storage('optimizer v', size);
    this.optS = this.bufs.storage('optimizer s', size);
    this.optDx = this.bufs.storage('optimizer dx', size);
    this.partials = this.bufs.storage('reduction partials', this.segments.chunks * REDUCE_THREADS * PARTIAL.stride * 4);
    this.segBuf = this.bufs.upload('segment table', this.segments.table);
    this.metrics = this.bufs.storage('metrics records', MAX_PASSES * this.record.stride * 4);
    this.slotStride = Math.ceil(PASS.size / d.limits.minUniformBufferOffsetAlignment) * d.limits.minUniformBufferOffsetAlignment;
    this.passBuf = this.bufs.uniform('pass slots', MAX_PASSES * this.slotStride);
    this.passStage = new ArrayBuffer(MAX_PASSES * this.slotStride);
    this.passView = new DataView(this.passStage);
    this.passGroup = d.createBindGroup({
      label: 'gpu-trainer: pass slots',
      layout: passLayout(d),
      entries: [{ binding: 0, resource: { buffer: this.passBuf, size: PASS.size } }],
    });
    this.unused = {
      outAct: this.bufs.storage('unused outAct', 16),
      mask: this.bufs.storage('unused mask', 16),
      dLogits: this.bufs.storage('unused dLogits', 16),
    };
    this.layerBufs = this.layout.layers.map((_, l) => this.bufs.uniform(`layer ${l} uniform`, LAYER.size));
    for (let i = 0; i < RING; i++) this.freeStaging.push(this.bufs.staging(`metrics staging ${i}`, this.metrics.size));
    this.upload('train', data.train);
    if (data.validation) this.upload('validation', data.validation);
    if (data.test) this.upload('test', data.test);
    this.perm = new Uint32Array(data.train.n);
  }

  private checkData(split: Dataset): void {
    const c = this.spec.outputSize;
    if (split.d !== this.spec.inputSize || split.x.length !== split.n * split.d) {
      throw new RangeError(`data has d = ${split.d}, x.length = ${split.x.length}; the spec needs d = ${this.spec.inputSize}`);
    }
    const labels = split.y instanceof Uint8Array;
    if (labels !== this.labels || (labels ? split.y.length !== split.n : split.y.length !== split.n * c)) {
      throw new RangeError('every split needs labels (Uint8Array, n) or targets (Float32Array, n×outputSize), the same kind');
    }
    if (this.spec.loss === 'softmax-ce' && !labels) throw new RangeError('softmax-ce needs class labels');
  }

  private upload(name: SplitName, split: Dataset): void {
    const y = split.y instanceof Uint8Array ? Uint32Array.from(split.y) : Float32Array.from(split.y);
    this.splitBufs[name] = { x: this.bufs.upload(`${name} x`, split.x), y: this.bufs.upload(`${name} y`, y), n: split.n };
  }

  /** Compiles the kernels (cached per device), allocates the workspaces and bind groups, uploads the initial state. */
  async init(): Promise<void> {
    const d = this.device;
    const { spec } = this;
    const [dense, bn, loss, grad, back, bnBack, reduce, finalizeG, optimizer, finalizeW] = await Promise.all([
      denseForwardKernel(d),
      batchNormForwardKernel(d),
      lossKernel(d),
      denseGradKernel(d),
      denseBackwardKernel(d),
      batchNormBackwardKernel(d),
      gradReduceKernel(d),
      finalizeKernel(d, 'gradients'),
      optimizerKernel(d),
      finalizeKernel(d, 'weights'),
    ]);
    this.kernels = { dense, bn, loss, grad, back, bnBack, reduce, finalizeG, optimizer, finalizeW };
    this.allocTrain(this.maxBatch);
    this.evalWs = createWorkspace(this.bufs, spec, this.evalRows, false, 'eval');
    for (const name of ['train', 'validation', 'test'] as const) {
      if (this.splitBufs[name]) this.evalFwd[name] = this.forwardGroups(this.evalWs, this.splitBufs[name] as SplitBuffers, `eval ${name}`);
    }
    this.writeLayers();
    this.reset(this.seed);
  }

  /** (Re)allocates the training workspace, the batch-index buffer and their bind groups for `rows` rows. */
  private allocTrain(rows: number): void {
    if (this.trainWs) for (const b of this.trainWs.buffers) this.bufs.release(b);
    if (this.batchIdx) this.bufs.release(this.batchIdx);
    this.maxBatch = rows;
    this.batchIdx = this.bufs.storage('batch indices', MAX_PASSES * rows * 4);
    this.idxStage = new Uint32Array(MAX_PASSES * rows);
    this.trainWs = createWorkspace(this.bufs, this.spec, rows, true, 'train');
    this.trainFwd = this.forwardGroups(this.trainWs, this.splitBufs.train as SplitBuffers, 'train');
    this.backGroups = this.backwardGroups(this.trainWs);
  }

  private forwardGroups(ws: GpuWorkspace, split: SplitBuffers, name: string): ForwardGroups {
    const d = this.device;
    const { kernels: k, spec } = this;
    const H = spec.hidden.length;
    const dense = this.layout.layers.map((_, l) => {
      const outBuf = l < H ? ws.hidden[l] : null;
      return k.dense.bind(d, `${name} layer ${l}`, {
        layer: this.layerBufs[l],
        inputs: l === 0 ? split.x : ws.hidden[l - 1].out,
        batchIdx: this.batchIdx,
        state: this.state,
        z: outBuf ? outBuf.z : ws.logits,
        outAct: outBuf ? outBuf.out : this.unused.outAct,
        mask: outBuf ? outBuf.mask : this.unused.mask,
      });
    });
    const bn = spec.hidden.map((_, l) => {
      if (spec.batchNorm === 'none') return null;
      const B = ws.hidden[l];
      return k.bn.bind(d, `${name} bn ${l}`, {
        layer: this.layerBufs[l],
        z: B.z,
        resid: l > 0 ? ws.hidden[l - 1].out : B.z,
        state: this.state,
        stats: B.stats,
        bnOut: B.bnOut,
        outAct: B.out,
        mask: B.mask,
      });
    });
    const loss = k.loss.bind(d, `${name} loss`, {
      layer: this.layerBufs[H],
      logits: ws.logits,
      targets: split.y,
      batchIdx: this.batchIdx,
      dLogits: ws.train ? ws.dLogits : this.unused.dLogits,
      metrics: this.metrics,
    });
    return { dense, bn, loss };
  }

  private backwardGroups(ws: GpuWorkspace): BackwardGroups {
    const d = this.device;
    const { kernels: k, spec } = this;
    const H = spec.hidden.length;
    const train = this.splitBufs.train as SplitBuffers;
    const dzOf = (l: number) => (l < H ? ws.hidden[l].dz : ws.dLogits);
    const grad = this.layout.layers.map((_, l) =>
      k.grad.bind(d, `grad ${l}`, {
        layer: this.layerBufs[l],
        inputs: l === 0 ? train.x : ws.hidden[l - 1].out,
        batchIdx: this.batchIdx,
        dz: dzOf(l),
        grads: this.grads,
      }),
    );
    const back = this.layout.layers.map((_, j) => {
      if (j === 0) return null;
      const below = ws.hidden[j - 1];
      return k.back.bind(d, `back ${j}`, {
        layer: this.layerBufs[j],
        prev: this.layerBufs[j - 1],
        dz: dzOf(j),
        state: this.state,
        dOut: j < H ? ws.hidden[j].dOut : ws.dLogits,
        mask: below.mask,
        actIn: below.pre,
        dOutPrev: below.dOut,
        dzPrev: below.dz,
      });
    });
    const bnBack = spec.hidden.map((_, l) => {
      if (spec.batchNorm === 'none') return null;
      const B = ws.hidden[l];
      return k.bnBack.bind(d, `bn back ${l}`, { layer: this.layerBufs[l], z: B.z, state: this.state, stats: B.stats, grads: this.grads, dz: B.dz });
    });
    const seg = { segments: this.segBuf };
    return {
      grad,
      back,
      bnBack,
      reduce: k.reduce.bind(d, 'reduce', { ...seg, state: this.state, grads: this.grads, partials: this.partials }),
      finalizeG: k.finalizeG.bind(d, 'finalize gradients', { ...seg, partials: this.partials, metrics: this.metrics, state: this.state }),
      optimizer: k.optimizer.bind(d, 'optimizer', {
        ...seg,
        grads: this.grads,
        state: this.state,
        v: this.optV,
        s: this.optS,
        dx: this.optDx,
        partials: this.partials,
      }),
      finalizeW: k.finalizeW.bind(d, 'finalize weights', { ...seg, partials: this.partials, metrics: this.metrics, state: this.state }),
    };
  }

  /** Writes every layer uniform (shapes, offsets, the current dropout ratios). */
  private writeLayers(): void {
    const { spec, layout } = this;
    const H = spec.hidden.length;
    const view = new DataView(new ArrayBuffer(LAYER.size));
    layout.layers.forEach((L, l) => {
      const p = l < H ? this.hyper.dropout[l] ?? 0 : 0;
      LAYER.write(view, 0, {
        k: L.fanIn,
        m: L.fanOut,
        w: L.W,
        b: L.b,
        gamma: Math.max(0, L.gamma),
        beta: Math.max(0, L.beta),
        runMean: layout.size + Math.max(0, L.runMean),
        runVar: layout.size + Math.max(0, L.runVar),
        index: l,
        residual: L.residual ? 1 : 0,
        dropThreshold: p > 0 ? dropoutThreshold(p) : 0,
        dropScale: 1 / (1 - p),
        slope: spec.leakySlope,
        bnEps: spec.bnEps,
        bnMomentum: spec.bnMomentum,
        act: ACT_IDS[l < H ? spec.hidden[l].activation : 'identity'],
        epilogue: l < H && spec.batchNorm === 'none' ? EPILOGUES.full : EPILOGUES.store,
        gather: l === 0 ? 1 : 0,
        bn: l < H ? BN_MODES[spec.batchNorm] : BN_MODES.none,
        loss: spec.loss === 'softmax-ce' ? LOSSES.softmaxCe : LOSSES.mse,
        targets: this.labels ? TARGETS.labels : TARGETS.values,
      });
      this.device.queue.writeBuffer(this.layerBufs[l], 0, view.buffer);
    });
  }

  // ——— public API ———

  /** Takes up to n updates (see the class comment for when their metrics arrive). */
  step(n = 1): Promise<StepReport> {
    if (!Number.isFinite(n)) return Promise.reject(new RangeError(`step(n) needs a finite n, got ${n}`));
    return this.serial(() => this.runSteps(n));
  }

  /** Waits for everything submitted and returns the metrics not yet reported. */
  flush(): Promise<StepReport> {
    return this.serial(async () => {
      await this.settle();
      return this.report(0);
    });
  }

  evaluate(splits?: readonly SplitName[]): Promise<EvalReport> {
    return this.serial(async () => {
      await this.settle();
      const job = this.newJob('request', splits ?? ['train', 'validation', 'test'], undefined);
      const result = new Promise<EvalReport>((resolve) => {
        job.resolve = resolve;
      });
      if (job.remaining === 0) this.completeJob(job);
      while (this.evalQueue.length) {
        const sub = await this.open();
        this.fill(sub, 0);
        this.close(sub);
      }
      await this.settle();
      return result;
    });
  }

  setHyper(update: HyperUpdate): void {
    const overrides = { ...this.overrides, ...update };
    const hyper = resolveHyper(overrides, this.spec.dropout);
    this.overrides = overrides;
    if (hyper.optimizer !== this.hyper.optimizer) {
      this.clearOptimizer();
      this.optT = 0;
    }
    this.hyper = hyper;
    if (hyper.batchSize > this.maxBatch) this.allocTrain(hyper.batchSize);
    this.writeLayers();
  }

  getHyper(): TrainHyper {
    return { ...this.hyper, dropout: [...this.hyper.dropout] };
  }

  reset(seed?: number): void {
    if (seed !== undefined) this.seed = seed >>> 0;
    const params = new Float32Array(this.layout.size);
    const running = new Float32Array(this.layout.runningSize);
    initParams(params, this.layout, this.spec.init, this.seed);
    initRunning(running, this.layout);
    this.restart();
    this.writeState(params, running, false);
    this.clearOptimizer();
    this.optT = 0;
    this.stepCount = 0;
    this.epoch = 0;
    this.cursor = 0;
    this.stopped = null;
    this.divergedAt = -1;
    this.early.reset();
    permutationInto(this.perm, this.seed, streamWord(STREAM.shuffle, 0));
    this.synced = this.composeState(params, running, null);
  }

  getParams(): Promise<Float32Array> {
    return this.serial(async () => {
      await this.settle();
      const [params] = await this.read([{ buffer: this.state, offset: 0, size: this.layout.size * 4 }], 'params');
      return new Float32Array(params);
    });
  }

  setParams(params: ArrayLike<number>): void {
    if (params.length !== this.layout.size) throw new RangeError(`expected ${this.layout.size} parameters, got ${params.length}`);
    const copy = Float32Array.from(params);
    this.device.queue.writeBuffer(this.state, 0, copy);
    if (this.synced) this.synced = { ...this.synced, params: copy.slice() };
  }

  getState(): Promise<TrainerState> {
    return this.serial(async () => {
      await this.settle();
      const size = this.layout.size * 4;
      const [st, v, s, dx] = await this.read(
        [
          { buffer: this.state, offset: 0, size: size + this.layout.runningSize * 4 },
          { buffer: this.optV, size },
          { buffer: this.optS, size },
          { buffer: this.optDx, size },
        ],
        'state',
      );
      const all = new Float32Array(st);
      const state = this.composeState(all.slice(0, this.layout.size), all.slice(this.layout.size), {
        v: new Float32Array(v),
        s: new Float32Array(s),
        dx: new Float32Array(dx),
      });
      this.synced = state;
      return state;
    });
  }

  setState(state: TrainerState): void {
    if (state.params.length !== this.layout.size) throw new RangeError(`expected ${this.layout.size} parameters, got ${state.params.length}`);
    if (state.running.length !== this.layout.runningSize) throw new RangeError('running statistics do not match the layout');
    this.restart();
    this.seed = state.seed >>> 0;
    this.overrides = { ...state.hyper };
    this.hyper = resolveHyper(this.overrides, this.spec.dropout);
    if (this.hyper.batchSize > this.maxBatch) this.allocTrain(this.hyper.batchSize);
    this.writeLayers();
    this.writeState(state.params, state.running, state.stopped === 'diverged');
    const q = this.device.queue;
    const size = this.layout.size;
    const opt = (buf: GPUBuffer, a: Float32Array) => q.writeBuffer(buf, 0, a.length === size ? a : new Float32Array(size));
    opt(this.optV, state.optimizer.v);
    opt(this.optS, state.optimizer.s);
    opt(this.optDx, state.optimizer.dx);
    this.optT = state.optimizer.t;
    this.stepCount = state.step;
    this.epoch = state.epoch;
    this.cursor = state.cursor;
    this.stopped = state.stopped;
    this.divergedAt = state.divergedAt;
    this.early.restore(state);
    permutationInto(this.perm, this.seed, streamWord(STREAM.shuffle, this.epoch));
    this.synced = { ...state, hyper: this.getHyper() };
  }

  progress(): Progress {
    return {
      step: this.stepCount,
      epoch: this.epoch,
      cursor: this.cursor,
      stopped: this.stopped,
      divergedAt: this.divergedAt,
      bestEpoch: this.early.bestEpoch,
      bestValidationLoss: this.early.bestValidationLoss,
    };
  }

  lastBatch(): Uint32Array {
    return this.lastIdx.slice(0, this.lastRows);
  }

  dropoutMasks(): Promise<DropoutMask[]> {
    return this.serial(async () => {
      await this.settle();
      const rows = this.lastRows;
      const H = this.spec.hidden.length;
      const parts = this.trainWs.hidden.map((B) => ({ buffer: B.mask, offset: 0, size: Math.max(4, rows * B.units * 4) }));
      const data = H > 0 && rows > 0 ? await this.read(parts, 'dropout masks') : [];
      return this.trainWs.hidden.map((B, layer) => {
        const p = this.lastDropout[layer] ?? 0;
        const mask = new Uint8Array(rows * B.units);
        if (p > 0 && rows > 0) mask.set(new Uint32Array(data[layer]).subarray(0, rows * B.units));
        else if (p === 0) mask.fill(1);
        return { layer, rows, units: B.units, p, mask };
      });
    });
  }

  histograms(opts: HistogramOptions = {}): Promise<LayerHistogram[]> {
    return this.serial(async () => {
      await this.settle();
      return this.computeHistograms(opts);
    });
  }

  /** Everything of the last training step, read back (tests, diagnostics). */
  inspect(): Promise<GpuProbe> {
    return this.serial(async () => {
      await this.settle();
      const ws = this.trainWs;
      const rows = this.lastRows;
      const bytes = (u: number) => Math.max(4, rows * u * 4);
      const parts: ReadPart[] = [];
      for (const B of ws.hidden) {
        parts.push(
          { buffer: B.z, size: bytes(B.units) },
          { buffer: B.pre, size: bytes(B.units) },
          { buffer: B.out, size: bytes(B.units) },
          { buffer: B.mask, size: bytes(B.units) },
          { buffer: B.stats },
          { buffer: B.dOut, size: bytes(B.units) },
          { buffer: B.dz, size: bytes(B.units) },
        );
      }
      const c = this.spec.outputSize;
      const size = this.layout.size * 4;
      parts.push(
        { buffer: ws.logits, size: bytes(c) },
        { buffer: ws.dLogits, size: bytes(c) },
        { buffer: this.grads, size },
        { buffer: this.state },
        { buffer: this.optV, size },
        { buffer: this.optS, size },
        { buffer: this.optDx, size },
      );
      const out = await this.read(parts, 'inspect');
      const f = (i: number) => new Float32Array(out[i]);
      const hidden = ws.hidden.map((_, l) => {
        const i = 7 * l;
        return { z: f(i), pre: f(i + 1), out: f(i + 2), mask: new Uint32Array(out[i + 3]), stats: f(i + 4), dOut: f(i + 5), dz: f(i + 6) };
      });
      const i = 7 * ws.hidden.length;
      const st = f(i + 3);
      const { size: P, runningSize: R } = this.layout;
      return {
        rows,
        hidden,
        logits: f(i),
        dLogits: f(i + 1),
        grads: f(i + 2),
        params: st.slice(0, P),
        running: st.slice(P, P + R),
        control: st.slice(P + R),
        v: f(i + 4),
        s: f(i + 5),
        dx: f(i + 6),
      };
    });
  }

  /** The last state known on the CPU side (creation, reset, setState, getState, or a periodic snapshot): where a CPU fallback resumes. */
  lastSyncedState(): TrainerState | null {
    return this.synced;
  }

  stats(): GpuStats {
    return { stepsPerSubmit: this.stepsPerSubmit, dispatchesPerStep: this.dispatchesPerStep, submits: this.submits, msPerStep: this.msPerStep };
  }

  /** The reason the device became unusable, or null. */
  get lost(): string | null {
    return this.failure ?? (this.ctx.failure ? this.ctx.failure.message : null);
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.gen++;
    this.bufs.destroyAll();
  }

  // ——— the step loop ———

  /** Runs `fn` after every earlier call has finished (calls never interleave); rejects once the device is gone. */
  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const run = async () => {
      this.assertUsable();
      try {
        return await fn();
      } catch (e) {
        this.assertUsable();
        throw e;
      }
    };
    const p = this.queue.then(run, run);
    this.queue = p.catch(() => undefined);
    return p;
  }

  private assertUsable(): void {
    if (this.disposed) throw new GpuLostError('the GPU trainer was disposed');
    const lost = this.lost;
    if (lost) throw new GpuLostError(lost);
  }

  private async runSteps(n: number): Promise<StepReport> {
    let taken = 0;
    const stepAtStart = this.stepCount;
    while (this.evalQueue.length || (taken < n && this.stopped === null)) {
      const sub = await this.open();
      if (this.stopped !== null && !this.evalQueue.length) {
        this.abandon(sub);
        break;
      }
      taken += this.fill(sub, n - taken);
      this.close(sub);
      if (this.decisionPending) await this.settle();
    }
    if (this.stopped !== null) await this.settle();
    this.drain();
    const report = this.report(this.stopped === 'diverged' ? Math.max(0, Math.min(taken, this.stepCount - stepAtStart)) : taken);
    return report;
  }

  private report(taken: number): StepReport {
    const report: StepReport = {
      taken,
      step: this.stepCount,
      epoch: this.epoch,
      steps: this.outSteps,
      epochs: this.outEpochs,
      diverged: this.stopped === 'diverged',
      stopped: this.stopped,
    };
    this.outSteps = [];
    this.outEpochs = [];
    return report;
  }

  /** Starts a submit once a staging buffer is free (processing finished read-backs, waiting for the oldest if all are busy). */
  private async open(): Promise<OpenSubmit> {
    this.drain();
    while (!this.freeStaging.length) {
      await this.records[0].ready;
      this.drain();
    }
    const encoder = this.device.createCommandEncoder({ label: 'gpu-trainer: steps' });
    const pass = encoder.beginComputePass({ label: 'gpu-trainer: steps' });
    return { encoder, pass, tags: [], passes: 0, steps: 0, evals: 0, idxRows: 0 };
  }

  private abandon(sub: OpenSubmit): void {
    sub.pass.end();
    sub.encoder.finish();
  }

  /** Encodes pending evaluation chunks, then up to `steps` training steps, as far as the submit has room. Returns steps encoded. */
  private fill(sub: OpenSubmit, steps: number): number {
    let taken = 0;
    const budget = Math.min(this.stepsPerSubmit, this.options.maxStepsPerSubmit ?? 32);
    while (sub.passes < MAX_PASSES) {
      const chunk = this.evalQueue.shift();
      if (chunk) {
        this.encodeEval(sub, chunk);
        if (!this.evalQueue.length && chunk.job.kind === 'epoch' && this.options.earlyStopping && this.data.validation) {
          this.decisionPending = true;
          break;
        }
        continue;
      }
      if (taken >= steps || this.stopped !== null || sub.steps >= budget) break;
      this.encodeStep(sub);
      taken++;
    }
    return taken;
  }

  private writePass(slot: number, values: Partial<PassValues>): number {
    const hp = this.hyper;
    const t = this.optT;
    PASS.write(this.passView, slot * this.slotStride, {
      rows: 0,
      step: 0,
      seed: this.seed,
      train: 0,
      idxOffset: 0,
      firstRow: 0,
      record: slot,
      updateRunning: 0,
      invRows: 0,
      opt: OPT_IDS[hp.optimizer],
      lr: hp.lr,
      gamma: hp.gamma,
      rho: hp.rho,
      beta1: hp.beta1,
      beta2: hp.beta2,
      eps: hp.eps,
      c1: 1 - Math.pow(hp.beta1, t),
      c2: 1 - Math.pow(hp.beta2, t),
      weightDecay: hp.weightDecay,
      l1: hp.l1,
      clipNorm: hp.clipNorm,
      clipValue: hp.clipValue,
      layers: this.layout.layers.length,
      control: this.layout.size + this.layout.runningSize,
      recordStride: this.record.stride,
      ...values,
    });
    return slot * this.slotStride;
  }

  /** One training step, mirroring CpuTrainer.update: batch from the permutation, forward, loss, backward, update. */
  private encodeStep(sub: OpenSubmit): void {
    const hp = this.hyper;
    const n = this.data.train.n;
    const rows = Math.min(hp.batchSize, n - this.cursor);
    const idxOffset = sub.idxRows;
    this.idxStage.set(this.perm.subarray(this.cursor, this.cursor + rows), idxOffset);
    sub.idxRows += rows;
    if (this.lastIdx.length < this.maxBatch) this.lastIdx = new Uint32Array(this.maxBatch);
    this.lastIdx.set(this.perm.subarray(this.cursor, this.cursor + rows));
    this.lastRows = rows;
    this.lastDropout = [...hp.dropout];
    const tBefore = this.optT;
    this.optT++;
    const slot = sub.passes++;
    const offset = this.writePass(slot, { rows, step: this.stepCount, train: 1, idxOffset, updateRunning: 1, invRows: 1 / rows });
    const before = this.dispatchCount;
    this.encodeForward(sub.pass, this.trainFwd, offset, rows, this.trainWs);
    this.encodeBackward(sub.pass, offset, rows);
    this.dispatchesPerStep = this.dispatchCount - before;
    sub.tags.push({ kind: 'step', step: this.stepCount + 1, epoch: this.epoch, cursorBefore: this.cursor, tBefore, rows });
    sub.steps++;
    this.stepCount++;
    this.cursor += rows;
    if (this.cursor >= n) this.endEpoch();
  }

  private endEpoch(): void {
    const ended = this.epoch;
    this.epoch++;
    this.cursor = 0;
    permutationInto(this.perm, this.seed, streamWord(STREAM.shuffle, this.epoch));
    const es = this.options.earlyStopping;
    const evalEach = this.options.evalEachEpoch ?? true;
    if (evalEach || (es && this.data.validation)) {
      const splits: SplitName[] = evalEach ? ['train', 'validation', 'test'] : ['validation'];
      const job = this.newJob('epoch', splits, this.options.evalTrainSamples);
      job.epoch = ended;
      if (job.remaining === 0) this.completeJob(job);
    }
    if (this.stopped === null && this.options.epochs !== undefined && this.epoch >= this.options.epochs) this.stopped = 'epochs';
  }

  /** An evaluation job over `splits`, its chunks queued (evaluation sees the parameters as of now). */
  private newJob(kind: EvalJob['kind'], splits: readonly SplitName[], trainCap: number | undefined): EvalJob {
    const job: EvalJob = { kind, epoch: this.epoch, step: this.stepCount, splits: [], sums: {}, remaining: 0 };
    for (const split of splits) {
      const data = this.data[split];
      if (!data) continue;
      job.splits.push(split);
      job.sums[split] = { loss: 0, correct: 0, n: 0 };
      const n = Math.min(data.n, split === 'train' ? trainCap ?? Infinity : Infinity);
      for (let start = 0; start < n; start += this.evalRows) {
        this.evalQueue.push({ job, split, firstRow: start, rows: Math.min(this.evalRows, n - start) });
        job.remaining++;
      }
    }
    return job;
  }

  private encodeEval(sub: OpenSubmit, chunk: EvalChunk): void {
    const slot = sub.passes++;
    const offset = this.writePass(slot, { rows: chunk.rows, firstRow: chunk.firstRow, invRows: 1 / chunk.rows });
    this.encodeForward(sub.pass, this.evalFwd[chunk.split] as ForwardGroups, offset, chunk.rows, this.evalWs);
    sub.tags.push({ kind: 'eval', job: chunk.job, split: chunk.split, rows: chunk.rows });
    sub.evals++;
  }

  private dispatch(pass: GPUComputePassEncoder, kernel: Kernel, group: GPUBindGroup, offset: number, x: number, y = 1): void {
    kernel.dispatch(pass, this.passGroup, offset, group, x, y);
    this.dispatchCount++;
  }

  /** Forward through every layer, then the loss (with its gradient in training). */
  private encodeForward(pass: GPUComputePassEncoder, g: ForwardGroups, offset: number, rows: number, ws: GpuWorkspace, withLoss = true): void {
    const k = this.kernels;
    const H = this.spec.hidden.length;
    const last = withLoss ? H : H - 1;
    for (let l = 0; l <= last; l++) {
      const m = this.layout.layers[l].fanOut;
      this.dispatch(pass, k.dense, g.dense[l], offset, ...denseForwardGrid(rows, m));
      const bn = l < H ? g.bn[l] : null;
      if (bn) this.dispatch(pass, k.bn, bn, offset, batchNormGrid(ws.hidden[l].units));
    }
    if (withLoss) this.dispatch(pass, k.loss, g.loss, offset, 1);
  }

  /** Backward (fused per layer), penalties and norms, the optimizer update and the weight norms. */
  private encodeBackward(pass: GPUComputePassEncoder, offset: number, rows: number): void {
    const k = this.kernels;
    const g = this.backGroups;
    const layers = this.layout.layers;
    const H = this.spec.hidden.length;
    for (let j = H; j >= 0; j--) {
      const L = layers[j];
      const bn = j < H ? g.bnBack[j] : null;
      if (bn) this.dispatch(pass, k.bnBack, bn, offset, batchNormGrid(L.fanOut));
      this.dispatch(pass, k.grad, g.grad[j], offset, ...denseGradGrid(L.fanIn, L.fanOut));
      const back = g.back[j];
      if (back) this.dispatch(pass, k.back, back, offset, ...denseBackwardGrid(rows, L.fanIn));
    }
    const chunks = this.segments.chunks;
    this.dispatch(pass, k.reduce, g.reduce, offset, chunks);
    this.dispatch(pass, k.finalizeG, g.finalizeG, offset, 1);
    this.dispatch(pass, k.optimizer, g.optimizer, offset, chunks);
    this.dispatch(pass, k.finalizeW, g.finalizeW, offset, 1);
  }

  /** Ends the pass, copies the metrics (and maybe a state snapshot) to staging, writes the uniforms, submits, starts the read-back. */
  private close(sub: OpenSubmit): void {
    sub.pass.end();
    if (sub.passes === 0) {
      sub.encoder.finish();
      return;
    }
    const q = this.device.queue;
    const staging = this.freeStaging.pop() as GPUBuffer;
    const recordBytes = this.record.stride * 4;
    sub.encoder.copyBufferToBuffer(this.metrics, 0, staging, 0, sub.passes * recordBytes);
    const snapshot = this.maybeSnapshot(sub.encoder);
    q.writeBuffer(this.passBuf, 0, this.passStage, 0, sub.passes * this.slotStride);
    if (sub.idxRows) q.writeBuffer(this.batchIdx, 0, this.idxStage.buffer, 0, sub.idxRows * 4);
    q.submit([sub.encoder.finish()]);
    this.submits++;
    if (snapshot) {
      snapshot.ready = snapshot.staging.mapAsync(GPUMapMode.READ).then(
        () => undefined,
        (e: unknown) => {
          snapshot.error = e;
        },
      );
    }
    const rec: SubmitRecord = {
      gen: this.gen,
      staging,
      bytes: sub.passes * recordBytes,
      tags: sub.tags,
      steps: sub.steps,
      evals: sub.evals,
      submittedAt: performance.now(),
      doneAt: 0,
      done: false,
      error: null,
      ready: Promise.resolve(),
      snapshot,
    };
    rec.ready = staging.mapAsync(GPUMapMode.READ, 0, sub.passes * recordBytes).then(
      () => {
        rec.done = true;
        rec.doneAt = performance.now();
      },
      (e: unknown) => {
        rec.done = true;
        rec.error = e;
      },
    );
    this.records.push(rec);
  }

  private maybeSnapshot(encoder: GPUCommandEncoder): SubmitRecord['snapshot'] {
    const every = this.options.snapshotMs ?? 1000;
    const now = performance.now();
    if (this.snapshotBusy || now - this.lastSnapshotAt < every) return null;
    const P = this.layout.size * 4;
    const head = P + this.layout.runningSize * 4;
    if (!this.snapshotStaging) this.snapshotStaging = this.bufs.staging('snapshot staging', head + 3 * P);
    const staging = this.snapshotStaging;
    encoder.copyBufferToBuffer(this.state, 0, staging, 0, head);
    encoder.copyBufferToBuffer(this.optV, 0, staging, head, P);
    encoder.copyBufferToBuffer(this.optS, 0, staging, head + P, P);
    encoder.copyBufferToBuffer(this.optDx, 0, staging, head + 2 * P, P);
    this.snapshotBusy = true;
    this.lastSnapshotAt = now;
    return { staging, counters: this.counters(), ready: Promise.resolve(), error: null };
  }

  /** Processes finished read-backs in submit order (never waits). */
  private drain(): void {
    while (this.records.length && this.records[0].done) this.process(this.records.shift() as SubmitRecord);
  }

  /** Waits for every submit and processes it; then settles early-stopping decisions. */
  private async settle(): Promise<void> {
    while (this.records.length) {
      await this.records[0].ready;
      this.drain();
    }
    this.decisionPending = false;
  }

  private process(rec: SubmitRecord): void {
    if (rec.error) {
      this.failure = `read-back failed: ${String(rec.error)}`;
      throw new GpuLostError(this.failure);
    }
    const valid = rec.gen === this.gen && !this.disposed;
    if (valid) {
      const words = new Float32Array(rec.staging.getMappedRange(0, rec.bytes));
      this.readTags(rec, words);
      this.pace(rec);
    }
    if (!this.disposed) {
      rec.staging.unmap();
      this.freeStaging.push(rec.staging);
    }
    if (rec.snapshot) {
      const snap = rec.snapshot;
      void snap.ready.then(() => {
        if (!this.disposed && snap.staging === this.snapshotStaging) {
          if (!snap.error && valid && rec.gen === this.gen) this.takeSnapshot(snap);
          if (!snap.error) snap.staging.unmap();
          this.snapshotBusy = false;
        }
      });
    }
  }

  private readTags(rec: SubmitRecord, words: Float32Array): void {
    const R = this.record;
    const L = this.layout.layers.length;
    rec.tags.forEach((tag, i) => {
      const at = i * R.stride;
      const w = (field: keyof typeof METRICS.offsets) => words[at + METRICS.offsets[field]];
      if (tag.kind === 'step') {
        if (this.diverged) return;
        const rowsCorrect = w('correct');
        const gradNorms = Float64Array.from(words.subarray(at + R.gradNorms, at + R.gradNorms + L));
        const weightNorms = Float64Array.from(words.subarray(at + R.weightNorms, at + R.weightNorms + L));
        this.outSteps.push({
          step: tag.step,
          epoch: tag.epoch,
          loss: w('loss'),
          dataLoss: w('dataLoss'),
          accuracy: this.labels ? rowsCorrect / tag.rows : NaN,
          gradNorm: w('gradNorm'),
          gradNorms,
          weightNorms,
        });
        const lossFinite = w('lossFinite') === 1;
        if (!lossFinite || w('paramsFinite') !== 1) this.divergeAt(tag, lossFinite);
        return;
      }
      if (this.diverged && tag.job.kind === 'epoch') return;
      const sums = tag.job.sums[tag.split] as { loss: number; correct: number; n: number };
      sums.loss += w('dataLoss');
      sums.correct += w('correct');
      sums.n += tag.rows;
      if (--tag.job.remaining === 0) this.completeJob(tag.job);
    });
  }

  /** The run diverged at `tag`: roll the counters back to that step (the GPU has frozen the parameters there). */
  private divergeAt(tag: StepTag, lossFinite: boolean): void {
    this.diverged = true;
    this.stopped = 'diverged';
    this.divergedAt = tag.step;
    this.stepCount = tag.step;
    if (this.epoch !== tag.epoch) {
      this.epoch = tag.epoch;
      permutationInto(this.perm, this.seed, streamWord(STREAM.shuffle, this.epoch));
    }
    this.cursor = tag.cursorBefore;
    this.optT = tag.tBefore + (lossFinite ? 1 : 0);
    this.lastIdx.set(this.perm.subarray(tag.cursorBefore, tag.cursorBefore + tag.rows));
    this.lastRows = tag.rows;
    this.evalQueue = this.evalQueue.filter((c) => c.job.kind !== 'epoch');
  }

  private completeJob(job: EvalJob): void {
    const report: EvalReport = { train: { loss: NaN, accuracy: NaN, n: 0 } };
    for (const split of job.splits) {
      const s = job.sums[split] as { loss: number; correct: number; n: number };
      const m: SplitMetrics = { loss: s.n > 0 ? s.loss / s.n : NaN, accuracy: this.labels && s.n > 0 ? s.correct / s.n : NaN, n: s.n };
      report[split] = m;
    }
    if (job.kind === 'request') {
      job.resolve?.(report);
      return;
    }
    this.outEpochs.push({ ...report, epoch: job.epoch, step: job.step });
    const es = this.options.earlyStopping;
    if (es && report.validation) this.earlyStop(es.patience, es.minDelta ?? 0, es.restoreBest ?? true, report.validation.loss, job.epoch);
  }

  private earlyStop(patience: number, minDelta: number, restoreBest: boolean, loss: number, epoch: number): void {
    const bytes = (this.layout.size + this.layout.runningSize) * 4;
    const verdict = this.early.observe(loss, epoch, patience, minDelta);
    if (verdict === 'improved') {
      if (restoreBest) this.copyState(this.state, this.best, bytes);
      return;
    }
    if (verdict === 'stop') {
      this.stopped = 'early-stopping';
      if (restoreBest && this.early.bestEpoch >= 0) this.copyState(this.best, this.state, bytes);
    }
  }

  private copyState(from: GPUBuffer, to: GPUBuffer, bytes: number): void {
    const encoder = this.device.createCommandEncoder({ label: 'gpu-trainer: best state copy' });
    encoder.copyBufferToBuffer(from, 0, to, 0, bytes);
    this.device.queue.submit([encoder.finish()]);
  }

  /** Adapts steps per submit to about frameMs of GPU work, from how long each submit kept the GPU busy. */
  private pace(rec: SubmitRecord): void {
    const start = Math.max(rec.submittedAt, this.lastDoneAt);
    this.lastDoneAt = rec.doneAt;
    if (rec.steps === 0 || rec.evals > 0 || this.options.stepsPerSubmit) return;
    const per = (rec.doneAt - start) / rec.steps;
    if (!(per > 0)) return;
    this.msPerStep = Number.isNaN(this.msPerStep) ? per : 0.7 * this.msPerStep + 0.3 * per;
    const max = Math.min(MAX_PASSES, this.options.maxStepsPerSubmit ?? 32);
    this.stepsPerSubmit = Math.max(1, Math.min(max, Math.floor((this.options.frameMs ?? 8) / this.msPerStep)));
  }

  private counters(): Counters {
    return {
      seed: this.seed,
      step: this.stepCount,
      epoch: this.epoch,
      cursor: this.cursor,
      hyper: this.getHyper(),
      stopped: this.stopped,
      divergedAt: this.divergedAt,
      bestEpoch: this.early.bestEpoch,
      bestValidationLoss: this.early.bestValidationLoss,
      epochsWithoutImprovement: this.early.epochsWithoutImprovement,
      optimizer: this.hyper.optimizer,
      t: this.optT,
    };
  }

  private takeSnapshot(snap: NonNullable<SubmitRecord['snapshot']>): void {
    const all = new Float32Array(snap.staging.getMappedRange());
    const P = this.layout.size;
    const R = this.layout.runningSize;
    const counters = this.diverged ? this.counters() : snap.counters;
    this.synced = this.composeStateFrom(counters, all.slice(0, P), all.slice(P, P + R), {
      v: all.slice(P + R, 2 * P + R),
      s: all.slice(2 * P + R, 3 * P + R),
      dx: all.slice(3 * P + R, 4 * P + R),
    });
  }

  private composeState(params: Float32Array, running: Float32Array, opt: { v: Float32Array; s: Float32Array; dx: Float32Array } | null): TrainerState {
    const zeros = { v: new Float32Array(this.layout.size), s: new Float32Array(this.layout.size), dx: new Float32Array(this.layout.size) };
    return this.composeStateFrom(this.counters(), params, running, opt ?? zeros);
  }

  /** A TrainerState as the CPU engine writes it: arrays the optimizer does not use are empty. */
  private composeStateFrom(
    c: Counters,
    params: Float32Array,
    running: Float32Array,
    opt: { v: Float32Array; s: Float32Array; dx: Float32Array },
  ): TrainerState {
    const uses = OPTIMIZERS[c.optimizer].uses;
    const { optimizer, t, ...rest } = c;
    return {
      ...rest,
      params,
      running,
      optimizer: {
        name: optimizer,
        t,
        v: uses.v ? opt.v : new Float32Array(0),
        s: uses.s ? opt.s : new Float32Array(0),
        dx: uses.dx ? opt.dx : new Float32Array(0),
      },
    };
  }

  /** Forgets submits in flight (their read-backs are dropped) and queued evaluations. */
  private restart(): void {
    this.gen++;
    this.diverged = false;
    this.evalQueue = [];
    this.decisionPending = false;
    this.outSteps = [];
    this.outEpochs = [];
    this.lastRows = 0;
  }

  private writeState(params: ArrayLike<number>, running: ArrayLike<number>, halted: boolean): void {
    const { size, runningSize } = this.layout;
    const all = new Float32Array(size + runningSize + CONTROL.stride);
    all.set(params, 0);
    all.set(running, size);
    all[size + runningSize + CONTROL.offsets.halted] = halted ? 1 : 0;
    all[size + runningSize + CONTROL.offsets.clipScale] = 1;
    this.device.queue.writeBuffer(this.state, 0, all);
  }

  private clearOptimizer(): void {
    const encoder = this.device.createCommandEncoder({ label: 'gpu-trainer: clear optimizer state' });
    encoder.clearBuffer(this.optV);
    encoder.clearBuffer(this.optS);
    encoder.clearBuffer(this.optDx);
    this.device.queue.submit([encoder.finish()]);
  }

  private read(parts: ReadPart[], label: string): Promise<ArrayBuffer[]> {
    return readBuffers(this.device, parts, `gpu-trainer: ${label}`);
  }

  // ——— histograms ———

  private async computeHistograms(opts: HistogramOptions): Promise<LayerHistogram[]> {
    const bins = opts.bins ?? 30;
    if (!Number.isInteger(bins) || bins < 1 || bins > MAX_BINS) throw new RangeError(`bins must be an integer in [1, ${MAX_BINS}]`);
    const H = this.spec.hidden.length;
    if (H === 0) return [];
    const d = this.device;
    const fixed = opts.lo !== undefined && opts.hi !== undefined;
    const [rangeK, binK] = await Promise.all([histogramRangeKernel(d), histogramKernel(d)]);
    const local = new BufferSet(d, 'gpu-trainer histograms');
    try {
      const bounds = local.upload('bounds', new Uint32Array(2 * H).map((_, i) => (i % 2 === 0 ? 0xffffffff : 0)));
      const counts = local.storage('counts', H * countsStride(bins) * 4);
      const histUniforms = this.spec.hidden.map((h, l) => {
        const buf = local.uniform(`hist ${l}`, HIST.size);
        const view = new DataView(new ArrayBuffer(HIST.size));
        HIST.write(view, 0, { units: h.units, act: ACT_IDS[h.activation], bins, slot: l, fixed: fixed ? 1 : 0, lo: opts.lo ?? 0, hi: opts.hi ?? 0, slope: this.spec.leakySlope });
        d.queue.writeBuffer(buf, 0, view.buffer);
        return buf;
      });
      // Which buffers hold the activation inputs, and how the rows arrive: the last training batch, or eval chunks.
      let ws = this.trainWs;
      let chunks: { firstRow: number; rows: number }[] = [];
      let groups: ForwardGroups | null = null;
      let x = opts.x;
      if (!x && this.lastRows > 0) {
        chunks = [{ firstRow: 0, rows: this.lastRows }];
      } else {
        let n = opts.n ?? (x ? x.length / this.spec.inputSize : 0);
        let source: SplitBuffers;
        if (!x) {
          n = Math.min(this.data.train.n, this.maxBatch);
          source = this.splitBufs.train as SplitBuffers;
        } else {
          x = x.subarray(0, n * this.spec.inputSize);
          source = { x: local.upload('x', x), y: local.storage('y (unused)', 16), n };
        }
        ws = this.evalWs;
        groups = this.forwardGroups(ws, source, 'histogram input');
        for (let s = 0; s < n; s += this.evalRows) chunks.push({ firstRow: s, rows: Math.min(this.evalRows, n - s) });
      }
      const sets = (ws: GpuWorkspace, which: 'range' | 'bins') =>
        ws.hidden.map((B, l) =>
          which === 'range'
            ? rangeK.bind(d, `range ${l}`, { hist: histUniforms[l], values: B.pre, bounds })
            : binK.bind(d, `bins ${l}`, { hist: histUniforms[l], values: B.pre, bounds, counts }),
        );
      const rangeGroups = sets(ws, 'range');
      const binGroups = sets(ws, 'bins');
      const phases: ('range' | 'bins')[] = fixed ? ['bins'] : ['range', 'bins'];
      const jobs = phases.flatMap((phase) => chunks.map((c) => ({ phase, ...c })));
      for (let start = 0; start < jobs.length; start += MAX_PASSES) {
        const encoder = d.createCommandEncoder({ label: 'gpu-trainer: histograms' });
        const pass = encoder.beginComputePass({ label: 'gpu-trainer: histograms' });
        const part = jobs.slice(start, start + MAX_PASSES);
        part.forEach((job, slot) => {
          const offset = this.writePass(slot, { rows: job.rows, firstRow: job.firstRow, invRows: 1 / job.rows });
          if (groups) this.encodeForward(pass, groups, offset, job.rows, ws, false);
          ws.hidden.forEach((B, l) => {
            const kernel = job.phase === 'range' ? rangeK : binK;
            const group = job.phase === 'range' ? rangeGroups[l] : binGroups[l];
            kernel.dispatch(pass, this.passGroup, offset, group, histogramGrid(job.rows * B.units));
          });
        });
        pass.end();
        d.queue.writeBuffer(this.passBuf, 0, this.passStage, 0, part.length * this.slotStride);
        d.queue.submit([encoder.finish()]);
      }
      const [b, c] = await readBuffers(d, [{ buffer: bounds }, { buffer: counts }], 'gpu-trainer: histogram read');
      const keys = new Uint32Array(b);
      const all = new Uint32Array(c);
      return this.spec.hidden.map((_, l) => {
        let lo = opts.lo ?? 0;
        let hi = opts.hi ?? 0;
        if (!fixed) {
          const empty = keys[2 * l] > keys[2 * l + 1];
          lo = empty ? 0 : fromOrderKey(keys[2 * l]);
          hi = empty ? 0 : fromOrderKey(keys[2 * l + 1]);
        }
        const base = l * countsStride(bins);
        return { layer: l, lo, hi, counts: all.slice(base, base + bins), total: all[base + bins] };
      });
    } finally {
      local.destroyAll();
    }
  }
}
