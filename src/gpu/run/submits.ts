// The submit loop's ring: one command buffer per submit, its metrics copied to one of RING staging buffers, read back in submit order.
import type { AugmentUpload } from './augmentUpload';
import type { GpuResources } from './resources';
import type { SubmitStaging } from './staging';
import type { TrainWorkspace } from './trainWorkspace';
import { GpuLostError, RING, type PassTag } from './types';

/** A submit being encoded. */
export interface OpenSubmit {
  encoder: GPUCommandEncoder;
  pass: GPUComputePassEncoder;
  tags: PassTag[];
  passes: number;
  steps: number;
  evals: number;
  /** Batch-index positions used, and the training workspace they are in (null: no training pass). */
  idxRows: number;
  train: TrainWorkspace | null;
  /** Slots of uploaded (augmented) batch rows used, and the upload they are in (AugmentUpload). */
  augSlots: number;
  aug: AugmentUpload | null;
}

/** A submit in flight: its staging buffer, what each record means, and when it finished. */
export interface SubmitRecord {
  gen: number;
  staging: GPUBuffer;
  /** Bytes of metrics records mapped. */
  bytes: number;
  tags: PassTag[];
  steps: number;
  evals: number;
  submittedAt: number;
  doneAt: number;
  done: boolean;
  error: unknown;
  ready: Promise<void>;
}

/** What the run loop does with a read-back that is still valid (not from before a restart): decode its records. */
export interface RecordHandler {
  records(rec: SubmitRecord, words: Float32Array): void;
}

/**
 * A small pool of staging buffers (the webgpu-samples read-back pattern): a submit takes a free one, its
 * mapAsync resolves when the GPU is done, processing unmaps it and gives it back. Records are processed in order.
 */
export class SubmitRing {
  /** Bumped on restart and dispose: read-backs of an older generation are dropped. */
  gen = 0;
  submits = 0;
  /** Why the device became unusable (a read-back failed), or null. */
  failure: string | null = null;
  disposed = false;
  private readonly records: SubmitRecord[] = [];
  private readonly free: GPUBuffer[] = [];

  constructor(
    private readonly r: Pick<GpuResources, 'device' | 'bufs' | 'metrics' | 'members' | 'record'>,
    private readonly staging: SubmitStaging,
    private readonly handler: RecordHandler,
  ) {
    for (let i = 0; i < RING; i++) this.free.push(r.bufs.staging(`metrics staging ${i}`, r.metrics.size));
  }

  /** Starts a submit once a staging buffer is free (processing finished read-backs, waiting for the oldest if all are busy). */
  async open(): Promise<OpenSubmit> {
    this.drain();
    while (!this.free.length) {
      await this.records[0].ready;
      this.drain();
    }
    const encoder = this.r.device.createCommandEncoder({ label: 'gpu-trainer: steps' });
    const pass = encoder.beginComputePass({ label: 'gpu-trainer: steps' });
    return { encoder, pass, tags: [], passes: 0, steps: 0, evals: 0, idxRows: 0, train: null, augSlots: 0, aug: null };
  }

  abandon(sub: OpenSubmit): void {
    sub.pass.end();
    sub.encoder.finish();
  }

  /** Ends the pass, copies the metrics to a ring buffer, uploads the submit's staging (pass uniforms, member records, class weights, batch indices, rows), submits, and starts the read-back. */
  close(sub: OpenSubmit): void {
    sub.pass.end();
    if (sub.passes === 0) {
      sub.encoder.finish();
      return;
    }
    const { r } = this;
    const staging = this.free.pop() as GPUBuffer;
    const bytes = sub.passes * r.members * r.record.stride * 4;
    sub.encoder.copyBufferToBuffer(r.metrics, 0, staging, 0, bytes);
    this.staging.upload(sub.passes, true);
    if (sub.idxRows && sub.train) sub.train.uploadIndices(sub.idxRows);
    if (sub.aug && sub.augSlots) sub.aug.upload(sub.augSlots, sub.idxRows);
    r.device.queue.submit([sub.encoder.finish()]);
    this.submits++;
    const rec: SubmitRecord = {
      gen: this.gen,
      staging,
      bytes,
      tags: sub.tags,
      steps: sub.steps,
      evals: sub.evals,
      submittedAt: performance.now(),
      doneAt: 0,
      done: false,
      error: null,
      ready: Promise.resolve(),
    };
    rec.ready = staging.mapAsync(GPUMapMode.READ, 0, bytes).then(
      () => {
        rec.done = true;
        rec.doneAt = performance.now();
      },
      (e: unknown) => {
        rec.done = true;
        rec.error = e;
      },
    );
    this.records.push(rec);
  }

  /** Processes finished read-backs in submit order (never waits). */
  drain(): void {
    while (this.records.length && this.records[0].done) this.process(this.records.shift() as SubmitRecord);
  }

  /** Waits for every submit in flight and processes it. */
  async settle(): Promise<void> {
    while (this.records.length) {
      await this.records[0].ready;
      this.drain();
    }
  }

  private process(rec: SubmitRecord): void {
    if (rec.error) {
      this.failure = `read-back failed: ${String(rec.error)}`;
      throw new GpuLostError(this.failure);
    }
    const valid = rec.gen === this.gen && !this.disposed;
    if (valid) this.handler.records(rec, new Float32Array(rec.staging.getMappedRange(0, rec.bytes)));
    if (!this.disposed) {
      rec.staging.unmap();
      this.free.push(rec.staging);
    }
  }
}
