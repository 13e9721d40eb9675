// Periodic state snapshots (parameters, running statistics, optimizer state) copied back with a submit: where a CPU fallback resumes.
import type { ParamLayout } from '../../engine/nn/spec';
import { OPTIMIZERS } from '../../engine/optimizers';
import type { TrainerState } from '../../engine/train/types';
import type { GpuResources } from './resources';
import type { Counters } from './types';

/** Optimizer arrays (layout.size each). */
export interface OptArrays {
  v: Float32Array;
  s: Float32Array;
  dx: Float32Array;
}

/** A snapshot copy in flight. */
export interface Snapshot {
  staging: GPUBuffer;
  counters: Counters;
  ready: Promise<void>;
  error: unknown;
  /** Starts the read-back (after the submit that copies into staging). */
  map(): void;
}

/** A TrainerState as the CPU engine writes it: arrays the optimizer does not use are empty. */
export function composeState(c: Counters, params: Float32Array, running: Float32Array, opt: OptArrays | null, layout: ParamLayout): TrainerState {
  const arrays = opt ?? { v: new Float32Array(layout.size), s: new Float32Array(layout.size), dx: new Float32Array(layout.size) };
  const uses = OPTIMIZERS[c.optimizer].uses;
  const { optimizer, t, ...rest } = c;
  const empty = new Float32Array(0);
  return {
    ...rest,
    params,
    running,
    optimizer: { name: optimizer, t, v: uses.v ? arrays.v : empty, s: uses.s ? arrays.s : empty, dx: uses.dx ? arrays.dx : empty },
  };
}

/** One staging buffer for snapshots, used at most every snapshotMs; `synced` is the last state known on the CPU side. */
export class Snapshots {
  synced: TrainerState | null = null;
  private staging: GPUBuffer | null = null;
  private busy = false;
  private lastAt = -Infinity;

  constructor(
    private readonly r: GpuResources,
    private readonly everyMs: number,
  ) {}

  /** Encodes a copy of the whole state into the staging buffer when one is due and none is in flight. */
  encode(encoder: GPUCommandEncoder, counters: Counters): Snapshot | null {
    const now = performance.now();
    if (this.busy || now - this.lastAt < this.everyMs) return null;
    const { r } = this;
    const P = r.layout.size * 4;
    const head = P + r.layout.runningSize * 4;
    if (!this.staging) this.staging = r.bufs.staging('snapshot staging', head + 3 * P);
    const staging = this.staging;
    encoder.copyBufferToBuffer(r.state, 0, staging, 0, head);
    encoder.copyBufferToBuffer(r.optV, 0, staging, head, P);
    encoder.copyBufferToBuffer(r.optS, 0, staging, head + P, P);
    encoder.copyBufferToBuffer(r.optDx, 0, staging, head + 2 * P, P);
    this.busy = true;
    this.lastAt = now;
    const snap: Snapshot = {
      staging,
      counters,
      ready: Promise.resolve(),
      error: null,
      map: () => {
        snap.ready = staging.mapAsync(GPUMapMode.READ).then(
          () => undefined,
          (e: unknown) => {
            snap.error = e;
          },
        );
      },
    };
    return snap;
  }

  /**
   * Once `snap` is read back: keeps it as `synced` when `valid()` still holds, with `counters()` instead of the
   * snapshot's own where `override` (a divergence found since), then frees the staging buffer.
   */
  finish(snap: Snapshot, valid: () => boolean, disposed: () => boolean, override: () => Counters | null): void {
    void snap.ready.then(() => {
      if (disposed() || snap.staging !== this.staging) return;
      if (!snap.error && valid()) this.take(snap, override() ?? snap.counters);
      if (!snap.error) snap.staging.unmap();
      this.busy = false;
    });
  }

  private take(snap: Snapshot, counters: Counters): void {
    const all = new Float32Array(snap.staging.getMappedRange());
    const P = this.r.layout.size;
    const R = this.r.layout.runningSize;
    this.synced = composeState(
      counters,
      all.slice(0, P),
      all.slice(P, P + R),
      { v: all.slice(P + R, 2 * P + R), s: all.slice(2 * P + R, 3 * P + R), dx: all.slice(3 * P + R, 4 * P + R) },
      this.r.layout,
    );
  }
}
