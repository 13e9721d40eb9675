// Augmented mini-batches for the GPU trainer, as uploaded batches: the worker's CPU augments each member's rows (engine
// augmentBatch, the same bits the CPU trainer uses) into a staging area, one submit uploads them, and layer 0 reads them.
import { augmentActive, augmentBatch, augmentScratch, type AugmentScratch } from '../../engine/data/augment';
import type { Dataset, TrainHyper } from '../../engine/train/types';
import { backwardGroups, forwardGroups, type BackwardGroups, type ForwardGroups, type SplitBuffers } from './bindings';
import type { GpuResources } from './resources';
import { MAX_PASSES } from './types';
import type { GpuWorkspace } from '../workspace';

/** Bytes of augmented rows one submit may carry (the slots per submit follow from R · maxBatch · d). */
const AUG_BYTES = 32 * 1024 * 1024;

/**
 * Training passes that read their layer-0 inputs from uploaded rows: slot s, member i, batch row r is row (s·R + i)·B + r of
 * `x` (B = maxBatch), and `idx` maps each batch-index position (idxOffset + i·B + r, as the dense kernels read it) to that row.
 * The loss still reads the targets through the real batch indices, so labels are those of the data rows.
 */
export class AugmentUpload {
  readonly slots: number;
  readonly x: GPUBuffer;
  readonly idx: GPUBuffer;
  readonly xStage: Float32Array;
  readonly idxStage: Uint32Array;
  readonly fwd: ForwardGroups;
  readonly back: BackwardGroups;
  /** The training workspace its bind groups use (a reallocation of it makes this upload stale). */
  readonly ws: GpuWorkspace;
  private readonly scratch: AugmentScratch;
  private readonly d: number;

  constructor(private readonly r: GpuResources, train: Dataset) {
    const R = r.members;
    const B = r.maxBatch;
    this.d = train.d;
    this.ws = r.trainWs;
    this.slots = Math.max(1, Math.min(MAX_PASSES, Math.floor(AUG_BYTES / (R * B * train.d * 4))));
    this.x = r.bufs.storage('augmented batch rows (slot × member × row)', this.slots * R * B * train.d * 4);
    this.idx = r.bufs.storage('augmented batch row of each batch-index position', MAX_PASSES * R * B * 4);
    this.xStage = new Float32Array(this.slots * R * B * train.d);
    this.idxStage = new Uint32Array(MAX_PASSES * R * B);
    const input: SplitBuffers = { ...(r.splitBufs.train as SplitBuffers), x: this.x };
    this.fwd = forwardGroups(r, r.trainWs, input, 'train (augmented)', this.idx);
    this.back = backwardGroups(r, r.trainWs, { x: this.x, idx: this.idx });
    this.scratch = augmentScratch(28);
  }

  /**
   * Member i's rows of the pass in slot `slot` (its batch `rows` of `train`, augmented when `hyper.augment` is on, copied
   * otherwise), keyed by (seed, epoch, data row); idxOffset is the pass's batch-index offset.
   */
  write(slot: number, i: number, idxOffset: number, train: Dataset, rows: Uint32Array, hyper: TrainHyper, seed: number, epoch: number): void {
    const { d } = this;
    const B = this.r.maxBatch;
    const first = (slot * this.r.members + i) * B;
    const out = this.xStage.subarray(first * d, (first + rows.length) * d);
    if (augmentActive(hyper.augment)) {
      const side = hyper.augment.side ?? 28;
      const scratch = this.scratch.ex.length === side * side ? this.scratch : augmentScratch(side);
      augmentBatch(train.x, d, rows, hyper.augment, seed, epoch, out, scratch);
    } else {
      for (let r = 0; r < rows.length; r++) out.set(train.x.subarray(rows[r] * d, (rows[r] + 1) * d), r * d);
    }
    for (let r = 0; r < rows.length; r++) this.idxStage[idxOffset + i * B + r] = first + r;
  }

  /** Uploads `slots` slots of rows and the index map up to `idxRows` positions. */
  upload(slots: number, idxRows: number): void {
    const q = this.r.device.queue;
    const { d } = this;
    const rows = slots * this.r.members * this.r.maxBatch;
    q.writeBuffer(this.x, 0, this.xStage.buffer, this.xStage.byteOffset, rows * d * 4);
    q.writeBuffer(this.idx, 0, this.idxStage.buffer, 0, idxRows * 4);
  }

  dispose(): void {
    this.r.bufs.release(this.x);
    this.r.bufs.release(this.idx);
  }
}
