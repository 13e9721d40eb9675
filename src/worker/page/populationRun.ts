// The one client lessons use: a population (a single run is one member) placed on the page's worker pool by the backend policy.
import type { MemberConfig } from '../../engine/train/populationTypes';
import { preDecide } from '../../gpu/backendRules';
import type { BackendChoice, BackendStatus } from '../../engine/backendStatus';
import { detectBackend } from '../../gpu/device';
import { TrainerClient, TrainerError } from './client';
import { MemberView } from './memberView';
import { pagePool, type WorkerPool } from './pool';
import type { CreateResult, LoadPhase, RequestMap, RunMode } from '../shared/protocol';

/** A population to train: the shared architecture, data and options, and one MemberConfig per network. */
export type PopulationConfig = Omit<RequestMap['create']['fields'], 'seed' | 'hyper' | 'members' | 'decided'> & { members: MemberConfig[] };

/** Modes, least advanced first: the population's mode is the least advanced of its parts'. */
const MODE_ORDER: RunMode[] = ['loading', 'idle', 'running', 'paused', 'stopped'];

/** The least advanced of some modes ('idle' for none). */
export function leastAdvanced(modes: readonly RunMode[]): RunMode {
  return MODE_ORDER.find((m) => modes.includes(m)) ?? 'idle';
}

/** What a population run reports to the page. */
export interface PopulationEvents {
  status: RunMode;
  loading: { received: number; total: number };
  error: TrainerError;
  backend: BackendStatus;
}

/**
 * A population on the pool. create() asks the backend policy where it may run (gpu/backend.ts preDecide, on the
 * page's one adapter detection): a population that may use the GPU goes whole to the worker holding the GPU
 * device; a CPU population is split over the pool's workers. Control calls go to every part; `members` are the
 * per-network views, in member order, once created. dispose() frees the sessions; the workers stay in the pool.
 */
export class PopulationRun {
  members: MemberView[] = [];
  parts: TrainerClient[] = [];
  private readonly listeners: { [K in keyof PopulationEvents]: Set<(v: PopulationEvents[K]) => void> } = {
    status: new Set(),
    loading: new Set(),
    error: new Set(),
    backend: new Set(),
  };
  private disposed = false;

  constructor(
    readonly config: PopulationConfig,
    private readonly pool: WorkerPool = pagePool(),
  ) {
    if (config.members.length < 1) throw new RangeError('a population needs at least one member, got an empty member list');
  }

  /** Places the members and creates every part; resolves with the create result of each member's part, in member order. */
  async create(): Promise<CreateResult[]> {
    const choice: BackendChoice = this.config.backend ?? 'auto';
    const decided = preDecide(choice, choice === 'cpu' ? null : await detectBackend());
    if (this.disposed) throw new TrainerError({ code: 'disposed', message: 'the population was disposed' });
    const placement = this.pool.place(this.config.members.length, decided === null);
    this.parts = placement.map((p) => new TrainerClient({ worker: this.pool.port(p.worker) }));
    this.members = placement.flatMap((p, k) => Array.from({ length: p.count }, (_, i) => new MemberView(this.parts[k], i)));
    for (const part of this.parts) {
      part.on('status', () => this.emit('status', this.mode));
      part.on('loading', (v) => this.emit('loading', v));
      part.on('error', (e) => this.emit('error', e));
      part.on('backend', (s) => this.emit('backend', s));
    }
    const { members, ...shared } = this.config;
    const results = await Promise.all(
      placement.map((p, k) => this.parts[k].create({ ...shared, members: members.slice(p.start, p.start + p.count), decided })),
    );
    return placement.flatMap((p, k) => Array.from({ length: p.count }, () => results[k]));
  }

  /** The least advanced part's mode. */
  get mode(): RunMode {
    return leastAdvanced(this.parts.map((c) => c.status.mode));
  }

  /** While loading: 'compiling' when a part compiles its GPU programs, else 'data'. */
  get phase(): LoadPhase {
    return this.parts.some((c) => c.status.mode === 'loading' && c.status.phase === 'compiling') ? 'compiling' : 'data';
  }

  /**
   * The control calls resolve once every part has answered (a rejection is already handled: await to see it).
   * stepsPerSecond > 0: each part takes at most that many updates per second.
   */
  start(options: { stepsPerSecond?: number } = {}): Promise<unknown> {
    return settled(this.parts.map((c) => c.start(options)));
  }

  /** Pauses the parts that run. */
  pause(): Promise<unknown> {
    // Every part, not only those already reported 'running': a pause right after start must not miss a run whose status is on its way.
    return settled(this.parts.map((c) => c.pause()));
  }

  /** n updates on every member (in slices), resolving after their metrics are in the rings. */
  step(n: number): Promise<unknown> {
    return settled(this.parts.map((c) => c.step(n)));
  }

  reset(): Promise<unknown> {
    return settled(this.parts.map((c) => c.reset()));
  }

  on<K extends keyof PopulationEvents>(type: K, listener: (v: PopulationEvents[K]) => void): () => void {
    this.listeners[type].add(listener);
    return () => this.listeners[type].delete(listener);
  }

  /** Stops and frees every part's session (its networks, buffers and metrics); the pool keeps its workers. */
  dispose(): void {
    this.disposed = true;
    for (const c of this.parts) c.dispose();
    for (const set of Object.values(this.listeners)) set.clear();
  }

  private emit<K extends keyof PopulationEvents>(type: K, value: PopulationEvents[K]): void {
    for (const l of this.listeners[type]) l(value);
  }
}

/** All of them, with the rejection pre-handled so an un-awaited call never raises an unhandled rejection. */
function settled(promises: Promise<unknown>[]): Promise<unknown> {
  const all = Promise.all(promises);
  all.catch(() => undefined);
  return all;
}
