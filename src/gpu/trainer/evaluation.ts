// Evaluation jobs on the GPU: a job's splits cut into evalRows chunks, one pass each, summed as their records come back.
import type { EvalReport, SplitMetrics, SplitName, TrainData } from '../../engine/train/types';
import type { ForwardGroups } from './bindings';
import { encodeForward, writePass, type PassBase } from './encode';
import type { GpuResources } from './resources';
import type { OpenSubmit } from './submits';
import type { EvalChunk, EvalJob, EvalSums } from './types';

/** The chunks waiting to be encoded, in order. */
export class EvalQueue {
  chunks: EvalChunk[] = [];

  constructor(
    private readonly r: GpuResources,
    private readonly data: TrainData,
  ) {}

  get length(): number {
    return this.chunks.length;
  }

  /** A job over `splits` (the training split capped at trainCap rows), its chunks queued; evaluation sees the parameters as of then. */
  add(kind: EvalJob['kind'], splits: readonly SplitName[], trainCap: number | undefined, epoch: number, step: number): EvalJob {
    const job: EvalJob = { kind, epoch, step, splits: [], sums: {}, remaining: 0 };
    for (const split of splits) {
      const data = this.data[split];
      if (!data) continue;
      job.splits.push(split);
      job.sums[split] = { loss: 0, correct: 0, n: 0 };
      const n = Math.min(data.n, split === 'train' ? trainCap ?? Infinity : Infinity);
      for (let start = 0; start < n; start += this.r.evalRows) {
        this.chunks.push({ job, split, firstRow: start, rows: Math.min(this.r.evalRows, n - start) });
        job.remaining++;
      }
    }
    return job;
  }

  /** Encodes the next chunk into `sub` (eval mode: no dropout, running statistics); returns it, or undefined when none is left. */
  encodeNext(sub: OpenSubmit, base: PassBase): EvalChunk | undefined {
    const chunk = this.chunks.shift();
    if (!chunk) return undefined;
    const slot = sub.passes++;
    const offset = writePass(this.r, slot, base, { rows: chunk.rows, firstRow: chunk.firstRow, invRows: 1 / chunk.rows });
    encodeForward(this.r, sub.pass, this.r.evalFwd[chunk.split] as ForwardGroups, offset, chunk.rows, this.r.evalWs);
    sub.tags.push({ kind: 'eval', job: chunk.job, split: chunk.split, rows: chunk.rows });
    sub.evals++;
    return chunk;
  }

  /** Drops the queued chunks of epoch-end jobs (a divergence made them moot). */
  dropEpochJobs(): void {
    this.chunks = this.chunks.filter((c) => c.job.kind !== 'epoch');
  }

  clear(): void {
    this.chunks = [];
  }
}

/** Adds one chunk's record (summed data loss over its rows, correct count) to its job; true when that completed the job. */
export function addChunk(job: EvalJob, split: SplitName, rows: number, lossSum: number, correct: number): boolean {
  const sums = job.sums[split] as EvalSums;
  sums.loss += lossSum;
  sums.correct += correct;
  sums.n += rows;
  return --job.remaining === 0;
}

/** A completed job's report: mean loss and accuracy per split (NaN accuracy with real-valued targets). */
export function jobReport(job: EvalJob, labels: boolean): EvalReport {
  const report: EvalReport = { train: { loss: NaN, accuracy: NaN, n: 0 } };
  for (const split of job.splits) {
    const s = job.sums[split] as EvalSums;
    const m: SplitMetrics = { loss: s.n > 0 ? s.loss / s.n : NaN, accuracy: labels && s.n > 0 ? s.correct / s.n : NaN, n: s.n };
    report[split] = m;
  }
  return report;
}
