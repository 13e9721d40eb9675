// The CPU trainer: shuffled mini-batches, penalties, clipping, one optimizer step over the flat parameters, metrics, stopping.
import { EarlyStoppingTracker } from './earlyStopping';
import { OPTIMIZERS, initState, resetState, type OptState, type Optimizer, type Vec } from '../optimizers';
import { STREAM, permutationInto, streamWord } from '../rng';
import { clipByGlobalNorm, clipByValue, norm2 } from '../nn/clip';
import { finiteRange, histogramInto } from '../nn/histogram';
import { countCorrect } from '../nn/loss';
import {
  allocVec,
  backward,
  createMlp,
  createWorkspace,
  forward,
  initMlp,
  lossForward,
  type Dtype,
  type Mlp,
  type Workspace,
} from '../nn/mlp';
import { l1Penalty, l2Penalty } from '../nn/penalty';
import type { ModelSpec, ParamLayout, ResolvedSpec } from '../nn/spec';
import { resolveHyper } from './hyper';
import type {
  Dataset,
  DropoutMask,
  EvalReport,
  HistogramOptions,
  HyperUpdate,
  LayerHistogram,
  Progress,
  SplitMetrics,
  SplitName,
  StepReport,
  StopReason,
  TrainData,
  TrainHyper,
  TrainOptions,
  Trainer,
  TrainerState,
} from './types';

/**
 * Creates a CPU trainer for `spec` on `data`, with hyperparameters `hp` (see resolveHyper for the defaults)
 * and initial weights drawn from `seed`. Throws RangeError on an impossible spec, hyperparameter or data shape.
 */
export function createTrainer(
  spec: ModelSpec,
  data: TrainData,
  hp: HyperUpdate = {},
  seed = 0,
  options: TrainOptions = {},
): CpuTrainer {
  return new CpuTrainer(spec, data, hp, seed, options);
}

/** The CPU engine's Trainer: every method is synchronous (see Trainer in ./types for the contract). */
export class CpuTrainer implements Trainer {
  readonly backend = 'cpu' as const;
  readonly spec: ResolvedSpec;
  readonly layout: ParamLayout;
  readonly net: Mlp;

  private readonly data: TrainData;
  private readonly options: TrainOptions;
  private readonly dtype: Dtype;
  private readonly labels: boolean;
  private seed: number;
  private overrides: HyperUpdate;
  private hyper: TrainHyper;
  private optimizer: Optimizer;
  private optState: OptState;

  private ws: Workspace;
  private evalWs: Workspace;
  private xBatch: Vec;
  private yBatch: Uint8Array | Vec;
  private batchIdx: Uint32Array;
  private readonly perm: Uint32Array;
  private readonly bestParams: Vec;
  private readonly bestRunning: Vec;

  private stepCount = 0;
  private epoch = 0;
  private cursor = 0;
  private stopped: StopReason | null = null;
  private divergedAt = -1;
  private readonly early = new EarlyStoppingTracker();

  constructor(spec: ModelSpec, data: TrainData, hp: HyperUpdate, seed: number, options: TrainOptions) {
    this.dtype = options.dtype ?? 'f32';
    this.net = createMlp(spec, this.dtype);
    this.spec = this.net.spec;
    this.layout = this.net.layout;
    this.data = data;
    this.options = options;
    this.seed = seed >>> 0;
    this.labels = data.train.y instanceof Uint8Array;
    for (const split of [data.train, data.validation, data.test]) if (split) this.checkData(split);
    if (data.train.n < 1) throw new RangeError('the training set is empty');
    this.overrides = { ...hp };
    this.hyper = resolveHyper(this.overrides, this.spec.dropout);
    this.optimizer = OPTIMIZERS[this.hyper.optimizer];
    this.optState = initState(this.optimizer, this.net.params);
    const maxBatch = Math.max(options.maxBatch ?? 0, this.hyper.batchSize);
    this.ws = createWorkspace(this.net, maxBatch);
    this.evalWs = createWorkspace(this.net, Math.max(1, options.evalBatch ?? 500));
    this.xBatch = allocVec(this.dtype, 0);
    this.yBatch = new Uint8Array(0);
    this.batchIdx = new Uint32Array(0);
    this.allocBatch(maxBatch);
    this.perm = new Uint32Array(data.train.n);
    this.bestParams = allocVec(this.dtype, this.layout.size);
    this.bestRunning = allocVec(this.dtype, this.layout.runningSize);
    this.reset(this.seed);
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

  private allocBatch(maxBatch: number): void {
    this.xBatch = allocVec(this.dtype, maxBatch * this.spec.inputSize);
    this.yBatch = this.labels ? new Uint8Array(maxBatch) : allocVec(this.dtype, maxBatch * this.spec.outputSize);
    this.batchIdx = new Uint32Array(maxBatch);
  }

  step(n = 1): StepReport {
    if (!Number.isFinite(n)) throw new RangeError(`step(n) needs a finite n, got ${n}`);
    const report: StepReport = { taken: 0, step: 0, epoch: 0, steps: [], epochs: [], diverged: false, stopped: null };
    for (let s = 0; s < n && this.stopped === null; s++) {
      this.update(report);
      report.taken++;
    }
    report.step = this.stepCount;
    report.epoch = this.epoch;
    report.diverged = this.stopped === 'diverged';
    report.stopped = this.stopped;
    return report;
  }

  /** Every report is complete when step returns: nothing is left to flush. */
  flush(): StepReport {
    const stopped = this.stopped;
    return { taken: 0, step: this.stepCount, epoch: this.epoch, steps: [], epochs: [], diverged: stopped === 'diverged', stopped };
  }

  /** One optimizer update on the next mini-batch. */
  private update(report: StepReport): void {
    const { net, ws, hyper: hp } = this;
    const train = this.data.train;
    const { d } = train;
    const c = this.spec.outputSize;
    const rows = Math.min(hp.batchSize, train.n - this.cursor);
    const { x, y } = train;
    const xb = this.xBatch;
    const yb = this.yBatch;
    const yw = this.labels ? 1 : c;
    for (let r = 0; r < rows; r++) {
      const i = this.perm[this.cursor + r];
      this.batchIdx[r] = i;
      for (let p = 0, src = i * d, dst = r * d; p < d; p++) xb[dst + p] = x[src + p];
      for (let j = 0, src = i * yw, dst = r * yw; j < yw; j++) yb[dst + j] = y[src + j];
    }
    const t = this.stepCount;
    forward(net, ws, this.xBatch, rows, { train: true, dropout: hp.dropout, seed: this.seed, step: t });
    const dataLoss = lossForward(net, ws, this.yBatch, true);
    backward(net, ws);
    const loss =
      dataLoss + l2Penalty(net.params, net.grads, this.layout, hp.weightDecay) + l1Penalty(net.params, net.grads, this.layout, hp.l1);
    const layers = this.layout.layers;
    const gradNorms = new Float64Array(layers.length);
    for (let l = 0; l < layers.length; l++) gradNorms[l] = norm2(net.grads, layers[l].W, layers[l].W + layers[l].fanIn * layers[l].fanOut);
    const gradNorm = clipByGlobalNorm(net.grads, hp.clipNorm);
    clipByValue(net.grads, hp.clipValue);
    const accuracy = this.labels ? countCorrect(ws.logits, this.yBatch as Uint8Array, rows, c) / rows : NaN;
    this.stepCount++;
    let finite = Number.isFinite(loss);
    if (finite) {
      this.optimizer.step(net.params, net.grads, this.optState, hp);
      finite = Number.isFinite(norm2(net.params));
    }
    const weightNorms = new Float64Array(layers.length);
    for (let l = 0; l < layers.length; l++) weightNorms[l] = norm2(net.params, layers[l].W, layers[l].W + layers[l].fanIn * layers[l].fanOut);
    report.steps.push({ step: this.stepCount, epoch: this.epoch, loss, dataLoss, accuracy, gradNorm, gradNorms, weightNorms });
    if (!finite) {
      this.stopped = 'diverged';
      this.divergedAt = this.stepCount;
      return;
    }
    this.cursor += rows;
    if (this.cursor >= train.n) this.endEpoch(report);
  }

  private endEpoch(report: StepReport): void {
    const ended = this.epoch;
    this.epoch++;
    this.cursor = 0;
    permutationInto(this.perm, this.seed, streamWord(STREAM.shuffle, this.epoch));
    const es = this.options.earlyStopping;
    const evalEach = this.options.evalEachEpoch ?? true;
    if (evalEach || (es && this.data.validation)) {
      const splits: SplitName[] = evalEach ? ['train', 'validation', 'test'] : ['validation'];
      const metrics = this.evaluateSplits(splits, this.options.evalTrainSamples);
      report.epochs.push({ ...metrics, epoch: ended, step: this.stepCount });
      if (es && metrics.validation) this.earlyStop(es.patience, es.minDelta ?? 0, es.restoreBest ?? true, metrics.validation.loss, ended);
    }
    if (this.stopped === null && this.options.epochs !== undefined && this.epoch >= this.options.epochs) this.stopped = 'epochs';
  }

  private earlyStop(patience: number, minDelta: number, restoreBest: boolean, loss: number, epoch: number): void {
    const verdict = this.early.observe(loss, epoch, patience, minDelta);
    if (verdict === 'improved') {
      this.bestParams.set(this.net.params);
      this.bestRunning.set(this.net.running);
      return;
    }
    if (verdict === 'stop') {
      this.stopped = 'early-stopping';
      if (restoreBest && this.early.bestEpoch >= 0) {
        this.net.params.set(this.bestParams);
        this.net.running.set(this.bestRunning);
      }
    }
  }

  evaluate(splits?: readonly SplitName[]): EvalReport {
    return this.evaluateSplits(splits ?? ['train', 'validation', 'test']);
  }

  private evaluateSplits(splits: readonly SplitName[], trainCap?: number): EvalReport {
    const report: EvalReport = { train: { loss: NaN, accuracy: NaN, n: 0 } };
    for (const name of splits) {
      const data = this.data[name];
      if (!data) continue;
      report[name] = this.evaluateData(data, name === 'train' ? trainCap : undefined);
    }
    return report;
  }

  /** Mean data loss and accuracy of the first min(n, cap) samples, in eval mode, in chunks of evalBatch rows. */
  private evaluateData(data: Dataset, cap = Infinity): SplitMetrics {
    const n = Math.min(data.n, cap);
    const { d } = data;
    const c = this.spec.outputSize;
    const ws = this.evalWs;
    let lossSum = 0;
    let correct = 0;
    for (let start = 0; start < n; start += ws.maxBatch) {
      const rows = Math.min(ws.maxBatch, n - start);
      forward(this.net, ws, data.x.subarray(start * d, (start + rows) * d), rows, { train: false });
      const y = this.labels ? data.y.subarray(start, start + rows) : data.y.subarray(start * c, (start + rows) * c);
      lossSum += lossForward(this.net, ws, y, false) * rows;
      if (this.labels) correct += countCorrect(ws.logits, y as Uint8Array, rows, c);
    }
    return { loss: n > 0 ? lossSum / n : NaN, accuracy: this.labels && n > 0 ? correct / n : NaN, n };
  }

  setHyper(update: HyperUpdate): void {
    const overrides = { ...this.overrides, ...update };
    const hyper = resolveHyper(overrides, this.spec.dropout);
    this.overrides = overrides;
    if (hyper.optimizer !== this.hyper.optimizer) {
      this.optimizer = OPTIMIZERS[hyper.optimizer];
      this.optState = initState(this.optimizer, this.net.params);
    }
    if (hyper.batchSize > this.ws.maxBatch) {
      this.ws = createWorkspace(this.net, hyper.batchSize);
      this.allocBatch(hyper.batchSize);
    }
    this.hyper = hyper;
  }

  getHyper(): TrainHyper {
    return { ...this.hyper, dropout: [...this.hyper.dropout] };
  }

  reset(seed?: number): void {
    if (seed !== undefined) this.seed = seed >>> 0;
    initMlp(this.net, this.seed);
    resetState(this.optState);
    this.stepCount = 0;
    this.epoch = 0;
    this.cursor = 0;
    this.stopped = null;
    this.divergedAt = -1;
    this.early.reset();
    this.ws.n = 0;
    permutationInto(this.perm, this.seed, streamWord(STREAM.shuffle, 0));
  }

  getParams(): Float32Array {
    return Float32Array.from(this.net.params);
  }

  setParams(params: ArrayLike<number>): void {
    if (params.length !== this.layout.size) throw new RangeError(`expected ${this.layout.size} parameters, got ${params.length}`);
    this.net.params.set(params);
  }

  getState(): TrainerState {
    const { optState } = this;
    return {
      seed: this.seed,
      step: this.stepCount,
      epoch: this.epoch,
      cursor: this.cursor,
      params: Float32Array.from(this.net.params),
      running: Float32Array.from(this.net.running),
      optimizer: {
        name: this.optimizer.name,
        t: optState.t,
        v: Float32Array.from(optState.v),
        s: Float32Array.from(optState.s),
        dx: Float32Array.from(optState.dx),
      },
      hyper: this.getHyper(),
      stopped: this.stopped,
      divergedAt: this.divergedAt,
      bestEpoch: this.early.bestEpoch,
      bestValidationLoss: this.early.bestValidationLoss,
      epochsWithoutImprovement: this.early.epochsWithoutImprovement,
    };
  }

  setState(state: TrainerState): void {
    this.setParams(state.params);
    if (state.running.length !== this.layout.runningSize) throw new RangeError('running statistics do not match the layout');
    this.seed = state.seed >>> 0;
    this.overrides = { ...state.hyper };
    this.hyper = resolveHyper(this.overrides, this.spec.dropout);
    if (this.hyper.batchSize > this.ws.maxBatch) {
      this.ws = createWorkspace(this.net, this.hyper.batchSize);
      this.allocBatch(this.hyper.batchSize);
    }
    this.optimizer = OPTIMIZERS[state.optimizer.name];
    this.optState = initState(this.optimizer, this.net.params);
    this.optState.t = state.optimizer.t;
    this.optState.v.set(state.optimizer.v);
    this.optState.s.set(state.optimizer.s);
    this.optState.dx.set(state.optimizer.dx);
    this.net.running.set(state.running);
    this.stepCount = state.step;
    this.epoch = state.epoch;
    this.cursor = state.cursor;
    this.stopped = state.stopped;
    this.divergedAt = state.divergedAt;
    this.early.restore(state);
    this.ws.n = 0;
    permutationInto(this.perm, this.seed, streamWord(STREAM.shuffle, this.epoch));
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
    return this.batchIdx.slice(0, this.ws.n);
  }

  dropoutMasks(): DropoutMask[] {
    const rows = this.ws.n;
    return this.ws.hidden.map((B, layer) => ({
      layer,
      rows,
      units: B.units,
      p: B.p,
      mask: B.p > 0 ? B.mask.slice(0, rows * B.units) : new Uint8Array(rows * B.units).fill(1),
    }));
  }

  histograms(opts: HistogramOptions = {}): LayerHistogram[] {
    const bins = opts.bins ?? 30;
    const H = this.spec.hidden.length;
    const hists: LayerHistogram[] = [];
    const train = this.data.train;
    let x = opts.x;
    let n = opts.n ?? (x ? x.length / this.spec.inputSize : 0);
    if (!x && this.ws.n > 0) {
      // The last training mini-batch, as it went through the network (training mode).
      for (let l = 0; l < H; l++) {
        const B = this.ws.hidden[l];
        const len = this.ws.n * B.units;
        const [lo, hi] = opts.lo !== undefined && opts.hi !== undefined ? [opts.lo, opts.hi] : finiteRange(B.h, len);
        const counts = new Uint32Array(bins);
        hists.push({ layer: l, lo, hi, counts, total: histogramInto(B.h, len, lo, hi, counts) });
      }
      return hists;
    }
    if (!x) {
      n = Math.min(train.n, this.ws.maxBatch);
      x = train.x.subarray(0, n * train.d);
    }
    const ranges = this.spec.hidden.map((): [number, number] => [Infinity, -Infinity]);
    if (opts.lo === undefined || opts.hi === undefined) {
      this.forEachEvalChunk(x, n, (rows) => {
        for (let l = 0; l < H; l++) {
          const B = this.evalWs.hidden[l];
          const [lo, hi] = finiteRange(B.h, rows * B.units);
          ranges[l][0] = Math.min(ranges[l][0], lo);
          ranges[l][1] = Math.max(ranges[l][1], hi);
        }
      });
    }
    for (let l = 0; l < H; l++) {
      const lo = opts.lo ?? ranges[l][0];
      const hi = opts.hi ?? ranges[l][1];
      hists.push({ layer: l, lo, hi, counts: new Uint32Array(bins), total: 0 });
    }
    this.forEachEvalChunk(x, n, (rows) => {
      for (let l = 0; l < H; l++) {
        const B = this.evalWs.hidden[l];
        const h = hists[l];
        h.total += histogramInto(B.h, rows * B.units, h.lo, h.hi, h.counts);
      }
    });
    return hists;
  }

  /** Runs eval-mode forward passes over n rows of x in evalBatch chunks, calling visit after each. */
  private forEachEvalChunk(x: Float32Array, n: number, visit: (rows: number) => void): void {
    const d = this.spec.inputSize;
    for (let start = 0; start < n; start += this.evalWs.maxBatch) {
      const rows = Math.min(this.evalWs.maxBatch, n - start);
      forward(this.net, this.evalWs, x.subarray(start * d, (start + rows) * d), rows, { train: false });
      visit(rows);
    }
  }

  dispose(): void {}
}
