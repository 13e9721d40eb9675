// One pooled worker's side: sessions multiplexed by id (each a TrainerSession), sharing the worker's data cache.
import { DataCache } from './dataCache';
import { isRequest, type Envelope, type Response } from '../shared/protocol';
import { TrainerSession, type SessionHost } from './session';

/** What the worker host needs (the worker global in the browser, fakes in tests): a session host without close and data. */
export type WorkerHostEnv = Omit<SessionHost, 'close' | 'data' | 'post'> & {
  /** Posts a message to the page, transferring the listed buffers. */
  post(message: Envelope<Response>, transfer: Transferable[]): void;
};

/**
 * Routes each message `{session, ...request}` to its session, created on the session's first message and
 * forgotten after its dispose. Every reply and event carries the session id back.
 */
export class WorkerHost {
  private readonly sessions = new Map<number, TrainerSession>();
  readonly data: DataCache;

  constructor(private readonly env: WorkerHostEnv) {
    this.data = new DataCache(env.loadMnist);
  }

  /** Live sessions (for tests and diagnostics). */
  get size(): number {
    return this.sessions.size;
  }

  /** Handles one message from the page; never throws. */
  handle(message: unknown): void {
    const session = (message as { session?: unknown } | null)?.session;
    if (typeof session !== 'number' || !isRequest(message)) {
      this.env.post({ type: 'error', session: typeof session === 'number' ? session : -1, error: { code: 'invalid', message: 'not a pooled trainer request' } }, []);
      return;
    }
    let s = this.sessions.get(session);
    if (!s) {
      s = new TrainerSession({
        ...this.env,
        post: (m, transfer) => this.env.post({ ...m, session }, transfer),
        data: (descriptor, onProgress) => this.data.get(descriptor, onProgress),
        close: () => this.sessions.delete(session),
      });
      this.sessions.set(session, s);
    }
    s.handle(message);
  }

  /** Reports an error that escaped every handler to every session's page side. */
  reportError(error: unknown): void {
    for (const s of this.sessions.values()) s.reportError(error);
  }
}
