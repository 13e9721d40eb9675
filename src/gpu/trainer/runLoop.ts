// The GPU run loop: fills submits with evaluation chunks and training steps, decodes their records, rolls back a late-found divergence.
import type { RunSchedule } from '../../engine/train/schedule';
import type { EpochMetrics, StepMetrics, StepReport, TrainData } from '../../engine/train/types';
import { encodeBackward, encodeForward, writePass, type PassBase } from './encode';
import { EvalQueue, addChunk, jobReport } from './evaluation';
import { decodeStep, recordWord } from './metrics';
import { Pacer } from './pacing';
import type { GpuResources } from './resources';
import { Snapshots, type Snapshot } from './snapshot';
import { SubmitRing, type OpenSubmit, type RecordHandler, type SubmitRecord } from './submits';
import { MAX_PASSES, type Counters, type EvalJob, type GpuTrainOptions, type StepTag } from './types';

/**
 * Steps a run on the GPU without waiting for it: counters advance as steps are encoded (RunSchedule), metrics
 * are decoded when their read-back arrives. A divergence is found then: the counters roll back to its step
 * (the GPU skips every update after it, so the parameters are those of that step).
 */
export class GpuRunLoop implements RecordHandler {
  readonly ring: SubmitRing;
  readonly snapshots: Snapshots;
  readonly pacer: Pacer;
  readonly evals: EvalQueue;
  /** The optimizer's step count t (Adam's bias correction), as of the last step encoded. */
  optT = 0;
  /** A divergence was read back since the last restart. */
  diverged = false;
  lastIdx = new Uint32Array(0);
  lastRows = 0;
  lastDropout: number[] = [];
  dispatchesPerStep = 0;
  private decisionPending = false;
  private outSteps: StepMetrics[] = [];
  private outEpochs: EpochMetrics[] = [];

  constructor(
    private readonly r: GpuResources,
    private readonly run: RunSchedule,
    data: TrainData,
    options: GpuTrainOptions,
  ) {
    this.ring = new SubmitRing(r, this);
    this.snapshots = new Snapshots(r, options.snapshotMs ?? 1000);
    this.pacer = new Pacer(options);
    this.evals = new EvalQueue(r, data);
  }

  /** The per-pass constants as of now. */
  base(): PassBase {
    return { seed: this.run.seed, hyper: this.run.hyper, t: this.optT };
  }

  /** Encodes and submits up to n steps (and any evaluation due), waiting only where an early-stopping decision must land first. */
  async runSteps(n: number): Promise<StepReport> {
    const { run } = this;
    let taken = 0;
    const stepAtStart = run.step;
    while (this.evals.length || (taken < n && run.stopped === null)) {
      const sub = await this.ring.open();
      if (run.stopped !== null && !this.evals.length) {
        this.ring.abandon(sub);
        break;
      }
      taken += this.fill(sub, n - taken);
      this.close(sub);
      if (this.decisionPending) await this.settle();
    }
    if (run.stopped !== null) await this.settle();
    this.ring.drain();
    return this.report(run.stopped === 'diverged' ? Math.max(0, Math.min(taken, run.step - stepAtStart)) : taken);
  }

  /** Waits for every submit and processes it; early-stopping decisions are then settled. */
  async settle(): Promise<void> {
    await this.ring.settle();
    this.decisionPending = false;
  }

  /** The metrics decoded since the last report. */
  report(taken: number): StepReport {
    const report = this.run.report(taken, this.outSteps, this.outEpochs);
    this.outSteps = [];
    this.outEpochs = [];
    return report;
  }

  /** Submits every queued evaluation chunk. */
  async submitEvals(): Promise<void> {
    while (this.evals.length) {
      const sub = await this.ring.open();
      this.fill(sub, 0);
      this.close(sub);
    }
  }

  /** Forgets submits in flight (their read-backs are dropped) and queued evaluations. */
  restart(): void {
    this.ring.gen++;
    this.diverged = false;
    this.evals.clear();
    this.decisionPending = false;
    this.outSteps = [];
    this.outEpochs = [];
    this.lastRows = 0;
  }

  counters(): Counters {
    return { ...this.run.counters(), optimizer: this.run.hyper.optimizer, t: this.optT };
  }

  private close(sub: OpenSubmit): void {
    this.ring.close(sub, (encoder) => this.snapshots.encode(encoder, this.counters()));
  }

  /** Encodes pending evaluation chunks, then up to `steps` training steps, as far as the submit has room. Returns steps encoded. */
  private fill(sub: OpenSubmit, steps: number): number {
    let taken = 0;
    const budget = this.pacer.budget;
    while (sub.passes < MAX_PASSES) {
      const chunk = this.evals.encodeNext(sub, this.base());
      if (chunk) {
        if (!this.evals.length && chunk.job.kind === 'epoch' && this.run.earlyStopping) {
          this.decisionPending = true;
          break;
        }
        continue;
      }
      if (taken >= steps || this.run.stopped !== null || sub.steps >= budget) break;
      this.encodeStep(sub);
      taken++;
    }
    return taken;
  }

  /** One training step, mirroring CpuTrainer.update: batch from the permutation, forward, loss, backward, update. */
  private encodeStep(sub: OpenSubmit): void {
    const { r, run } = this;
    const batch = run.nextBatch();
    const rows = batch.length;
    const idxOffset = sub.idxRows;
    r.idxStage.set(batch, idxOffset);
    sub.idxRows += rows;
    if (this.lastIdx.length < r.maxBatch) this.lastIdx = new Uint32Array(r.maxBatch);
    this.lastIdx.set(batch);
    this.lastRows = rows;
    this.lastDropout = [...run.hyper.dropout];
    const tBefore = this.optT;
    this.optT++;
    const slot = sub.passes++;
    const offset = writePass(r, slot, this.base(), { rows, step: run.step, train: 1, idxOffset, updateRunning: 1, invRows: 1 / rows });
    const before = r.dispatchCount;
    encodeForward(r, sub.pass, r.trainFwd, offset, rows, r.trainWs);
    encodeBackward(r, sub.pass, offset, rows);
    this.dispatchesPerStep = r.dispatchCount - before;
    sub.tags.push({ kind: 'step', step: run.step + 1, epoch: run.epoch, cursorBefore: run.cursor, tBefore, rows });
    sub.steps++;
    run.step++;
    if (run.advance(rows)) {
      const end = run.endEpoch();
      if (end.splits) {
        const job = this.evals.add('epoch', end.splits, end.trainCap, end.ended, run.step);
        if (job.remaining === 0) this.completeJob(job);
      }
      run.checkEpochBudget();
    }
  }

  /** A submit's records, in pass order. */
  records(rec: SubmitRecord, words: Float32Array): void {
    const layers = this.r.layout.layers.length;
    rec.tags.forEach((tag, i) => {
      if (tag.kind === 'step') {
        if (this.diverged) return;
        const s = decodeStep(words, this.r.record, i, tag, layers, this.run.labels);
        this.outSteps.push(s.metrics);
        if (!s.lossFinite || !s.paramsFinite) this.divergeAt(tag, s.lossFinite);
        return;
      }
      if (this.diverged && tag.job.kind === 'epoch') return;
      const done = addChunk(tag.job, tag.split, tag.rows, recordWord(words, this.r.record, i, 'dataLoss'), recordWord(words, this.r.record, i, 'correct'));
      if (done) this.completeJob(tag.job);
    });
    this.pacer.observe(rec.submittedAt, rec.doneAt, rec.steps, rec.evals);
  }

  snapshot(snap: Snapshot, valid: boolean): void {
    const gen = this.ring.gen;
    this.snapshots.finish(
      snap,
      () => valid && gen === this.ring.gen,
      () => this.ring.disposed,
      () => (this.diverged ? this.counters() : null),
    );
  }

  /** The run diverged at `tag`: roll the counters back to that step (the GPU has frozen the parameters there). */
  private divergeAt(tag: StepTag, lossFinite: boolean): void {
    const { run } = this;
    this.diverged = true;
    run.diverge(tag.step);
    run.rollback(tag.step, tag.epoch, tag.cursorBefore);
    this.optT = tag.tBefore + (lossFinite ? 1 : 0);
    this.lastIdx.set(run.perm.subarray(tag.cursorBefore, tag.cursorBefore + tag.rows));
    this.lastRows = tag.rows;
    this.evals.dropEpochJobs();
  }

  /** An evaluation job is complete: resolve a request, or report an epoch end and decide early stopping. */
  completeJob(job: EvalJob): void {
    const report = jobReport(job, this.run.labels);
    if (job.kind === 'request') {
      job.resolve?.(report);
      return;
    }
    this.outEpochs.push({ ...report, epoch: job.epoch, step: job.step });
    if (!report.validation) return;
    const action = this.run.observeValidation(report.validation.loss, job.epoch);
    if (action === 'save-best') this.r.copyParams(this.r.state, this.r.best);
    else if (action === 'restore-best') this.r.copyParams(this.r.best, this.r.state);
  }
}
