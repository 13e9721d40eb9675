// One worker pool per page: a core left to the page, but at least two workers on two cores, at most four (defaultPoolSize);
// created on first use and kept; sessions are multiplexed onto them.
import type { Envelope, Response, WorkerLike } from '../shared/protocol';

/** Starts one pooled training worker (the only place in src that constructs a Worker; Vite bundles it from this URL). */
export function spawnTrainerWorker(): WorkerLike {
  return new Worker(new URL('../thread/trainer.worker.ts', import.meta.url), { type: 'module', name: 'trainer' });
}

/**
 * min(hardwareConcurrency − 1, 4), but 2 on two or three cores (hardwareConcurrency unknown: 1). One core is left to the
 * page where that still leaves two workers; on two cores a single worker would make a population no faster than one run,
 * while the page's share of the work as a lesson trains is light (a chart drawn per frame), so both cores train. Measured
 * on a 2-core machine (npm run bench, R = 16 and 64): two workers gave 1.7–1.9× the samples/s of one.
 */
export function defaultPoolSize(hardwareConcurrency: number | undefined = globalThis.navigator?.hardwareConcurrency): number {
  if (hardwareConcurrency === undefined) return 1;
  return Math.max(1, Math.min(hardwareConcurrency - 1, 4), Math.min(hardwareConcurrency, 2));
}

export interface PoolOptions {
  /** Workers in the pool (default defaultPoolSize()). */
  size?: number;
  /** Starts one worker (default spawnTrainerWorker; fakes in Node tests). */
  spawn?: () => WorkerLike;
}

/** Which members of a population run on which worker: members start … start + count − 1 on `worker`. */
export interface Placement {
  worker: number;
  start: number;
  count: number;
}

type Listener = (event: MessageEvent | Event) => void;

/** One session's end of a pooled worker: a WorkerLike that tags what it posts with its session id and hears only its own replies. */
class SessionPort implements WorkerLike {
  readonly listeners: Record<'message' | 'error' | 'messageerror', Set<Listener>> = { message: new Set(), error: new Set(), messageerror: new Set() };

  constructor(
    private readonly owner: PooledWorker,
    readonly session: number,
  ) {}

  postMessage(message: unknown, transfer: Transferable[]): void {
    this.owner.worker.postMessage({ ...(message as object), session: this.session }, transfer);
  }

  /** Ends this session's side only (the client has posted its dispose); the worker stays for the next lesson. */
  terminate(): void {
    this.owner.ports.delete(this.session);
  }

  addEventListener(type: 'message' | 'error' | 'messageerror', listener: (event: never) => void): void {
    this.listeners[type].add(listener as Listener);
  }

  emit(type: 'message' | 'error' | 'messageerror', event: MessageEvent | Event): void {
    for (const l of this.listeners[type]) l(event);
  }
}

/** A worker of the pool and the sessions it holds. */
class PooledWorker {
  readonly ports = new Map<number, SessionPort>();
  dead = false;

  constructor(readonly worker: WorkerLike) {
    worker.addEventListener('message', (event) => {
      const data = event.data as Envelope<Response>;
      const { session, ...message } = data;
      this.ports.get(session)?.emit('message', new MessageEvent('message', { data: message }));
    });
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      this.dead = true;
      for (const port of [...this.ports.values()]) port.emit('error', event);
    });
    worker.addEventListener('messageerror', (event) => {
      for (const port of this.ports.values()) port.emit('messageerror', event);
    });
  }
}

/**
 * The page's training workers. Worker 0 owns the page's single GPU device: a population that may run on the
 * GPU goes there whole; CPU populations are split over every worker. A worker that crashed is replaced on
 * its next use; otherwise workers live as long as the page, across lessons.
 */
export class WorkerPool {
  readonly size: number;
  /** Workers constructed so far (the pool's size unless one crashed). */
  spawned = 0;
  private readonly spawn: () => WorkerLike;
  private readonly workers: (PooledWorker | null)[];
  private nextSession = 1;

  constructor(options: PoolOptions = {}) {
    this.size = Math.max(1, Math.floor(options.size ?? defaultPoolSize()));
    this.spawn = options.spawn ?? spawnTrainerWorker;
    this.workers = Array.from({ length: this.size }, () => null);
  }

  /** A new session on worker i (default: the least loaded), as a WorkerLike for a TrainerClient. */
  port(worker = this.leastLoaded()): WorkerLike {
    if (!Number.isInteger(worker) || worker < 0 || worker >= this.size) throw new RangeError(`no worker ${worker} in a pool of ${this.size}`);
    const owner = this.worker(worker);
    const port = new SessionPort(owner, this.nextSession++);
    owner.ports.set(port.session, port);
    return port;
  }

  /** Live sessions per worker. */
  load(): number[] {
    return this.workers.map((w) => (w && !w.dead ? w.ports.size : 0));
  }

  /** The worker with the fewest live sessions (ties: the highest index, so worker 0, which holds the GPU, is used last). */
  leastLoaded(): number {
    const load = this.load();
    let best = this.size - 1;
    for (let i = this.size - 1; i >= 0; i--) if (load[i] < load[best]) best = i;
    return best;
  }

  /**
   * Where `count` members run: on the GPU worker (0) whole, or split into contiguous ranges as even as possible
   * over at most `size` workers, the least loaded first.
   */
  place(count: number, gpu: boolean): Placement[] {
    if (!Number.isInteger(count) || count < 1) throw new RangeError(`a population needs at least one member, got ${count}`);
    if (gpu) return [{ worker: 0, start: 0, count }];
    const load = this.load();
    const order = Array.from({ length: this.size }, (_, i) => this.size - 1 - i).sort((a, b) => load[a] - load[b]);
    const parts = Math.min(count, this.size);
    const out: Placement[] = [];
    let start = 0;
    for (let k = 0; k < parts; k++) {
      const n = Math.floor(count / parts) + (k < count % parts ? 1 : 0);
      out.push({ worker: order[k], start, count: n });
      start += n;
    }
    return out;
  }

  /** Terminates every worker (tests; a page keeps its pool). */
  dispose(): void {
    for (const w of this.workers) w?.worker.terminate();
    this.workers.fill(null);
  }

  private worker(i: number): PooledWorker {
    let w = this.workers[i];
    if (!w || w.dead) {
      w?.worker.terminate(); // a crashed worker may still hold resources (a GPU device)
      w = new PooledWorker(this.spawn());
      this.spawned++;
      this.workers[i] = w;
    }
    return w;
  }
}

let page: WorkerPool | null = null;

/** The page's pool, created on first use. */
export function pagePool(): WorkerPool {
  page ??= new WorkerPool();
  return page;
}
