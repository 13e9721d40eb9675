// The training workspace of R members for batches of up to `rows` rows: activation and gradient buffers, the batch indices and their staging copy, the forward and backward bind groups. Replaced whole when the batch grows.
import { createWorkspace, type GpuWorkspace } from '../workspace';
import { backwardGroups, forwardGroups, type BackwardGroups, type ForwardGroups, type SplitBuffers } from './bindings';
import type { GpuResources } from './resources';
import { MAX_PASSES } from './types';

/**
 * Everything of a training pass that is sized by the batch: member m's rows of pass slot s use batch-index positions
 * idxOffset + m·rows (idxOffset = s·R·rows) and rows m·rows… of every workspace buffer. Immutable: a larger batch
 * makes a new one (replace), which releases this one's buffers; whatever was bound to them (AugmentUpload) is stale.
 */
export class TrainWorkspace {
  readonly ws: GpuWorkspace;
  /** Batch indices, MAX_PASSES × R × rows, and their staging copy (written as passes are encoded, uploaded per submit). */
  readonly batchIdx: GPUBuffer;
  readonly idxStage: Uint32Array;
  readonly fwd: ForwardGroups;
  readonly back: BackwardGroups;

  constructor(
    private readonly r: GpuResources,
    /** Rows reserved per member (the largest batch it holds). */
    readonly rows: number,
  ) {
    const R = r.members;
    this.batchIdx = r.bufs.storage('batch indices', MAX_PASSES * R * rows * 4);
    this.idxStage = new Uint32Array(MAX_PASSES * R * rows);
    this.ws = createWorkspace(r.bufs, r.spec, rows, true, 'train', R);
    this.fwd = forwardGroups(r, this.ws, r.splitBufs.train as SplitBuffers, 'train', this.batchIdx);
    this.back = backwardGroups(r, this.ws, this.batchIdx);
  }

  /** Uploads the first `count` batch-index positions; call before the submit. */
  uploadIndices(count: number): void {
    this.r.device.queue.writeBuffer(this.batchIdx, 0, this.idxStage.buffer, 0, count * 4);
  }

  /** This workspace if it holds `rows` rows per member; else a larger one, this one's buffers released. */
  fit(rows: number): TrainWorkspace {
    if (rows <= this.rows) return this;
    for (const b of this.ws.buffers) this.r.bufs.release(b);
    this.r.bufs.release(this.batchIdx);
    return new TrainWorkspace(this.r, rows);
  }
}
