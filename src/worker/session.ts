// The worker side of the protocol: owns one trainer, trains in time slices, batches metrics, answers requests.
import { activationHistograms } from '../engine/experiments/activationHistograms';
import type { StepReport, Trainer, TrainData } from '../engine/train';
import { createBestTrainer, type BackendStatus } from '../gpu/backend';
import { buildData, DataLoadError, type MnistLoader } from './buildData';
import { RowBuilder, stepRowWriter, writeEpochRow, type RowWriter, type Timed } from './metricRows';
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
import { RunLoop, type LoopTarget } from './runLoop';
import type { StepMetrics } from '../engine/train';

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
  private target: LoopTarget<StepReport> | null = null;
  private mode: RunMode = 'idle';
  private stream: Required<StreamOptions> = STREAM_DEFAULTS;
  /** Incremented by every create, so a slow data load that a later create superseded is dropped. */
  private generation = 0;

  private columns: string[] = [];
  private writeStep: RowWriter<Timed<StepMetrics>> = stepRowWriter([]);
  private steps = new RowBuilder(1);
  private epochs = new RowBuilder(EPOCH_COLUMNS.length);
  private lastFlush = -Infinity;
  private pendingStep: PendingStep | null = null;
  private readonly loop: RunLoop<StepReport>;

  constructor(private readonly host: SessionHost) {
    this.loop = new RunLoop(host, () => this.stream, {
      record: (report, trainMs) => this.record(report, trainMs),
      flush: (force) => {
        if (force || this.host.now() - this.lastFlush >= this.stream.intervalMs) this.flush();
      },
      end: (mode) => this.stopRun(mode),
      fail: (info) => {
        this.stopRun('paused', info);
        this.post({ type: 'error', error: info });
      },
    });
  }

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
        case 'activationHistograms': {
          const t0 = this.host.now();
          const layers = activationHistograms(message.params);
          this.reply(id, { layers, ms: this.host.now() - t0 }, layers.map((l) => l.counts.buffer));
          return;
        }
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
    this.release();
    this.setMode('loading');
    const superseded = () => this.fail(message.id, { code: 'superseded', message: 'a later create replaced this one' });
    try {
      this.stream = { ...STREAM_DEFAULTS, ...message.stream };
      const onProgress = (received: number, total: number) => {
        if (generation === this.generation) this.post({ type: 'loading', received, total });
      };
      const data = await buildData(message.data, this.host.loadMnist, onProgress);
      if (generation !== this.generation) return superseded();
      const { trainer, backendStatus } = await this.makeTrainer(message, data);
      if (generation !== this.generation) {
        trainer.dispose();
        return superseded();
      }
      this.adopt(trainer);
      const layers = trainer.layout.layers.length;
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
      if (generation !== this.generation) return superseded();
      this.setMode('idle');
      this.fail(message.id, errorInfo(error));
    }
  }

  /**
   * The trainer for a create request, on the backend the policy (gpu/backend.ts) picks for message.backend.
   * A run that starts on the CPU is driven directly (synchronous updates); a GPU run through its manager, which
   * hands it to the CPU engine if the device is lost.
   */
  private async makeTrainer(message: RequestOf<'create'>, data: TrainData): Promise<{ trainer: Trainer; backendStatus: BackendStatus }> {
    // Later changes only (a lost device); the first status goes back in the create reply.
    let created: Trainer | null = null;
    const onBackend = (status: BackendStatus) => {
      if (created !== null && this.trainer === created) this.post({ type: 'backend', status });
    };
    const gpu = typeof navigator === 'undefined' ? undefined : navigator.gpu;
    const managed = await createBestTrainer(message.spec, data, message.hyper, message.seed ?? 0, message.options, {
      backend: message.backend ?? 'auto',
      gpu,
      onBackend,
    });
    created = managed.cpu ?? managed;
    return { trainer: created, backendStatus: managed.status };
  }

  /** Makes `trainer` the session's: its metric columns, writers and loop target. */
  private adopt(trainer: Trainer): void {
    this.trainer = trainer;
    this.columns = stepColumns(trainer.layout.layers.length);
    this.writeStep = stepRowWriter(this.columns);
    this.steps = new RowBuilder(this.columns.length);
    this.epochs = new RowBuilder(EPOCH_COLUMNS.length);
    this.loop.trainMs = 0;
    this.target = {
      step: () => trainer.step(1),
      flush: () => trainer.flush(),
      position: () => trainer.progress().step,
      done: (report) => report.stopped !== null,
    };
  }

  /** Frees the trainer; the loop drops anything still coming from it. */
  private release(): void {
    this.loop.detach();
    this.trainer?.dispose();
    this.trainer = null;
    this.target = null;
  }

  private start(message: RequestOf<'start'>): void {
    const trainer = this.need();
    this.finishStepRequest();
    if (this.mode === 'stopped' || trainer.progress().stopped !== null) {
      this.reply(message.id, this.status());
      return;
    }
    this.setMode('running');
    this.loop.run(this.target!, message.untilStep ?? Infinity, message.stepsPerSecond ?? 0);
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
    this.mode = 'running';
    this.loop.run(this.target!, startStep + n, 0);
  }

  private reset(message: RequestOf<'reset'>): void {
    const trainer = this.need();
    this.stopRun('paused');
    trainer.reset(message.seed);
    this.steps.rows = 0;
    this.epochs.rows = 0;
    this.loop.trainMs = 0;
    this.setMode('paused');
    this.reply(message.id, this.status());
  }

  private dispose(id: number): void {
    this.generation++;
    this.stopRun('paused');
    this.release();
    this.mode = 'idle';
    this.reply(id, null);
    this.host.close();
  }

  /** Appends a report's step and epoch metrics to the pending blocks. */
  private record(report: StepReport, trainMs: number): void {
    const every = this.stream.every;
    for (const m of report.steps) {
      if (every > 1 && m.step % every !== 0 && report.stopped === null) continue;
      this.steps.push(this.writeStep, { m, trainMs });
    }
    for (const m of report.epochs) this.epochs.push(writeEpochRow, { m, trainMs });
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
    this.loop.cancel();
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
