// The playground's one play bar: play / step / reset with the epoch counter, and the run's status line under them (the
// backend, or the divergence).
import { useT } from '../../state/useText';
import { RunPlayControls } from '../../components/RunPlayControls';
import { RunStatus } from '../../components/RunStatus';
import type { TrainerRuns } from '../../components/useTrainerRuns';
import { TEXT } from './text';

interface Props {
  run: TrainerRuns;
  /** Epochs done, of the budget. */
  epoch: number;
  epochs: number;
  /** The divergence line, when the run diverged. */
  diverged: string | null;
}

export function PlayBar({ run, epoch, epochs, diverged }: Props) {
  const t = useT();
  return (
    <div className="pg-bar" data-embed="boundary network curves">
      <RunPlayControls run={run} step={epoch} total={epochs} counter={t(TEXT.epochCounter, { k: epoch, n: epochs })}
        counterAtEnd={t(TEXT.epochCounter, { k: epochs, n: epochs })}
      />
      <RunStatus run={run} divergedText={diverged} />
    </div>
  );
}
