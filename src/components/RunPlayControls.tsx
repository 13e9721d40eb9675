// Play/pause, step and reset of a lesson's worker run (a useTrainerRuns result), with its counter.
import { PlayControls } from './PlayControls';
import type { TrainerRuns } from './useTrainerRuns';

interface Props {
  /** The run the buttons drive: playing while it plays and has not stopped. */
  run: Pick<TrainerRuns, 'playing' | 'mode' | 'playPause' | 'step' | 'reset'>;
  /** Progress shown and used to disable Step: `step` of `total` (e.g. epochs done of the budget). */
  step: number;
  total: number;
  /** The counter's text (e.g. "Epoch 12 of 40"). */
  counter: string;
  /** The counter's text at the last step, whose width the counter keeps from the start (see PlayControls). */
  counterAtEnd?: string;
}

/** PlayControls wired to a worker run: the block every training figure repeats. */
export function RunPlayControls({ run, step, total, counter, counterAtEnd }: Props) {
  return (
    <PlayControls
      playing={run.playing && run.mode !== 'stopped'}
      step={step}
      total={total}
      counter={counter}
      counterAtEnd={counterAtEnd}
      onPlayPause={run.playPause}
      onStep={run.step}
      onReset={run.reset}
    />
  );
}
