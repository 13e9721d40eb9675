// Augmented mini-batches for a GPU population, two paths to the same rows: the kernel path (augment.wgsl makes each member's
// rows on the GPU from the training rows already there; only a small record per member and pass goes up) and the upload
// path (the worker's CPU augments with engine augmentBatch, the same bits the CPU trainer uses, into a staging area that
// one writeBuffer per submit uploads). Layer 0 reads the rows either way. The population's kernels decide (augmentPath() when
// they were compiled: the upload, faster on SwiftShader; bench/augment.ts measures both).
import { augmentActive, augmentBatch, augmentScratch, type AugmentScratch } from '../../engine/data/augment';
import type { Dataset, TrainHyper } from '../../engine/train/types';
import { AUG_REC, AUG_TAPS, augmentGrid, fieldWords, kernelAugments, writeAugRec } from '../kernels/augment';
import { backwardGroups, forwardGroups, type BackwardGroups, type ForwardGroups, type SplitBuffers } from './bindings';
import type { GpuResources } from './resources';
import type { SubmitStaging } from './staging';
import type { TrainWorkspace } from './trainWorkspace';
import { MAX_PASSES } from './types';

/** Bytes of augmented rows one submit may carry (the slots per submit follow from R · maxBatch · d). */
const AUG_BYTES = 32 * 1024 * 1024;

/**
 * Training passes that read their layer-0 inputs from augmented rows: slot s, member i, batch row r is row (s·R + i)·B + r of
 * `x` (B = train.rows), and `idx` maps each batch-index position (idxOffset + i·B + r, as the dense kernels read it) to that row.
 * The loss still reads the targets through the real batch indices, so labels are those of the data rows.
 */
export class AugmentUpload {
  readonly slots: number;
  readonly x: GPUBuffer;
  readonly idx: GPUBuffer;
  readonly idxStage: Uint32Array;
  readonly fwd: ForwardGroups;
  readonly back: BackwardGroups;
  /** The training workspace its bind groups use (a larger one replacing it makes this upload stale). */
  readonly train: TrainWorkspace;
  /** Whether the kernel makes the rows (else the CPU augments them and they are uploaded). */
  readonly onGpu: boolean;
  private readonly d: number;
  // Upload path: the rows' staging area.
  private readonly xStage: Float32Array;
  private readonly scratch: AugmentScratch;
  // Kernel path: a record and taps per pass slot and member, their staging copies, the kernel's bind group.
  private readonly recs: GPUBuffer | null = null;
  private readonly taps: GPUBuffer | null = null;
  private readonly recStage: ArrayBuffer;
  private readonly recView: DataView;
  private readonly tapStage: Float32Array;
  private readonly field: GPUBuffer | null = null;
  private readonly fieldGroups: GPUBindGroup[] = [];
  private readonly group: GPUBindGroup | null = null;
  private readonly side: number;
  private elastic = false;
  private readonly written: boolean[];
  private passes = 0;

  constructor(
    private readonly r: GpuResources,
    private readonly staging: SubmitStaging,
    ws: TrainWorkspace,
    train: Dataset,
  ) {
    const R = r.members;
    const B = ws.rows;
    this.d = train.d;
    this.train = ws;
    const side = (this.side = Math.round(Math.sqrt(train.d)));
    const kernels = r.kernels.augment;
    this.onGpu = kernels !== null && side * side === train.d && kernelAugments(side);
    this.slots = Math.max(1, Math.min(MAX_PASSES, Math.floor(AUG_BYTES / (R * B * train.d * 4))));
    this.x = r.bufs.storage('augmented batch rows (slot × member × row)', this.slots * R * B * train.d * 4);
    this.idx = r.bufs.storage('augmented batch row of each batch-index position', MAX_PASSES * R * B * 4);
    this.idxStage = new Uint32Array(MAX_PASSES * R * B);
    this.xStage = new Float32Array(this.onGpu ? 0 : this.slots * R * B * train.d);
    this.scratch = augmentScratch(this.onGpu ? 1 : 28);
    this.recStage = new ArrayBuffer(this.onGpu ? MAX_PASSES * R * AUG_REC.size : 0);
    this.recView = new DataView(this.recStage);
    this.tapStage = new Float32Array(this.onGpu ? MAX_PASSES * R * AUG_TAPS : 0);
    this.written = new Array<boolean>(R).fill(false);
    if (kernels && this.onGpu) {
      this.recs = r.bufs.storage('augment records (pass × member)', this.recStage.byteLength);
      this.taps = r.bufs.storage('augment elastic taps (pass × member)', this.tapStage.byteLength);
      const x = (r.splitBufs.train as SplitBuffers).x;
      const { recs, taps } = this;
      const field = (this.field = r.bufs.storage('augment elastic fields (member × row)', R * B * fieldWords(side) * 4));
      this.fieldGroups = kernels.field.map((k, p) => k.bind(r.device, `elastic field ${p}`, { recs, taps, batchIdx: ws.batchIdx, field }));
      this.group = kernels.warp.bind(r.device, 'augmented rows', { recs, field, x, batchIdx: ws.batchIdx, out: this.x });
    }
    const input: SplitBuffers = { ...(r.splitBufs.train as SplitBuffers), x: this.x };
    this.fwd = forwardGroups(r, ws.ws, input, 'train (augmented)', ws.batchIdx, this.idx);
    this.back = backwardGroups(r, ws.ws, ws.batchIdx, { x: this.x, idx: this.idx });
  }

  /**
   * Member i's rows of the pass in slot `slot` (its batch `rows` of `train`, augmented when `hyper.augment` is on, copied
   * otherwise), keyed by (seed, epoch, data row); idxOffset is the pass's batch-index offset, passSlot its uniform slot.
   * The kernel path only records what to make; encode() dispatches it.
   */
  write(slot: number, i: number, idxOffset: number, train: Dataset, rows: Uint32Array, hyper: TrainHyper, seed: number, epoch: number, passSlot = 0): void {
    const { d } = this;
    const B = this.train.rows;
    const first = (slot * this.r.members + i) * B;
    if (this.onGpu) {
      const side = Math.round(Math.sqrt(d));
      writeAugRec(this.recView, this.tapStage, passSlot * this.r.members + i, hyper.augment, rows.length, first, seed, epoch, side);
      this.written[i] = true;
      if ((hyper.augment?.elastic ?? 0) > 0) this.elastic = true;
      this.passes = Math.max(this.passes, passSlot + 1);
    } else {
      const out = this.xStage.subarray(first * d, (first + rows.length) * d);
      if (augmentActive(hyper.augment)) {
        const side = hyper.augment.side ?? 28;
        const scratch = this.scratch.ex.length === side * side ? this.scratch : augmentScratch(side);
        augmentBatch(train.x, d, rows, hyper.augment, seed, epoch, out, scratch);
      } else {
        for (let r = 0; r < rows.length; r++) out.set(train.x.subarray(rows[r] * d, (rows[r] + 1) * d), r * d);
      }
    }
    for (let r = 0; r < rows.length; r++) this.idxStage[idxOffset + i * B + r] = first + r;
  }

  /** Kernel path: dispatches the pass's rows (`rows`: its largest batch) before its forward; members not written make none. */
  encode(pass: GPUComputePassEncoder, offset: number, passSlot: number, rows: number): void {
    const kernels = this.r.kernels.augment;
    if (!this.onGpu || !this.group || !kernels) return;
    const R = this.r.members;
    for (let i = 0; i < R; i++) {
      if (!this.written[i]) AUG_REC.write(this.recView, (passSlot * R + i) * AUG_REC.size, { on: 0, rows: 0, side: 0, shift: 0, rotate: 0, alpha: 0, radius: 0, noise: 0, seed: 0, stream: 0, outRow: 0, pad0: 0 });
      this.written[i] = false;
    }
    this.passes = Math.max(this.passes, passSlot + 1);
    const { field, warp } = kernels;
    const y = Math.max(1, rows);
    if (this.elastic) field.forEach((k, p) => this.staging.dispatch(pass, k, this.fieldGroups[p], offset, augmentGrid(this.side, 2), y, R));
    this.elastic = false;
    this.staging.dispatch(pass, warp, this.group, offset, augmentGrid(this.side, 1), y, R);
  }

  /** Uploads `slots` slots of rows (upload path) or the passes' records (kernel path), and the index map up to `idxRows` positions. */
  upload(slots: number, idxRows: number): void {
    const q = this.r.device.queue;
    const { d } = this;
    if (this.onGpu) {
      const R = this.r.members;
      q.writeBuffer(this.recs as GPUBuffer, 0, this.recStage, 0, this.passes * R * AUG_REC.size);
      q.writeBuffer(this.taps as GPUBuffer, 0, this.tapStage.buffer, 0, this.passes * R * AUG_TAPS * 4);
      this.passes = 0;
    } else {
      const rows = slots * this.r.members * this.train.rows;
      q.writeBuffer(this.x, 0, this.xStage.buffer, this.xStage.byteOffset, rows * d * 4);
    }
    q.writeBuffer(this.idx, 0, this.idxStage.buffer, 0, idxRows * 4);
  }

  dispose(): void {
    this.r.bufs.release(this.x);
    this.r.bufs.release(this.idx);
    if (this.recs) this.r.bufs.release(this.recs);
    if (this.taps) this.r.bufs.release(this.taps);
    if (this.field) this.r.bufs.release(this.field);
  }
}
