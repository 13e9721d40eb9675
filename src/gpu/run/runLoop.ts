// The GPU run loop for R members at once: fills submits with evaluation chunks and training passes, decodes each member's records, rolls back a late-found divergence.
import type { RunSchedule } from '../../engine/train/schedule';
import { augmentActive } from '../../engine/data/augment';
import type { Dataset, EvalReport, SplitName, StepReport, TrainData } from '../../engine/train/types';
import { AugmentUpload } from './augmentUpload';
import { encodeBackward, encodeForward } from './encode';
import { EvalQueue, addChunk, entryReport } from './evaluation';
import { MemberRun } from './memberRun';
import { decodeStep, recordWord } from './metrics';
import { Pacer } from './pacing';
import type { GpuResources } from './resources';
import { SubmitStaging, type MemberPass } from './staging';
import { SubmitRing, type OpenSubmit, type RecordHandler, type SubmitRecord } from './submits';
import { TrainWorkspace } from './trainWorkspace';
import { GpuLostError, MAX_PASSES, type EvalEntry, type EvalJob, type GpuStats, type GpuTrainOptions, type MemberStepTag } from './types';
import type { GpuContext } from '../device';

/**
 * Steps R members on the GPU without waiting: one set of dispatches per pass for all of them (member = workgroup z
 * or y), counters advancing as passes are encoded (each member's RunSchedule), metrics decoded per member when the
 * read-back arrives. A member's divergence is found then: its counters roll back to that step (the GPU skips its
 * later updates, so its parameters are those of that step) while the others carry on. It holds what changes as it
 * runs: the submit staging and the training workspace (replaced when a member's batch outgrows it: fitBatch).
 */
export class GpuRunLoop implements RecordHandler {
  readonly ring: SubmitRing;
  readonly pacer: Pacer;
  readonly evals: EvalQueue;
  readonly members: MemberRun[];
  readonly staging: SubmitStaging;
  dispatchesPerStep = 0;
  private decisionPending = false;
  private readonly trainData: Dataset;
  private trainWs: TrainWorkspace;
  private aug: AugmentUpload | null = null;

  constructor(
    private readonly r: GpuResources,
    runs: readonly RunSchedule[],
    data: TrainData,
    options: GpuTrainOptions,
    maxBatch: number,
  ) {
    this.members = runs.map((run) => new MemberRun(run));
    this.staging = new SubmitStaging(r);
    this.trainWs = new TrainWorkspace(r, maxBatch);
    this.ring = new SubmitRing(r, this.staging, this);
    this.pacer = new Pacer(options);
    this.evals = new EvalQueue(r, this.staging, data);
    this.trainData = data.train;
  }

  /** The training workspace (rows per member: the largest batch so far). */
  get train(): TrainWorkspace {
    return this.trainWs;
  }

  /** Makes room for batches of `rows` rows per member (a larger training workspace; the old one's buffers are released). */
  fitBatch(rows: number): void {
    this.trainWs = this.trainWs.fit(rows);
  }

  /** The uploaded-batch buffers and bind groups, made on first use and again after the training workspace was replaced. */
  private augUpload(): AugmentUpload {
    if (!this.aug || this.aug.train !== this.trainWs) {
      this.aug?.dispose();
      this.aug = new AugmentUpload(this.r, this.staging, this.trainWs, this.trainData);
    }
    return this.aug;
  }

  /** Whether an active member trains on augmented batches. */
  private augmenting(): boolean {
    return this.members.some((m) => m.active && augmentActive(m.run.hyper.augment));
  }

  /** Every member's part of an evaluation pass of `rows` rows. */
  evalPasses = (rows: number): MemberPass[] => this.members.map((m) => m.pass(rows, true));

  /** Encodes and submits up to n passes (and any evaluation due), waiting only where an early-stopping decision must land first. */
  async runSteps(n: number): Promise<StepReport[]> {
    const anyActive = () => this.members.some((m) => m.active);
    const stoppedBefore = this.members.map((m) => m.run.stopped);
    // A reset, setState or dispose while this call waits ends it: nothing more is encoded for restarted members.
    const ringGen = this.ring.gen;
    const gens = this.members.map((m) => m.gen);
    const moved = () => this.ring.gen !== ringGen || this.members.some((m, i) => m.gen !== gens[i]);
    for (const m of this.members) m.begin();
    let passes = 0;
    while (this.evals.length || (passes < n && anyActive())) {
      const sub = await this.ring.open();
      if (moved() || (!anyActive() && !this.evals.length)) {
        this.ring.abandon(sub);
        break;
      }
      passes += this.fill(sub, n - passes);
      this.close(sub);
      if (this.decisionPending) await this.settle();
      if (moved()) break;
    }
    if (this.members.some((m, i) => m.run.stopped !== stoppedBefore[i]) || !anyActive()) await this.settle();
    this.ring.drain();
    return this.members.map((m) => m.report(true));
  }

  /**
   * Evaluates the `entries` members on `splits` (call after settle(), so the entries' counters are final); rejects with GpuLostError when a reset,
   * setState or dispose dropped the job's read-backs meanwhile (instead of waiting for them forever).
   */
  async evaluate(splits: readonly SplitName[], entries: Omit<EvalEntry, 'sums'>[]): Promise<EvalReport[]> {
    const job = this.evals.add('request', splits, undefined, entries);
    let reports: EvalReport[] | null = null;
    job.resolve = (r) => {
      reports = r;
    };
    if (job.remaining === 0) this.completeJob(job);
    await this.submitEvals();
    await this.settle();
    if (reports === null) throw new GpuLostError('the evaluation was dropped: the run was reset or disposed while it ran');
    return reports;
  }

  /** Waits for every submit and processes it; early-stopping decisions are then settled. */
  async settle(): Promise<void> {
    await this.ring.settle();
    this.decisionPending = false;
  }

  /** Every member's metrics decoded since its last report (taken = 0). */
  reports(): StepReport[] {
    return this.members.map((m) => m.report(false));
  }

  /** Submits every queued evaluation chunk. */
  async submitEvals(): Promise<void> {
    while (this.evals.length) {
      const sub = await this.ring.open();
      this.fill(sub, 0);
      this.close(sub);
    }
  }

  /** Pacing and counts: dispatchesPerStep is that of one training pass of every member together. */
  stats(): GpuStats {
    const { pacer, ring } = this;
    return { stepsPerSubmit: pacer.stepsPerSubmit, dispatchesPerStep: this.dispatchesPerStep, submits: ring.submits, msPerStep: pacer.msPerStep, matmul: this.r.kernels.matmul };
  }

  /** The reason the device (of `ctx`) became unusable, or null. */
  lost(ctx: GpuContext): string | null {
    return this.ring.failure ?? (ctx.failure ? ctx.failure.message : null);
  }

  /** Drops every read-back in flight and frees every GPU buffer; later calls do nothing. */
  dispose(): void {
    if (this.ring.disposed) return;
    this.ring.disposed = true;
    this.ring.gen++;
    this.r.bufs.destroyAll();
  }

  private close(sub: OpenSubmit): void {
    this.ring.close(sub);
  }

  /** Encodes pending evaluation chunks, then up to `steps` training passes, as far as the submit has room. Returns passes encoded. */
  private fill(sub: OpenSubmit, steps: number): number {
    let taken = 0;
    const budget = this.pacer.budget;
    while (sub.passes < MAX_PASSES) {
      const chunk = this.evals.encodeNext(sub, this.evalPasses);
      if (chunk) {
        const decides = chunk.job.entries.some((e) => this.members[e.member].run.earlyStopping);
        if (!this.evals.length && chunk.job.kind === 'epoch' && decides) {
          this.decisionPending = true;
          break;
        }
        continue;
      }
      if (taken >= steps || !this.members.some((m) => m.active) || sub.steps >= budget) break;
      if (this.augmenting() && sub.augSlots >= this.augUpload().slots) break;
      this.encodeStep(sub);
      taken++;
    }
    return taken;
  }

  /** One training pass: each active member's step, mirroring CpuTrainer.update (batch from its permutation, forward, loss, backward, update). */
  private encodeStep(sub: OpenSubmit): void {
    const { r, staging } = this;
    const train = this.trainWs;
    const stride = train.rows;
    const idxOffset = sub.idxRows;
    sub.idxRows += r.members * stride;
    sub.train = train;
    const batches = this.members.map((m) => (m.active ? m.run.nextBatch() : null));
    const rows = Math.max(...batches.map((b) => b?.length ?? 0));
    const passes: MemberPass[] = [];
    const tags = this.members.map((m, i) => {
      const batch = batches[i];
      if (!batch) {
        passes.push(m.pass(0, false));
        return null;
      }
      train.idxStage.set(batch, idxOffset + i * stride);
      passes.push(m.pass(batch.length, true, m.optT + 1));
      return m.encodeStep(batch, stride);
    });
    // Augmenting members: every member's rows of this pass go up as an uploaded batch (augmented or copied).
    const aug = this.augmenting() ? this.augUpload() : null;
    if (aug) {
      sub.aug = aug;
      const augSlot = sub.augSlots++;
      this.members.forEach((m, i) => {
        const batch = batches[i];
        if (batch) aug.write(augSlot, i, idxOffset, this.trainData, batch, m.run.hyper, m.run.seed, m.run.epoch, sub.passes);
      });
    }
    const slot = sub.passes++;
    const offset = staging.writePass(slot, { rows, train: 1, idxOffset, updateRunning: 1 }, passes, stride);
    const before = staging.dispatches;
    aug?.encode(sub.pass, offset, slot, rows);
    encodeForward(r, staging, sub.pass, aug ? aug.fwd : train.fwd, offset, rows, train.ws);
    encodeBackward(r, staging, sub.pass, offset, rows, aug ? aug.back : train.back);
    this.dispatchesPerStep = staging.dispatches - before;
    sub.tags.push({ kind: 'step', members: tags });
    sub.steps++;
    const ended = this.members.filter((m, i) => tags[i] && m.run.advance(tags[i].rows)).map((m) => ({ m, end: m.run.endEpoch() }));
    const due = ended.filter((e) => e.end.splits);
    // One evaluation job per training-row cap (members with their own trainRows evaluate their own rows).
    for (const cap of new Set(due.map((e) => e.end.trainCap))) {
      const group = due.filter((e) => e.end.trainCap === cap);
      const entries = group.map(({ m, end }) => ({ member: this.members.indexOf(m), gen: m.gen, epoch: end.ended, step: m.run.step }));
      const job = this.evals.add('epoch', group[0].end.splits ?? [], cap, entries);
      if (job.remaining === 0) this.completeJob(job);
    }
    for (const { m } of ended) m.run.checkEpochBudget();
  }

  /** A submit's records, in pass order; member i of pass p wrote record p·R + i. */
  records(rec: SubmitRecord, words: Float32Array): void {
    const { r } = this;
    const layers = r.layout.layers.length;
    const R = r.members;
    rec.tags.forEach((tag, p) => {
      if (tag.kind === 'step') {
        tag.members.forEach((t, i) => {
          const m = this.members[i];
          if (!t || m.diverged || t.gen !== m.gen) return;
          const s = decodeStep(words, r.record, p * R + i, t, layers, m.run.labels);
          m.outSteps.push(s.metrics);
          if (!s.lossFinite || !s.paramsFinite) this.divergeAt(i, t, s.lossFinite);
        });
        return;
      }
      for (const e of tag.job.entries) {
        if (e.gen !== this.members[e.member].gen) continue;
        const at = p * R + e.member;
        addChunk(e, tag.split, tag.rows, recordWord(words, r.record, at, 'dataLoss'), recordWord(words, r.record, at, 'correct'));
      }
      if (--tag.job.remaining === 0) this.completeJob(tag.job);
    });
    this.pacer.observe(rec.submittedAt, rec.doneAt, rec.steps, rec.evals);
  }

  private divergeAt(i: number, tag: MemberStepTag, lossFinite: boolean): void {
    this.members[i].divergeAt(tag, lossFinite);
    this.evals.dropMoot(this.counts);
  }

  /** Whether an evaluation entry still counts (its member neither diverged nor restarted since). */
  private counts = (e: EvalEntry): boolean => !this.members[e.member].diverged && e.gen === this.members[e.member].gen;

  /** Member i alone starts over (reset, setState): its passes and evaluations in flight no longer count. */
  restartMember(i: number): void {
    this.members[i].restart();
    this.evals.dropMoot(this.counts);
  }

  /** An evaluation job is complete: resolve a request, or report each member's epoch end and decide its early stopping. */
  completeJob(job: EvalJob): void {
    const labels = this.members[0].run.labels;
    if (job.kind === 'request') {
      job.resolve?.(job.entries.map((e) => entryReport(job, e, labels)));
      return;
    }
    for (const e of job.entries) {
      const m = this.members[e.member];
      if (!this.counts(e)) continue;
      const report = entryReport(job, e, labels);
      m.outEpochs.push({ ...report, epoch: e.epoch, step: e.step });
      if (!report.validation) continue;
      const action = m.run.observeValidation(report.validation.loss, e.epoch);
      if (action === 'save-best') this.r.copyParams(e.member, this.r.state, this.r.best);
      else if (action === 'restore-best') this.r.copyParams(e.member, this.r.best, this.r.state);
    }
  }
}
