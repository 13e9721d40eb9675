// The page side of the training worker: a promise-based client, metric events, and ring buffers for charts.
import type { HistogramParams } from '../../engine/experiments/activationHistograms';
import type { BackendStatus } from '../../engine/backendStatus';
import type { DropoutMask, EvalReport, HistogramOptions, HyperUpdate, LayerHistogram, Progress, SplitName, TrainHyper } from '../../engine/train';
import { MemberView } from './memberView';
import { pageDataUrl } from './dataUrl';
import { pagePool } from './pool';
import { RingTable, type Subscribable } from './ringTable';
import {
  EPOCH_COLUMNS,
  stepColumns,
  type ActivationHistogramsResult,
  type BatchNormTraceResult,
  type CreateResult,
  type EpochColumn,
  type MetricsMessage,
  type RequestMap,
  type RequestType,
  type Response,
  type RunState,
  type StepResult,
  type UnitOutputsResult,
  type ConfusionResult,
  type PredictionsResult,
  type AugmentSamples,
  type WorkerErrorCode,
  type WorkerErrorInfo,
  type WorkerLike,
} from '../shared/protocol';

/** A failed request or a problem the worker reported; `code` says which (see WorkerErrorCode). */
export class TrainerError extends Error {
  readonly code: WorkerErrorCode;
  readonly file?: string;
  readonly loadCode?: string;

  constructor(info: WorkerErrorInfo) {
    super(info.message);
    this.name = 'TrainerError';
    this.code = info.code;
    this.file = info.file;
    this.loadCode = info.loadCode;
  }
}

/** The events a client emits. */
export interface TrainerEvents {
  /** New metrics, already appended to the rings. */
  metrics: MetricsMessage;
  /** The run's mode changed (running, paused, stopped — e.g. diverged, with progress.divergedAt —, loading, idle). */
  status: RunState;
  /** MNIST download progress, in bytes. */
  loading: { received: number; total: number };
  /** A problem not tied to a request: an exception while running, or the worker failing or crashing. */
  error: TrainerError;
  /** The backend training the run changed (e.g. the GPU was lost and the CPU engine took over). */
  backend: BackendStatus;
}

export interface TrainerClientOptions {
  /** The worker (or pooled session) to talk to (default: a new session on the page pool's least loaded worker). */
  worker?: WorkerLike;
  /** Rows kept in the per-step ring (default 8192). */
  stepCapacity?: number;
  /** Rows kept in the per-epoch ring (default 1024). */
  epochCapacity?: number;
}

type Listener<T> = (value: T) => void;
type Create = RequestMap['create']['fields'];

/**
 * Drives one training session (on a pooled worker, or a worker of its own). Every method returns a promise that settles with the worker's reply and
 * rejects with a TrainerError; the promises are pre-marked as handled, so a call that is not awaited never
 * raises an unhandled rejection (await it to see its error). Per-step and per-epoch metrics land in
 * `steps` and `epochs` (ring buffers; columns in protocol.ts) before the 'metrics' event fires; charts
 * read them through useRingSubscription(client, draw), never through React state. The client itself is
 * Subscribable: it notifies after metrics, resets, creates and status changes.
 */
export class TrainerClient implements Subscribable {
  /** Per-step metrics of each member: step, epoch, trainMs, loss, dataLoss, accuracy, gradNorm, gradNorm<l>, weightNorm<l>. Replaced by create. */
  memberSteps: RingTable<string>[];
  /** Per-epoch metrics of each member (EPOCH_COLUMNS). Replaced by create. */
  memberEpochs: RingTable<EpochColumn>[];
  /** Where each member stands (from metrics and status messages). */
  memberProgress: (Progress | null)[] = [null];
  /** The last status the worker reported. */
  status: RunState = { mode: 'idle', progress: null };
  /** The last successful create's result. */
  info: CreateResult | null = null;
  /** Which backend trains the run and why (from create, then from 'backend' messages). */
  backendStatus: BackendStatus | null = null;
  version = 0;

  private readonly worker: WorkerLike;
  private readonly stepCapacity: number;
  private readonly epochCapacity: number;
  private readonly pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: TrainerError) => void }>();
  private readonly listeners: { [K in keyof TrainerEvents]: Set<Listener<TrainerEvents[K]>> } = {
    metrics: new Set(),
    status: new Set(),
    loading: new Set(),
    error: new Set(),
    backend: new Set(),
  };
  private readonly subscribers = new Set<() => void>();
  private nextId = 1;
  /** Counts create calls; metrics are dropped from a create call until its reply (they belong to the previous trainer). */
  private creates = 0;
  private acceptMetrics = true;
  /** Set once the worker is gone (disposed or failed): every later request rejects with it. */
  private ended: WorkerErrorInfo | null = null;

  constructor(options: TrainerClientOptions = {}) {
    this.stepCapacity = options.stepCapacity ?? 8192;
    this.epochCapacity = options.epochCapacity ?? 1024;
    this.memberSteps = [new RingTable(stepColumns(1), this.stepCapacity)];
    this.memberEpochs = [new RingTable(EPOCH_COLUMNS, this.epochCapacity)];
    this.worker = options.worker ?? pagePool().port();
    this.worker.addEventListener('message', (event) => this.receive(event.data as Response));
    this.worker.addEventListener('error', (event) => {
      event.preventDefault();
      const message = (event as ErrorEvent).message || 'the training worker failed to start or crashed';
      this.fatal({ code: 'worker', message });
    });
    this.worker.addEventListener('messageerror', () => this.emit('error', new TrainerError({ code: 'internal', message: 'a worker message could not be read' })));
  }

  /** Member 0's per-step metrics (the single run's). */
  get steps(): RingTable<string> {
    return this.memberSteps[0];
  }

  /** Member 0's per-epoch metrics (the single run's). */
  get epochs(): RingTable<EpochColumn> {
    return this.memberEpochs[0];
  }

  /** A view of member i: its rings, progress and per-member requests. */
  member(i: number): MemberView {
    return new MemberView(this, i);
  }

  /**
   * Builds the data in the worker and creates a trainer (replacing any previous one); clears the rings.
   * MNIST without a baseUrl loads from the page's own data/ folder.
   */
  create(fields: Create): Promise<CreateResult> {
    let data = fields.data;
    if (data.kind === 'mnist' && !data.baseUrl) data = { ...data, baseUrl: pageDataUrl() };
    this.info = null;
    const members = fields.members?.length ?? 1;
    this.memberSteps = Array.from({ length: members }, () => new RingTable(stepColumns(fields.spec.hidden.length + 1), this.stepCapacity));
    this.memberEpochs = Array.from({ length: members }, () => new RingTable(EPOCH_COLUMNS, this.epochCapacity));
    this.memberProgress = Array.from({ length: members }, () => null);
    this.notify();
    const token = ++this.creates;
    this.acceptMetrics = false;
    const settled = () => {
      if (token === this.creates) this.acceptMetrics = true;
    };
    const reply = this.request('create', { ...fields, data });
    reply.catch(settled);
    return handled(
      reply.then((result) => {
        settled();
        this.info = result;
        this.backendStatus = result.backendStatus;
        if (result.stepColumns.join() !== this.steps.columns.join()) {
          this.memberSteps = this.memberSteps.map(() => new RingTable(result.stepColumns, this.stepCapacity));
          this.notify();
        }
        return result;
      }),
    );
  }

  /** Trains until pause(), a stop (divergence, early stopping, epoch budget) or `untilStep`; at most stepsPerSecond when given. */
  start(options: { untilStep?: number; stepsPerSecond?: number } = {}): Promise<RunState> {
    return this.request('start', options);
  }

  pause(): Promise<RunState> {
    return this.request('pause', {});
  }

  /** Takes n updates (pausing a run first); resolves after their metrics are in the rings. */
  step(n = 1): Promise<StepResult> {
    return this.request('step', { n });
  }

  /** Changes one member's hyperparameters, or every member's when member is undefined. */
  setHyper(update: HyperUpdate, member?: number): Promise<TrainHyper> {
    return this.request('setHyper', { update, member });
  }

  /** Pauses and goes back to step 0 (fresh weights from the seed, or a new seed); clears the rings when done. */
  reset(seed?: number): Promise<RunState> {
    return handled(
      this.request('reset', { seed }).then((status) => {
        for (const ring of [...this.memberSteps, ...this.memberEpochs]) ring.clear();
        // The reply is the state at step 0; no status message follows when the run was paused already.
        this.status = status;
        if (status.members) this.memberProgress = status.members;
        this.notify();
        return status;
      }),
    );
  }

  /** The per-member requests answer for `member` (default 0, the single run). */
  evaluate(splits?: SplitName[], member?: number): Promise<EvalReport> {
    return this.request('evaluate', { splits, member });
  }

  dropoutMasks(member?: number): Promise<DropoutMask[]> {
    return this.request('dropoutMasks', { member });
  }

  histograms(options?: HistogramOptions, member?: number): Promise<LayerHistogram[]> {
    return this.request('histograms', { options, member });
  }

  getParams(member?: number): Promise<Float32Array> {
    return this.request('getParams', { member });
  }

  /** Hidden layer `layer`'s batch norm on the member's last mini-batch (see RequestMap.batchNormTrace). */
  batchNormTrace(layer: number, singles?: number, member?: number): Promise<BatchNormTraceResult> {
    return this.request('batchNormTrace', { layer, singles, member });
  }

  /**
   * Every hidden unit's output and the network's output at `points` (m×inputSize row-major) through the member's current
   * state in evaluation mode (see RequestMap.unitOutputs). `points` is copied, not transferred: the caller keeps it.
   */
  unitOutputs(points: Float32Array, member?: number): Promise<UnitOutputsResult> {
    return this.request('unitOutputs', { points, member });
  }

  /** The member's confusion counts on a labelled split, default 'test' (see RequestMap.confusion). */
  confusion(split?: SplitName, member?: number): Promise<ConfusionResult> {
    return this.request('confusion', { split, member });
  }

  /** The member's argmax class and its softmax probability per row of a split, default 'train' (see RequestMap.predictions). */
  predictions(split?: SplitName, member?: number): Promise<PredictionsResult> {
    return this.request('predictions', { split, member });
  }

  /** The first `count` rows of the member's next mini-batch, as they are and augmented (see RequestMap.augmentSamples). */
  augmentSamples(count: number, member?: number): Promise<AugmentSamples> {
    return this.request('augmentSamples', { count, member });
  }

  /** The initialization lesson's activation histograms, computed in the worker (needs no trainer). */
  activationHistograms(params: HistogramParams): Promise<ActivationHistogramsResult> {
    return this.request('activationHistograms', { params });
  }

  /** Test hook: destroys the GPU device of this session's worker (see RequestMap.debugLoseGpu); true when there was one. */
  debugLoseGpu(): Promise<boolean> {
    return this.request('debugLoseGpu', {});
  }

  /** Ends the session (a pooled worker stays for the next one); pending and later requests reject with code 'disposed'. Safe to call twice. */
  dispose(): void {
    if (this.ended) return;
    this.worker.postMessage({ type: 'dispose', id: this.nextId++ }, []);
    this.worker.terminate();
    this.fatal({ code: 'disposed', message: 'the trainer was disposed' });
  }

  /** Adds an event listener; returns its remover. */
  on<K extends keyof TrainerEvents>(type: K, listener: Listener<TrainerEvents[K]>): () => void {
    this.listeners[type].add(listener);
    return () => this.listeners[type].delete(listener);
  }

  subscribe(listener: () => void): () => void {
    this.subscribers.add(listener);
    return () => this.subscribers.delete(listener);
  }

  private notify(): void {
    this.version++;
    for (const s of this.subscribers) s();
  }

  private emit<K extends keyof TrainerEvents>(type: K, value: TrainerEvents[K]): void {
    for (const listener of this.listeners[type]) listener(value);
  }

  private request<K extends RequestType>(type: K, fields: RequestMap[K]['fields']): Promise<RequestMap[K]['result']> {
    if (this.ended) return handled(Promise.reject(new TrainerError(this.ended)));
    const id = this.nextId++;
    const promise = new Promise<RequestMap[K]['result']>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
    });
    this.worker.postMessage({ ...fields, type, id }, []);
    return handled(promise);
  }

  private receive(message: Response): void {
    if (this.ended) return;
    switch (message.type) {
      case 'reply': {
        const entry = this.pending.get(message.id);
        if (!entry) return;
        this.pending.delete(message.id);
        if (message.ok) entry.resolve(message.result);
        else entry.reject(new TrainerError(message.error));
        return;
      }
      case 'metrics': {
        const m = message.member ?? 0;
        if (!this.acceptMetrics || !this.memberSteps[m]) return;
        this.rewind(m, message);
        this.memberSteps[m].pushBlock(message.stepColumns, message.steps, message.stepCount);
        this.memberEpochs[m].pushBlock(EPOCH_COLUMNS, message.epochs, message.epochCount);
        this.memberProgress[m] = message.progress;
        if (m === 0) this.status = { ...this.status, progress: message.progress };
        this.notify();
        this.emit('metrics', message);
        return;
      }
      case 'status':
        this.status = message.status;
        if (message.status.members) this.memberProgress = message.status.members;
        this.notify();
        this.emit('status', message.status);
        return;
      case 'loading':
        this.emit('loading', { received: message.received, total: message.total });
        return;
      case 'error':
        this.emit('error', new TrainerError(message.error));
        return;
      case 'backend':
        this.backendStatus = message.status;
        if (this.info) this.info = { ...this.info, backend: message.status.backend, backendStatus: message.status };
        this.notify();
        this.emit('backend', message.status);
        return;
    }
  }

  /**
   * A run that went back to an earlier state (a lost GPU resumes on the CPU from its last snapshot) reports steps
   * the rings already hold: rows from the first reported step on are dropped, so the rings hold one history.
   */
  private rewind(m: number, message: MetricsMessage): void {
    const first = Math.min(
      message.stepCount > 0 ? message.steps[message.stepColumns.indexOf('step')] : Infinity,
      message.epochCount > 0 ? message.epochs[EPOCH_COLUMNS.indexOf('step')] : Infinity,
    );
    if (!(first <= this.memberSteps[m].last('step') || first <= this.memberEpochs[m].last('step'))) return;
    this.memberSteps[m].truncateFrom('step', first);
    this.memberEpochs[m].truncateFrom('step', first);
  }

  /** Rejects every pending request with `info` and stops listening; 'worker' failures are also emitted. */
  private fatal(info: WorkerErrorInfo): void {
    const error = new TrainerError(info);
    this.ended = info;
    for (const entry of this.pending.values()) entry.reject(error);
    this.pending.clear();
    this.status = { mode: 'idle', progress: this.status.progress };
    if (info.code !== 'disposed') this.emit('error', error);
  }
}

/** The same promise, with a no-op rejection handler attached so an un-awaited call is never an unhandled rejection. */
function handled<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}
