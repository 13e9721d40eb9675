// Steps per submit adapted to about frameMs of GPU work, from how long each submit kept the GPU busy.
import { MAX_PASSES, type GpuTrainOptions } from './types';

/** Measures GPU time per step from submit completions and picks the steps per submit. */
export class Pacer {
  stepsPerSubmit: number;
  /** Estimated GPU time per training step (ms; NaN before the first measurement). */
  msPerStep = NaN;
  private lastDoneAt = 0;

  constructor(private readonly options: GpuTrainOptions) {
    this.stepsPerSubmit = options.stepsPerSubmit ?? 4;
  }

  /** Steps the next submit may take. */
  get budget(): number {
    return Math.min(this.stepsPerSubmit, this.options.maxStepsPerSubmit ?? 32);
  }

  /** A submit of `steps` steps (and `evals` evaluation chunks) submitted at submittedAt finished at doneAt. */
  observe(submittedAt: number, doneAt: number, steps: number, evals: number): void {
    const start = Math.max(submittedAt, this.lastDoneAt);
    this.lastDoneAt = doneAt;
    if (steps === 0 || evals > 0 || this.options.stepsPerSubmit) return;
    const per = (doneAt - start) / steps;
    if (!(per > 0)) return;
    this.msPerStep = Number.isNaN(this.msPerStep) ? per : 0.7 * this.msPerStep + 0.3 * per;
    const max = Math.min(MAX_PASSES, this.options.maxStepsPerSubmit ?? 32);
    this.stepsPerSubmit = Math.max(1, Math.min(max, Math.floor((this.options.frameMs ?? 8) / this.msPerStep)));
  }
}
