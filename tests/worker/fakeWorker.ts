// A Worker stand-in for Node tests: a TrainerSession on the same thread, messages structured-cloned (with transfer) in FIFO macrotasks.
import type { MnistSplits } from '../../src/worker/shared/data/loadMnist';
import type { Response, WorkerLike } from '../../src/worker/shared/protocol';
import { TrainerSession, type SessionHost } from '../../src/worker/thread/session';
import { WorkerHost } from '../../src/worker/thread/workerHost';
import { loadMnistBytesNode } from '../helpers/mnistNode';

type Handler = (event: Event) => void;

/** The fake worker, the session behind it, and every message the session posted. */
export interface FakeWorker extends WorkerLike {
  session: TrainerSession;
  posted: Response[];
  terminated: boolean;
  closed: boolean;
  /** Fires an 'error' event at the page side, as a crashed worker would. */
  crash(message: string): void;
}

/** Options of fakeWorker: the MNIST loader (default: the verified public/data files read in Node). */
export interface FakeWorkerOptions {
  loadMnist?: SessionHost['loadMnist'];
}

export function fakeWorker(options: FakeWorkerOptions = {}): FakeWorker {
  const handlers: Record<string, Handler[]> = { message: [], error: [], messageerror: [] };
  const worker: FakeWorker = {
    posted: [],
    terminated: false,
    closed: false,
    session: undefined as unknown as TrainerSession,
    postMessage(message, transfer) {
      if (worker.terminated) return;
      const copy = structuredClone(message, { transfer });
      setImmediate(() => !worker.terminated && !worker.closed && worker.session.handle(copy));
    },
    terminate() {
      worker.terminated = true;
    },
    addEventListener(type: string, listener: (event: MessageEvent) => void) {
      handlers[type].push(listener as Handler);
    },
    crash(message) {
      const event = Object.assign(new Event('error', { cancelable: true }), { message });
      for (const h of handlers.error) h(event);
    },
  };
  const loadMnist = options.loadMnist ?? (async (): Promise<MnistSplits> => loadMnistBytesNode());
  worker.session = new TrainerSession({
    post(message, transfer) {
      const copy = structuredClone(message, { transfer });
      worker.posted.push(copy);
      setImmediate(() => {
        if (worker.terminated) return;
        for (const h of handlers.message) h(new MessageEvent('message', { data: copy }));
      });
    },
    now: () => performance.now(),
    yieldTo: (fn) => void setImmediate(fn),
    delay: (fn, ms) => void setTimeout(fn, ms),
    loadMnist,
    close() {
      worker.closed = true;
    },
  });
  return worker;
}

/** A pooled-worker stand-in: a WorkerHost (sessions by id, one data cache) on the same thread, messages cloned in FIFO macrotasks. */
export interface FakePooledWorker extends WorkerLike {
  host: WorkerHost;
  terminated: boolean;
}

export function fakePooledWorker(options: FakeWorkerOptions = {}): FakePooledWorker {
  const handlers: Record<string, Handler[]> = { message: [], error: [], messageerror: [] };
  const worker: FakePooledWorker = {
    terminated: false,
    host: undefined as unknown as WorkerHost,
    postMessage(message, transfer) {
      if (worker.terminated) return;
      const copy = structuredClone(message, { transfer });
      setImmediate(() => !worker.terminated && worker.host.handle(copy));
    },
    terminate() {
      worker.terminated = true;
    },
    addEventListener(type: string, listener: (event: MessageEvent) => void) {
      handlers[type].push(listener as Handler);
    },
  };
  worker.host = new WorkerHost({
    post(message, transfer) {
      const copy = structuredClone(message, { transfer });
      setImmediate(() => {
        if (worker.terminated) return;
        for (const h of handlers.message) h(new MessageEvent('message', { data: copy }));
      });
    },
    now: () => performance.now(),
    yieldTo: (fn) => void setImmediate(fn),
    delay: (fn, ms) => void setTimeout(fn, ms),
    loadMnist: options.loadMnist ?? (async (): Promise<MnistSplits> => loadMnistBytesNode()),
  });
  return worker;
}
