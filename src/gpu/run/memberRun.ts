// One member of a GPU run: its schedule, optimizer t, last mini-batch, metrics not yet reported, and its rollback on a late-found divergence.
import type { RunSchedule } from '../../engine/train/schedule';
import type { EpochMetrics, StepMetrics, StepReport } from '../../engine/train/types';
import type { MemberPass } from './staging';
import type { Counters, MemberStepTag } from './types';

/** What the GPU side keeps per member besides its RunSchedule (counters, permutation, stopping, hyperparameters). */
export class MemberRun {
  /** The optimizer's step count t (Adam's bias correction), as of the last step encoded. */
  optT = 0;
  /** A divergence was read back since the last restart. */
  diverged = false;
  /** Bumped when this member alone restarts: its passes in flight no longer count. */
  gen = 0;
  lastIdx = new Uint32Array(0);
  lastRows = 0;
  lastDropout: number[] = [];
  outSteps: StepMetrics[] = [];
  outEpochs: EpochMetrics[] = [];
  /** Updates encoded by the step() call under way, and the step count when it began. */
  taken = 0;
  stepAtStart = 0;

  constructor(readonly run: RunSchedule) {}

  get active(): boolean {
    return this.run.stopped === null;
  }

  /** Its part of a pass of `rows` rows (0 when it does not train), with the optimizer's t as the kernels see it. */
  pass(rows: number, active: boolean, t = this.optT): MemberPass {
    const { run } = this;
    return { rows, step: run.step, seed: run.seed, active, hyper: run.updateHyper(), t, classWeights: run.classWeights };
  }

  /** Records the step it is about to take with `batch` (its rows) and advances its counters; returns the tag for its record. */
  encodeStep(batch: Uint32Array, maxBatch: number): MemberStepTag {
    const { run } = this;
    if (this.lastIdx.length < maxBatch) this.lastIdx = new Uint32Array(maxBatch);
    this.lastIdx.set(batch);
    this.lastRows = batch.length;
    this.lastDropout = [...run.hyper.dropout];
    const tag = { gen: this.gen, step: run.step + 1, epoch: run.epoch, cursorBefore: run.cursor, tBefore: this.optT, rows: batch.length };
    this.optT++;
    run.step++;
    this.taken++;
    return tag;
  }

  /** It diverged at `tag`: roll the counters back to that step (the GPU has frozen its parameters there). */
  divergeAt(tag: MemberStepTag, lossFinite: boolean): void {
    const { run } = this;
    this.diverged = true;
    run.diverge(tag.step);
    run.rollback(tag.step, tag.epoch, tag.cursorBefore);
    this.optT = tag.tBefore + (lossFinite ? 1 : 0);
    this.lastIdx.set(run.perm.subarray(tag.cursorBefore, tag.cursorBefore + tag.rows));
    this.lastRows = tag.rows;
  }

  /** Starts counting a step() call. */
  begin(): void {
    this.taken = 0;
    this.stepAtStart = this.run.step;
  }

  /** The metrics decoded since the last report; `taken` is this call's updates (fewer when it diverged meanwhile). */
  report(counted: boolean): StepReport {
    const { run } = this;
    const taken = !counted ? 0 : run.stopped === 'diverged' ? Math.max(0, Math.min(this.taken, run.step - this.stepAtStart)) : this.taken;
    const report = run.report(taken, this.outSteps, this.outEpochs);
    this.outSteps = [];
    this.outEpochs = [];
    return report;
  }

  /** Forgets what was in flight. */
  restart(): void {
    this.gen++;
    this.taken = 0;
    this.diverged = false;
    this.outSteps = [];
    this.outEpochs = [];
    this.lastRows = 0;
  }

  counters(): Counters {
    return { ...this.run.counters(), optimizer: this.run.hyper.optimizer, t: this.optT };
  }
}
