// Evaluation jobs on the GPU: a job's splits cut into evalRows chunks, one pass each for every member, summed per member as records come back.
import type { EvalReport, SplitMetrics, SplitName, TrainData } from '../../engine/train/types';
import type { ForwardGroups } from './bindings';
import { encodeForward, type EncodeSources } from './encode';
import type { GpuResources } from './resources';
import type { MemberPass, SubmitStaging } from './staging';
import type { OpenSubmit } from './submits';
import type { EvalChunk, EvalEntry, EvalJob, EvalSums } from './types';

/** The chunks waiting to be encoded, in order. */
export class EvalQueue {
  chunks: EvalChunk[] = [];

  constructor(
    private readonly r: EncodeSources & Pick<GpuResources, 'evalRows' | 'evalWs' | 'evalFwd'>,
    private readonly staging: SubmitStaging,
    private readonly data: TrainData,
  ) {}

  get length(): number {
    return this.chunks.length;
  }

  /**
   * A job for `entries` (member, epoch, step) over `splits` (the training split capped at trainCap rows), its chunks
   * queued; evaluation sees the parameters as of then.
   */
  add(kind: EvalJob['kind'], splits: readonly SplitName[], trainCap: number | undefined, entries: Omit<EvalEntry, 'sums'>[]): EvalJob {
    const job: EvalJob = { kind, entries: entries.map((e) => ({ ...e, sums: {} })), splits: [], remaining: 0 };
    for (const split of splits) {
      const data = this.data[split];
      if (!data) continue;
      job.splits.push(split);
      for (const e of job.entries) e.sums[split] = { loss: 0, correct: 0, n: 0 };
      const n = Math.min(data.n, split === 'train' ? trainCap ?? Infinity : Infinity);
      for (let start = 0; start < n; start += this.r.evalRows) {
        this.chunks.push({ job, split, firstRow: start, rows: Math.min(this.r.evalRows, n - start) });
        job.remaining++;
      }
    }
    return job;
  }

  /** Encodes the next chunk into `sub` for every member (eval mode); returns it, or undefined when none is left. */
  encodeNext(sub: OpenSubmit, members: (rows: number) => MemberPass[]): EvalChunk | undefined {
    const chunk = this.chunks.shift();
    if (!chunk) return undefined;
    const { r, staging } = this;
    const slot = sub.passes++;
    const offset = staging.writePass(slot, { rows: chunk.rows, firstRow: chunk.firstRow }, members(chunk.rows), r.evalRows);
    encodeForward(r, staging, sub.pass, r.evalFwd[chunk.split] as ForwardGroups, offset, chunk.rows, r.evalWs);
    sub.tags.push({ kind: 'eval', job: chunk.job, split: chunk.split, rows: chunk.rows });
    sub.evals++;
    return chunk;
  }

  /** Drops the queued chunks of epoch-end jobs none of whose entries `counts` any more (a divergence or reset made them moot). */
  dropMoot(counts: (entry: EvalEntry) => boolean): void {
    this.chunks = this.chunks.filter((c) => c.job.kind !== 'epoch' || c.job.entries.some(counts));
  }
}

/** Adds one chunk's record (summed data loss over its rows, correct count) to an entry of its job. */
export function addChunk(entry: EvalEntry, split: SplitName, rows: number, lossSum: number, correct: number): void {
  const sums = entry.sums[split] as EvalSums;
  sums.loss += lossSum;
  sums.correct += correct;
  sums.n += rows;
}

/** A completed entry's report: mean loss and accuracy per split (NaN accuracy with real-valued targets). */
export function entryReport(job: EvalJob, entry: EvalEntry, labels: boolean): EvalReport {
  const report: EvalReport = { train: { loss: NaN, accuracy: NaN, n: 0 } };
  for (const split of job.splits) {
    const s = entry.sums[split] as EvalSums;
    const m: SplitMetrics = { loss: s.n > 0 ? s.loss / s.n : NaN, accuracy: labels && s.n > 0 ? s.correct / s.n : NaN, n: s.n };
    report[split] = m;
  }
  return report;
}
