// The worker side of the protocol: owns one trainer, trains in time slices, batches metrics, answers requests.
import { createTrainer, type StepReport, type Trainer, type TrainData } from '../engine/train';
import { createBestTrainer, type BackendStatus } from '../gpu/backend';
import { detectBackend } from '../gpu/device';
import { buildData, DataLoadError, type MnistLoader } from './buildData';
import {
  EPOCH_COLUMNS,
  STREAM_DEFAULTS,
  isRequest,
  stepColumns,
  toErrorInfo,
  type CreateResult,
  type MetricsMessage,
  type RequestOf,
  type Response,
  type RunMode,
  type RunStatus,
  type StepResult,
  type StreamOptions,
  type WorkerErrorInfo,
} from './protocol';

/** What the session needs from its environment (the worker global in the browser, fakes in tests). */
export interface SessionHost {
  /** Posts a message to the page, transferring the listed buffers. */
  post(message: Response, transfer: Transferable[]): void;
  /** Milliseconds from a monotonic clock. */
  now(): number;
  /** Runs fn after the queued messages (a macrotask: MessageChannel in the worker). */
  yieldTo(fn: () => void): void;
  /** Runs fn after ms milliseconds (throttled runs). */
  delay(fn: () => void, ms: number): void;
  loadMnist: MnistLoader;
  /** Ends the worker (after dispose). */
  close(): void;
}

/** A growable row-major Float64Array block. */
class RowBuilder {
  rows = 0;
  private data: Float64Array;

  constructor(
    readonly stride: number,
    initialRows = 64,
  ) {
    this.data = new Float64Array(stride * initialRows);
  }

  /** The storage of a new row (valid until the next call). */
  next(): number {
    if ((this.rows + 1) * this.stride > this.data.length) {
      const bigger = new Float64Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    return this.rows++ * this.stride;
  }

  get buffer(): Float64Array {
    return this.data;
  }

  /** A copy of the rows so far (its own buffer, ready to transfer); empties the builder. */
  take(): Float64Array {
    const out = this.data.slice(0, this.rows * this.stride);
    this.rows = 0;
    return out;
  }
}

/** A request that needs a trainer arrived before create finished. */
class NotCreatedError extends Error {}

/** The protocol's error for anything a handler threw. */
function errorInfo(error: unknown): WorkerErrorInfo {
  if (error instanceof NotCreatedError) return { code: 'not-created', message: error.message };
  if (error instanceof DataLoadError) return { code: 'data-load', message: error.message, file: error.file, loadCode: error.loadCode };
  return toErrorInfo(error);
}

/** A step(n) request waiting for its updates. */
interface PendingStep {
  id: number;
  startStep: number;
}

/**
 * One training session. Feed it every message from the page with handle(); it answers through host.post.
 * While running it takes steps for at most sliceMs, then yields so that control messages (pause, setHyper,
 * step, reset) are handled between slices; metrics go out at most every intervalMs, and always before a
 * reply or status message, so the page sees a step's metrics before the reply that covers it.
 */
export class TrainerSession {
  private trainer: Trainer | null = null;
  private mode: RunMode = 'idle';
  private stream: Required<StreamOptions> = STREAM_DEFAULTS;
  /** Incremented by every create, so a slow data load that a later create superseded is dropped. */
  private generation = 0;

  private columns: string[] = [];
  private steps = new RowBuilder(1);
  private epochs = new RowBuilder(EPOCH_COLUMNS.length);
  private lastFlush = -Infinity;
  private trainMs = 0;

  private scheduled = false;
  /** Incremented when a run ends, so a slice scheduled for it (e.g. a throttled run's delay) does nothing. */
  private runToken = 0;
  /** The step at which the current run ends (start's untilStep or a step request's target). */
  private untilStep = Infinity;
  private stepsPerSecond = 0;
  private rateStart = 0;
  private rateStartStep = 0;
  private pendingStep: PendingStep | null = null;

  constructor(private readonly host: SessionHost) {}

  /** Handles one message from the page; never throws. */
  handle(message: unknown): void {
    if (!isRequest(message)) {
      this.post({ type: 'error', error: { code: 'invalid', message: 'not a trainer request' } });
      return;
    }
    const { id } = message;
    try {
      switch (message.type) {
        case 'create':
          void this.create(message);
          return;
        case 'dispose':
          this.dispose(id);
          return;
        case 'start':
          this.start(message);
          return;
        case 'pause':
          this.stopRun('paused');
          this.reply(id, this.status());
          return;
        case 'step':
          this.step(message);
          return;
        case 'setHyper': {
          const trainer = this.need();
          trainer.setHyper(message.update);
          this.reply(id, trainer.getHyper());
          return;
        }
        case 'reset':
          this.reset(message);
          return;
        default:
          void this.answerAsync(message);
      }
    } catch (error) {
      this.fail(id, errorInfo(error));
    }
  }

  /** Reports an error that escaped every handler (the worker's unhandledrejection / error events). */
  reportError(error: unknown): void {
    this.post({ type: 'error', error: toErrorInfo(error) });
  }

  private async answerAsync(message: RequestOf<'evaluate' | 'dropoutMasks' | 'histograms' | 'getParams'>): Promise<void> {
    try {
      const trainer = this.need();
      switch (message.type) {
        case 'evaluate':
          this.reply(message.id, await trainer.evaluate(message.splits));
          return;
        case 'dropoutMasks': {
          const masks = await trainer.dropoutMasks();
          this.reply(message.id, masks, masks.map((m) => m.mask.buffer));
          return;
        }
        case 'histograms': {
          const hists = await trainer.histograms(message.options);
          this.reply(message.id, hists, hists.map((h) => h.counts.buffer));
          return;
        }
        case 'getParams': {
          const params = await trainer.getParams();
          this.reply(message.id, params, [params.buffer]);
          return;
        }
      }
    } catch (error) {
      this.fail(message.id, errorInfo(error));
    }
  }

  private async create(message: RequestOf<'create'>): Promise<void> {
    const generation = ++this.generation;
    this.stopRun('paused');
    this.trainer?.dispose();
    this.trainer = null;
    this.setMode('loading');
    try {
      this.stream = { ...STREAM_DEFAULTS, ...message.stream };
      const onProgress = (received: number, total: number) => {
        if (generation === this.generation) this.post({ type: 'loading', received, total });
      };
      const data = await buildData(message.data, this.host.loadMnist, onProgress);
      if (generation !== this.generation) {
        this.fail(message.id, { code: 'superseded', message: 'a later create replaced this one' });
        return;
      }
      const { trainer, backendStatus } = await this.makeTrainer(message, data);
      if (generation !== this.generation) {
        trainer.dispose();
        this.fail(message.id, { code: 'superseded', message: 'a later create replaced this one' });
        return;
      }
      this.trainer = trainer;
      const layers = trainer.layout.layers.length;
      this.columns = stepColumns(layers);
      this.steps = new RowBuilder(this.columns.length);
      this.epochs = new RowBuilder(EPOCH_COLUMNS.length);
      this.trainMs = 0;
      this.setMode('paused');
      const result: CreateResult = {
        backend: trainer.backend,
        backendStatus,
        layers,
        params: trainer.layout.size,
        hyper: trainer.getHyper(),
        progress: trainer.progress(),
        sizes: { train: data.train.n, validation: data.validation?.n ?? 0, test: data.test?.n ?? 0, d: data.train.d },
        stepColumns: this.columns,
      };
      this.reply(message.id, result);
    } catch (error) {
      if (generation !== this.generation) {
        this.fail(message.id, { code: 'superseded', message: 'a later create replaced this one' });
        return;
      }
      this.setMode('idle');
      this.fail(message.id, errorInfo(error));
    }
  }

  /**
   * The trainer for a create request. 'cpu', no WebGPU, no adapter, or (under 'auto') a software adapter:
   * the CPU engine, synchronous. Otherwise the WebGPU engine, wrapped so a lost device continues on the CPU.
   * A software adapter is not measured under 'auto': compiling the pipelines alone takes seconds there,
   * and `npm run bench` shows the CPU engine an order of magnitude faster on SwiftShader.
   */
  private async makeTrainer(message: RequestOf<'create'>, data: TrainData): Promise<{ trainer: Trainer; backendStatus: BackendStatus }> {
    const want = message.backend ?? 'auto';
    const cpu = (status: BackendStatus) => ({
      trainer: createTrainer(message.spec, data, message.hyper, message.seed ?? 0, message.options) as Trainer,
      backendStatus: status,
    });
    if (want === 'cpu') return cpu({ backend: 'cpu', reason: 'requested-cpu' });
    const gpu = typeof navigator === 'undefined' ? undefined : navigator.gpu;
    const info = await detectBackend(gpu);
    if (info.kind === 'cpu') return cpu({ backend: 'cpu', reason: info.reason });
    if (want === 'auto' && info.fallback) return cpu({ backend: 'cpu', reason: 'software-adapter', adapter: info.name, fallbackAdapter: true });
    // Later changes only (a lost device); the first status goes back in the create reply.
    let managed: Trainer | null = null;
    const onBackend = (status: BackendStatus) => {
      if (managed !== null && this.trainer === managed) this.post({ type: 'backend', status });
    };
    const created = await createBestTrainer(message.spec, data, message.hyper, message.seed ?? 0, message.options, { backend: 'gpu', gpu, onBackend });
    managed = created;
    return { trainer: created, backendStatus: created.status };
  }

  private start(message: RequestOf<'start'>): void {
    const trainer = this.need();
    this.finishStepRequest();
    if (this.mode === 'stopped' || trainer.progress().stopped !== null) {
      this.reply(message.id, this.status());
      return;
    }
    this.untilStep = message.untilStep ?? Infinity;
    this.setRate(message.stepsPerSecond ?? 0);
    this.setMode('running');
    this.schedule();
    this.reply(message.id, this.status());
  }

  private step(message: RequestOf<'step'>): void {
    const trainer = this.need();
    const n = message.n;
    if (!Number.isInteger(n) || n < 0) throw new RangeError(`step count must be a non-negative integer, got ${n}`);
    if (this.mode === 'running') this.stopRun('paused');
    this.finishStepRequest();
    const startStep = trainer.progress().step;
    if (n === 0 || this.mode === 'stopped') {
      this.reply(message.id, { taken: 0, status: this.status() } satisfies StepResult);
      return;
    }
    this.pendingStep = { id: message.id, startStep };
    this.untilStep = startStep + n;
    this.setRate(0);
    this.mode = 'running';
    this.schedule();
  }

  private reset(message: RequestOf<'reset'>): void {
    const trainer = this.need();
    this.stopRun('paused');
    trainer.reset(message.seed);
    this.steps.rows = 0;
    this.epochs.rows = 0;
    this.trainMs = 0;
    this.setMode('paused');
    this.reply(message.id, this.status());
  }

  private dispose(id: number): void {
    this.generation++;
    this.stopRun('paused');
    this.trainer?.dispose();
    this.trainer = null;
    this.mode = 'idle';
    this.reply(id, null);
    this.host.close();
  }

  private setRate(stepsPerSecond: number): void {
    this.stepsPerSecond = stepsPerSecond > 0 && Number.isFinite(stepsPerSecond) ? stepsPerSecond : 0;
    this.rateStart = this.host.now();
    this.rateStartStep = this.trainer?.progress().step ?? 0;
  }

  private schedule(delayMs = 0): void {
    if (this.scheduled) return;
    this.scheduled = true;
    const token = this.runToken;
    const run = () => {
      if (token !== this.runToken) return;
      this.scheduled = false;
      this.slice();
    };
    if (delayMs > 0) this.host.delay(run, delayMs);
    else this.host.yieldTo(run);
  }

  /** Trains for up to sliceMs, then flushes metrics if intervalMs has passed and schedules the next slice. */
  private slice(): void {
    const trainer = this.trainer;
    if (this.mode !== 'running' || !trainer) return;
    const { sliceMs, intervalMs } = this.stream;
    const t0 = this.host.now();
    let now = t0;
    let waitMs = 0;
    try {
      for (;;) {
        const step = trainer.progress().step;
        if (step >= this.untilStep) {
          this.stopRun('paused');
          return;
        }
        if (this.stepsPerSecond > 0) {
          // Step k of the run (k = 1, 2, …) is due k/stepsPerSecond seconds after the start.
          const dueMs = ((step - this.rateStartStep + 1) * 1000) / this.stepsPerSecond;
          if (now - this.rateStart < dueMs) {
            waitMs = Math.max(1, Math.ceil(dueMs - (now - this.rateStart)));
            break;
          }
        }
        const before = now;
        const report = trainer.step(1);
        if (report instanceof Promise) {
          void this.sliceAsync(trainer, report, t0, before);
          return;
        }
        now = this.host.now();
        this.trainMs += now - before;
        this.record(report);
        if (report.stopped !== null) {
          this.stopRun('stopped');
          return;
        }
        if (now - t0 >= sliceMs) break;
      }
    } catch (error) {
      const info = toErrorInfo(error, 'internal');
      this.stopRun('paused', info);
      this.post({ type: 'error', error: info });
      return;
    }
    if (now - this.lastFlush >= intervalMs) this.flush();
    this.schedule(waitMs);
  }

  /**
   * The slice loop for a trainer whose step returns a promise (the WebGPU engine): the same rules, awaited.
   * Its metrics may arrive steps late (read back asynchronously); pausing or reaching untilStep drains them.
   */
  private async sliceAsync(trainer: Trainer, pending: Promise<StepReport>, t0: number, before: number): Promise<void> {
    const token = this.runToken;
    try {
      let report = await pending;
      for (;;) {
        const now = this.host.now();
        this.trainMs += now - before;
        if (this.trainer !== trainer) return;
        this.record(report);
        if (token !== this.runToken) {
          // Paused while the step ran: bring in the metrics still on their way and send them.
          await this.drain(trainer);
          this.flush();
          return;
        }
        if (report.stopped !== null) {
          await this.drain(trainer);
          this.stopRun('stopped');
          return;
        }
        if (trainer.progress().step >= this.untilStep) {
          await this.drain(trainer);
          this.stopRun('paused');
          return;
        }
        if (now - t0 >= this.stream.sliceMs) break;
        before = now;
        report = await trainer.step(1);
      }
    } catch (error) {
      if (this.trainer !== trainer) return;
      const info = toErrorInfo(error, 'internal');
      this.stopRun('paused', info);
      this.post({ type: 'error', error: info });
      return;
    }
    if (token !== this.runToken || this.trainer !== trainer) return;
    if (this.host.now() - this.lastFlush >= this.stream.intervalMs) this.flush();
    this.schedule();
  }

  /** Records the metrics an asynchronous trainer still holds (its flush), if it has any. */
  private async drain(trainer: Trainer): Promise<void> {
    if (this.trainer === trainer) this.record(await trainer.flush());
  }

  /** Appends a report's step and epoch metrics to the pending blocks. */
  private record(report: StepReport): void {
    const every = this.stream.every;
    for (const s of report.steps) {
      if (every > 1 && s.step % every !== 0 && report.stopped === null) continue;
      const o = this.steps.next();
      const b = this.steps.buffer;
      b[o] = s.step;
      b[o + 1] = s.epoch;
      b[o + 2] = this.trainMs;
      b[o + 3] = s.loss;
      b[o + 4] = s.dataLoss;
      b[o + 5] = s.accuracy;
      b[o + 6] = s.gradNorm;
      const L = s.gradNorms.length;
      for (let l = 0; l < L; l++) {
        b[o + 7 + l] = s.gradNorms[l];
        b[o + 7 + L + l] = s.weightNorms[l];
      }
    }
    for (const e of report.epochs) {
      const o = this.epochs.next();
      const b = this.epochs.buffer;
      b[o] = e.step;
      b[o + 1] = e.epoch;
      b[o + 2] = this.trainMs;
      b[o + 3] = e.train.loss;
      b[o + 4] = e.train.accuracy;
      b[o + 5] = e.validation?.loss ?? NaN;
      b[o + 6] = e.validation?.accuracy ?? NaN;
      b[o + 7] = e.test?.loss ?? NaN;
      b[o + 8] = e.test?.accuracy ?? NaN;
    }
  }

  /** Posts the pending metrics (if any) as transferred buffers. */
  private flush(): void {
    this.lastFlush = this.host.now();
    if (!this.trainer || (this.steps.rows === 0 && this.epochs.rows === 0)) return;
    const stepCount = this.steps.rows;
    const epochCount = this.epochs.rows;
    const steps = this.steps.take();
    const epochs = this.epochs.take();
    const message: MetricsMessage = {
      type: 'metrics',
      stepColumns: this.columns,
      steps,
      stepCount,
      epochs,
      epochCount,
      progress: this.trainer.progress(),
    };
    this.host.post(message, [steps.buffer, epochs.buffer]);
  }

  /**
   * Ends a run or step request: flushes the metrics, sets the mode (a stopped trainer stays 'stopped'),
   * posts a status message when the mode changed, and answers a pending step request.
   */
  private stopRun(mode: 'paused' | 'stopped', error?: WorkerErrorInfo): void {
    const wasRunning = this.mode === 'running';
    if (this.trainer) this.flush();
    this.runToken++;
    this.scheduled = false;
    this.untilStep = Infinity;
    if (this.trainer?.progress().stopped != null) mode = 'stopped';
    if (wasRunning || mode === 'stopped') this.setMode(mode);
    this.finishStepRequest(error);
  }

  /** Answers a pending step request with the updates taken so far (or the error that ended it). */
  private finishStepRequest(error?: WorkerErrorInfo): void {
    const pending = this.pendingStep;
    if (!pending) return;
    this.pendingStep = null;
    if (error) {
      this.fail(pending.id, error);
      return;
    }
    const taken = (this.trainer?.progress().step ?? pending.startStep) - pending.startStep;
    this.reply(pending.id, { taken, status: this.status() } satisfies StepResult);
  }

  private setMode(mode: RunMode): void {
    if (this.mode === mode) return;
    this.mode = mode;
    if (!this.pendingStep || mode !== 'paused') this.post({ type: 'status', status: this.status() });
  }

  private status(): RunStatus {
    return { mode: this.mode, progress: this.trainer?.progress() ?? null };
  }

  private need(): Trainer {
    if (!this.trainer) throw new NotCreatedError(this.mode === 'loading' ? 'the data set is still loading' : 'no trainer: send create first');
    return this.trainer;
  }

  private reply(id: number, result: unknown, transfer: Transferable[] = []): void {
    this.host.post({ type: 'reply', id, ok: true, result }, transfer);
  }

  private fail(id: number, error: WorkerErrorInfo): void {
    this.host.post({ type: 'reply', id, ok: false, error }, []);
  }

  private post(message: Response): void {
    this.host.post(message, []);
  }
}
