// Early stopping on the validation loss: the bookkeeping and the decision, shared by the CPU trainer and the GPU population.

/** What an epoch's validation loss means for the run. */
export type EarlyStoppingVerdict = 'improved' | 'wait' | 'stop';

/** The state a trainer reports and restores (TrainerState fields of the same names). */
export interface EarlyStoppingState {
  bestEpoch: number;
  bestValidationLoss: number;
  epochsWithoutImprovement: number;
}

export class EarlyStoppingTracker implements EarlyStoppingState {
  /** Epoch with the lowest validation loss so far (−1 before any). */
  bestEpoch = -1;
  bestValidationLoss = Infinity;
  epochsWithoutImprovement = 0;

  /**
   * Records epoch `epoch`'s validation loss: 'improved' when it beats the best by more than minDelta
   * (the caller saves the parameters), 'stop' once `patience` epochs passed without that, else 'wait'.
   */
  observe(loss: number, epoch: number, patience: number, minDelta: number): EarlyStoppingVerdict {
    if (loss < this.bestValidationLoss - minDelta) {
      this.bestValidationLoss = loss;
      this.bestEpoch = epoch;
      this.epochsWithoutImprovement = 0;
      return 'improved';
    }
    this.epochsWithoutImprovement++;
    return this.epochsWithoutImprovement >= patience ? 'stop' : 'wait';
  }

  reset(): void {
    this.restore({ bestEpoch: -1, bestValidationLoss: Infinity, epochsWithoutImprovement: 0 });
  }

  restore(s: EarlyStoppingState): void {
    this.bestEpoch = s.bestEpoch;
    this.bestValidationLoss = s.bestValidationLoss;
    this.epochsWithoutImprovement = s.epochsWithoutImprovement;
  }
}
