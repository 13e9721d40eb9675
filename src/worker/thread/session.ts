// The worker side of the protocol: owns one population (a single run is one member), runs it with its session loop, batches metrics, answers requests.
import { activationHistograms } from '../../engine/experiments/activationHistograms';
import type { Population, PopulationReport, Progress, TrainData } from '../../engine/train';
import type { BackendStatus } from '../../engine/backendStatus';
import { createBestPopulation } from '../../gpu/backend';
import { destroySharedDevice } from '../../gpu/device';
import { buildData, DataLoadError, type MnistLoader } from '../shared/data/buildData';
import { answerMember, type MemberRequest } from './memberRequests';
import { PendingMetrics } from './pendingMetrics';
import {
  STREAM_DEFAULTS,
  isRequest,
  toErrorInfo,
  type CreateResult,
  type DataDescriptor,
  type RequestOf,
  type Response,
  type LoadPhase,
  type RunMode,
  type RunState,
  type StepResult,
  type StreamOptions,
  type WorkerErrorInfo,
} from '../shared/protocol';
import { SessionLoop, type LoopTarget } from './sessionLoop';

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
  /** Builds (or takes from a cache) the splits a descriptor names; default: buildData with loadMnist. */
  data?: (descriptor: DataDescriptor, onProgress: (received: number, total: number) => void) => Promise<TrainData>;
  /** Ends the session's side (after dispose): the worker itself in a dedicated worker, the session's slot in a pooled one. */
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
 * One training session: a population (a single run is a population of one member). Feed it every message
 * from the page with handle(); it answers through host.post. Metrics go out per member.
 * While running it takes steps for at most sliceMs, then yields so that control messages (pause, setHyper,
 * step, reset) are handled between slices; metrics go out at most every intervalMs, and always before a
 * reply or status message, so the page sees a step's metrics before the reply that covers it.
 */
export class TrainerSession {
  private trainer: Population | null = null;
  /** The data set of the population (set with it). */
  private data: TrainData | null = null;
  private target: LoopTarget<PopulationReport> | null = null;
  private mode: RunMode = 'idle';
  /** What a loading session does now (see LoadPhase). */
  private phase: LoadPhase = 'data';
  private stream: Required<StreamOptions> = STREAM_DEFAULTS;
  /** Incremented by every create, so a slow data load that a later create superseded is dropped. */
  private generation = 0;

  private pending = new PendingMetrics(0, 0);
  private lastFlush = -Infinity;
  private pendingStep: PendingStep | null = null;
  private readonly loop: SessionLoop<PopulationReport>;

  constructor(private readonly host: SessionHost) {
    this.loop = new SessionLoop(host, () => this.stream, {
      record: (report, trainMs) => this.pending.record(report, trainMs, this.stream.every),
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
          const members = message.member === undefined ? this.all() : [message.member];
          for (const m of members) trainer.setHyper(m, message.update);
          this.reply(id, trainer.getHyper(members[0]));
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
        case 'prefetchMnist':
          this.host.loadMnist({ baseUrl: message.baseUrl }).then(
            () => this.reply(id, null),
            (error: unknown) => this.fail(id, errorInfo(new DataLoadError(error))),
          );
          return;
        case 'debugLoseGpu':
          this.reply(id, destroySharedDevice());
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

  private async answerAsync(message: MemberRequest): Promise<void> {
    try {
      const [result, transfer] = await answerMember(this.need(), this.data!, message);
      this.reply(message.id, result, transfer);
    } catch (error) {
      this.fail(message.id, errorInfo(error));
    }
  }

  private async create(message: RequestOf<'create'>): Promise<void> {
    const generation = ++this.generation;
    this.stopRun('paused');
    this.release();
    this.phase = 'data';
    this.setMode('loading');
    const superseded = () => this.fail(message.id, { code: 'superseded', message: 'a later create replaced this one' });
    try {
      this.stream = { ...STREAM_DEFAULTS, ...message.stream };
      const onProgress = (received: number, total: number) => {
        if (generation === this.generation) this.post({ type: 'loading', received, total });
      };
      const data = await (this.host.data ?? ((d, p) => buildData(d, this.host.loadMnist, p)))(message.data, onProgress);
      if (generation !== this.generation) return superseded();
      const { trainer, backendStatus } = await this.makeTrainer(message, data, generation);
      if (generation !== this.generation) {
        trainer.dispose();
        return superseded();
      }
      this.data = data;
      this.adopt(trainer);
      const layers = trainer.layouts[0].layers.length;
      this.setMode('paused');
      const result: CreateResult = {
        backend: trainer.backend,
        backendStatus: backendStatus(),
        layers,
        params: trainer.layouts[0].size,
        members: trainer.size,
        hyper: trainer.getHyper(0),
        progress: trainer.progress(0),
        sizes: { train: data.train.n, validation: data.validation?.n ?? 0, test: data.test?.n ?? 0, d: data.train.d },
        stepColumns: this.pending.columns,
      };
      this.reply(message.id, result);
    } catch (error) {
      if (generation !== this.generation) return superseded();
      this.setMode('idle');
      this.fail(message.id, errorInfo(error));
    }
  }

  /**
   * The population of a create request (one member {seed, hyper} unless members are given), on the backend
   * the policy (gpu/backend.ts) picks for message.backend, or the CPU status the page already decided. Reports the
   * 'compiling' phase unless a later create (another generation) has superseded this one.
   */
  private async makeTrainer(message: RequestOf<'create'>, data: TrainData, generation: number): Promise<{ trainer: Population; backendStatus: () => BackendStatus }> {
    // The create reply carries the status current when the session adopts the population (a device lost while the
    // pipelines compiled has already moved it to the CPU); later changes go out as 'backend' messages.
    let created: Population | null = null;
    let latest: BackendStatus | null = null;
    const onBackend = (status: BackendStatus) => {
      latest = status;
      if (created !== null && this.trainer === created) this.post({ type: 'backend', status });
    };
    const members = message.members ?? [{ seed: message.seed ?? 0, hyper: message.hyper }];
    const { population, status } = await createBestPopulation(message.spec, data, members, message.options, {
      backend: message.backend ?? 'auto',
      decided: message.decided,
      gpu: typeof navigator === 'undefined' ? undefined : navigator.gpu,
      onBackend,
      onCompile: () => generation === this.generation && this.setPhase('compiling'),
    });
    created = population;
    return { trainer: population, backendStatus: () => latest ?? status };
  }

  /** Makes `trainer` the session's: its metric columns, writers and loop target. */
  private adopt(trainer: Population): void {
    this.trainer = trainer;
    this.pending = new PendingMetrics(trainer.size, trainer.layouts[0].layers.length);
    this.loop.trainMs = 0;
    this.target = {
      step: () => trainer.step(1),
      flush: () => trainer.flush(),
      position: () => Math.max(...this.all().map((m) => trainer.progress(m).step)),
      done: () => this.allStopped(),
    };
  }

  /** Every member's index. */
  private all(): number[] {
    return Array.from({ length: this.trainer?.size ?? 0 }, (_, m) => m);
  }

  /** Whether every member has stopped. */
  private allStopped(): boolean {
    const t = this.trainer;
    return t !== null && this.all().every((m) => t.progress(m).stopped !== null);
  }

  /** Frees the population; the loop drops anything still coming from it. */
  private release(): void {
    this.loop.detach();
    this.trainer?.dispose();
    this.trainer = null;
    this.target = null;
  }

  private start(message: RequestOf<'start'>): void {
    this.need();
    this.finishStepRequest();
    if (this.mode === 'stopped' || this.allStopped()) {
      this.reply(message.id, this.status());
      return;
    }
    this.setMode('running');
    this.loop.run(this.target!, message.untilStep ?? Infinity, message.stepsPerSecond ?? 0);
    this.reply(message.id, this.status());
  }

  private step(message: RequestOf<'step'>): void {
    this.need();
    const n = message.n;
    if (!Number.isInteger(n) || n < 0) throw new RangeError(`step count must be a non-negative integer, got ${n}`);
    if (this.mode === 'running') this.stopRun('paused');
    this.finishStepRequest();
    const startStep = this.target!.position();
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
    trainer.reset(undefined, message.seed);
    this.pending.clear();
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

  /** Posts each member's pending metrics (if any) as transferred buffers. */
  private flush(): void {
    this.lastFlush = this.host.now();
    const trainer = this.trainer;
    if (!trainer) return;
    for (const m of this.pending.take((member) => trainer.progress(member))) this.host.post(m, [m.steps.buffer, m.epochs.buffer]);
  }

  /**
   * Ends a run or step request: flushes the metrics, sets the mode (a stopped trainer stays 'stopped'),
   * posts a status message when the mode changed, and answers a pending step request.
   */
  private stopRun(mode: 'paused' | 'stopped', error?: WorkerErrorInfo): void {
    const wasRunning = this.mode === 'running';
    if (this.trainer) this.flush();
    this.loop.cancel();
    if (this.allStopped()) mode = 'stopped';
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
    const taken = (this.target?.position() ?? pending.startStep) - pending.startStep;
    this.reply(pending.id, { taken, status: this.status() } satisfies StepResult);
  }

  /** A new phase of a loading session, posted as a status (the page says what it waits for). */
  private setPhase(phase: LoadPhase): void {
    if (this.mode !== 'loading' || this.phase === phase) return;
    this.phase = phase;
    this.post({ type: 'status', status: this.status() });
  }

  private setMode(mode: RunMode): void {
    if (this.mode === mode) return;
    this.mode = mode;
    if (!this.pendingStep || mode !== 'paused') this.post({ type: 'status', status: this.status() });
  }

  private status(): RunState {
    const t = this.trainer;
    if (!t) return this.mode === 'loading' ? { mode: this.mode, phase: this.phase, progress: null } : { mode: this.mode, progress: null };
    const members: Progress[] = this.all().map((m) => t.progress(m));
    return { mode: this.mode, progress: members[0], members };
  }

  private need(): Population {
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
