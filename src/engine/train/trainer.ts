// The CPU trainer: shuffled mini-batches, penalties, clipping, one optimizer step over the flat parameters, metrics, stopping.
import { OPTIMIZERS, initState, resetState, type OptState, type Optimizer, type Vec } from '../optimizers';
import { clipByGlobalNorm, clipByValue, norm2 } from '../nn/clip';
import { finiteRange, histogramInto } from '../nn/histogram';
import { countCorrect } from '../nn/loss';
import { augmentActive, augmentBatch, augmentScratch, type AugmentScratch } from '../data/augment';
import {
  allocVec,
  backward,
  createMlp,
  createWorkspace,
  forward,
  initMlp,
  lossForward,
  type Dtype,
  type ForwardOptions,
  type Mlp,
  type Workspace,
} from '../nn/mlp';
import { l1Penalty, l2Penalty } from '../nn/penalty';
import type { ModelSpec, ParamLayout, ResolvedSpec } from '../nn/spec';
import { histogramRange, needsMeasuredRange } from './histogramRange';
import { hasLrFactors, scaleLayerUpdates } from './layerFactors';
import { RunSchedule } from './schedule';
import { applyStart, type StartWeights } from './startWeights';
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
  private readonly dtype: Dtype;
  private readonly labels: boolean;
  /** Counters, permutation, stopping and hyperparameters (shared with the GPU population). */
  private readonly run: RunSchedule;
  private optimizer: Optimizer;
  private optState: OptState;

  private ws: Workspace;
  private evalWs: Workspace;
  private xBatch: Vec;
  private yBatch: Uint8Array | Vec;
  private batchIdx: Uint32Array;
  private augScratch: AugmentScratch | null = null;
  private readonly bestParams: Vec;
  private readonly bestRunning: Vec;
  private readonly start: StartWeights | undefined;
  /** The parameters before an update, for the layers' lr factors. */
  private readonly before: Vec;

  constructor(spec: ModelSpec, data: TrainData, hp: HyperUpdate, seed: number, options: TrainOptions) {
    this.dtype = options.dtype ?? 'f32';
    this.net = createMlp(spec, this.dtype);
    this.spec = this.net.spec;
    this.layout = this.net.layout;
    this.data = data;
    this.run = new RunSchedule(this.spec, data, hp, seed, options);
    this.labels = this.run.labels;
    const hyper = this.run.hyper;
    this.optimizer = OPTIMIZERS[hyper.optimizer];
    this.optState = initState(this.optimizer, this.net.params);
    const maxBatch = Math.max(options.maxBatch ?? 0, hyper.batchSize);
    this.ws = createWorkspace(this.net, maxBatch);
    this.evalWs = createWorkspace(this.net, Math.max(1, options.evalBatch ?? 500));
    this.xBatch = allocVec(this.dtype, 0);
    this.yBatch = new Uint8Array(0);
    this.batchIdx = new Uint32Array(0);
    this.allocBatch(maxBatch);
    this.bestParams = allocVec(this.dtype, this.layout.size);
    this.bestRunning = allocVec(this.dtype, this.layout.runningSize);
    this.before = allocVec(this.dtype, this.layout.size);
    this.start = options.start;
    this.reset();
  }

  private allocBatch(maxBatch: number): void {
    this.xBatch = allocVec(this.dtype, maxBatch * this.spec.inputSize);
    this.yBatch = this.labels ? new Uint8Array(maxBatch) : allocVec(this.dtype, maxBatch * this.spec.outputSize);
    this.batchIdx = new Uint32Array(maxBatch);
  }

  step(n = 1): StepReport {
    if (!Number.isFinite(n)) throw new RangeError(`step(n) needs a finite n, got ${n}`);
    const report = this.run.report(0, [], []);
    for (let s = 0; s < n && this.run.stopped === null; s++) {
      this.update(report);
      report.taken++;
    }
    return this.run.report(report.taken, report.steps, report.epochs);
  }

  /** Every report is complete when step returns: nothing is left to flush. */
  flush(): StepReport {
    return this.run.report(0, [], []);
  }

  /** One optimizer update on the next mini-batch. */
  private update(report: StepReport): void {
    const { net, ws, run } = this;
    const hp = run.updateHyper();
    const train = this.data.train;
    const { d } = train;
    const c = this.spec.outputSize;
    const batch = run.nextBatch();
    const rows = batch.length;
    const { x, y } = train;
    const xb = this.xBatch;
    const yb = this.yBatch;
    const yw = this.labels ? 1 : c;
    for (let r = 0; r < rows; r++) {
      const i = batch[r];
      this.batchIdx[r] = i;
      for (let p = 0, src = i * d, dst = r * d; p < d; p++) xb[dst + p] = x[src + p];
      for (let j = 0, src = i * yw, dst = r * yw; j < yw; j++) yb[dst + j] = y[src + j];
    }
    if (augmentActive(hp.augment)) {
      this.augScratch ??= augmentScratch(hp.augment.side ?? 28);
      augmentBatch(x, d, batch, hp.augment, run.seed, run.epoch, xb, this.augScratch);
    }
    forward(net, ws, this.xBatch, rows, {
      train: true,
      dropout: hp.dropout,
      dropoutVariant: hp.dropoutVariant,
      seed: run.seed,
      step: run.step,
    });
    const dataLoss = lossForward(net, ws, this.yBatch, true, run.classWeights);
    backward(net, ws);
    const loss =
      dataLoss + l2Penalty(net.params, net.grads, this.layout, hp.weightDecay) + l1Penalty(net.params, net.grads, this.layout, hp.l1);
    const layers = this.layout.layers;
    const gradNorms = new Float64Array(layers.length);
    for (let l = 0; l < layers.length; l++) gradNorms[l] = norm2(net.grads, layers[l].W, layers[l].W + layers[l].fanIn * layers[l].fanOut);
    const gradNorm = clipByGlobalNorm(net.grads, hp.clipNorm);
    clipByValue(net.grads, hp.clipValue);
    const accuracy = this.labels ? countCorrect(ws.logits, this.yBatch as Uint8Array, rows, c) / rows : NaN;
    run.step++;
    let finite = Number.isFinite(loss);
    if (finite) {
      const scaled = hasLrFactors(hp.lrFactors, layers.length);
      if (scaled) this.before.set(net.params);
      this.optimizer.step(net.params, net.grads, this.optState, hp);
      if (scaled) scaleLayerUpdates(net.params, this.before, this.layout, hp.lrFactors);
      finite = Number.isFinite(norm2(net.params));
    }
    const weightNorms = new Float64Array(layers.length);
    for (let l = 0; l < layers.length; l++) weightNorms[l] = norm2(net.params, layers[l].W, layers[l].W + layers[l].fanIn * layers[l].fanOut);
    report.steps.push({ step: run.step, epoch: run.epoch, loss, dataLoss, accuracy, gradNorm, gradNorms, weightNorms });
    if (!finite) {
      run.diverge();
      return;
    }
    if (run.advance(rows)) this.endEpoch(report);
  }

  private endEpoch(report: StepReport): void {
    const end = this.run.endEpoch();
    if (end.splits) {
      const metrics = this.evaluateSplits(end.splits, end.trainCap);
      report.epochs.push({ ...metrics, epoch: end.ended, step: this.run.step });
      if (metrics.validation) {
        const action = this.run.observeValidation(metrics.validation.loss, end.ended);
        if (action === 'save-best') {
          this.bestParams.set(this.net.params);
          this.bestRunning.set(this.net.running);
        } else if (action === 'restore-best') {
          this.net.params.set(this.bestParams);
          this.net.running.set(this.bestRunning);
        }
      }
    }
    this.run.checkEpochBudget();
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
      forward(this.net, ws, data.x.subarray(start * d, (start + rows) * d), rows, this.evalMode());
      const y = this.labels ? data.y.subarray(start, start + rows) : data.y.subarray(start * c, (start + rows) * c);
      lossSum += lossForward(this.net, ws, y, false) * rows;
      if (this.labels) correct += countCorrect(ws.logits, y as Uint8Array, rows, c);
    }
    return { loss: n > 0 ? lossSum / n : NaN, accuracy: this.labels && n > 0 ? correct / n : NaN, n };
  }

  setHyper(update: HyperUpdate): void {
    const { optimizerChanged } = this.run.setHyper(update);
    const hyper = this.run.hyper;
    if (optimizerChanged) {
      this.optimizer = OPTIMIZERS[hyper.optimizer];
      this.optState = initState(this.optimizer, this.net.params);
    }
    this.growBatch(hyper.batchSize);
  }

  getHyper(): TrainHyper {
    return this.run.getHyper();
  }

  private growBatch(batchSize: number): void {
    if (batchSize <= this.ws.maxBatch) return;
    this.ws = createWorkspace(this.net, batchSize);
    this.allocBatch(batchSize);
  }

  reset(seed?: number): void {
    this.run.reset(seed);
    initMlp(this.net, this.run.seed);
    if (this.start) applyStart(this.net.params, this.layout, this.start);
    resetState(this.optState);
    this.ws.n = 0;
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
      ...this.run.counters(),
      params: Float32Array.from(this.net.params),
      running: Float32Array.from(this.net.running),
      optimizer: {
        name: this.optimizer.name,
        t: optState.t,
        v: Float32Array.from(optState.v),
        s: Float32Array.from(optState.s),
        dx: Float32Array.from(optState.dx),
      },
    };
  }

  setState(state: TrainerState): void {
    this.setParams(state.params);
    if (state.running.length !== this.layout.runningSize) throw new RangeError('running statistics do not match the layout');
    this.run.restore(state);
    this.growBatch(this.run.hyper.batchSize);
    this.optimizer = OPTIMIZERS[state.optimizer.name];
    this.optState = initState(this.optimizer, this.net.params);
    this.optState.t = state.optimizer.t;
    this.optState.v.set(state.optimizer.v);
    this.optState.s.set(state.optimizer.s);
    this.optState.dx.set(state.optimizer.dx);
    this.net.running.set(state.running);
    this.ws.n = 0;
  }

  progress(): Progress {
    return this.run.progress();
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
        const [lo, hi] = histogramRange(opts, () => finiteRange(B.h, len));
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
    if (needsMeasuredRange(opts)) {
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
      const [lo, hi] = histogramRange(opts, () => ranges[l]);
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
      forward(this.net, this.evalWs, x.subarray(start * d, (start + rows) * d), rows, this.evalMode());
      visit(rows);
    }
  }

  /** Evaluation-mode forward options: the current dropout ratios and variant (the book's variant scales at test). */
  private evalMode(): ForwardOptions {
    const hp = this.run.hyper;
    return { train: false, dropout: hp.dropout, dropoutVariant: hp.dropoutVariant };
  }

  dispose(): void {}
}
