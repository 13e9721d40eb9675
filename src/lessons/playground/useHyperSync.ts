// Keeps the running member's hyperparameters equal to the page's (setHyper, no restart) and says what the last change was.
import { useEffect, useRef, useState } from 'react';
import type { HyperUpdate, TrainHyper } from '../../engine/train';
import type { RunView } from '../../components/run';

/** The last change the page made: a mid-run hyperparameter change (after update `step`, with the worker's reply) or a restart. */
export type LastChange = { kind: 'hyper'; step: number; hyper: TrainHyper } | { kind: 'restart' } | null;

/**
 * Sends `hyper` to `run` whenever it differs from what the run trains with (the values it was created with, then each
 * change sent); a new run (a restart: new restartKey) is reported as such. Returns the last change.
 */
export function useHyperSync(run: RunView | undefined, hyper: HyperUpdate, restartKey: string): LastChange {
  const [last, setLast] = useState<LastChange>(null);
  const sent = useRef<{ run: RunView | undefined; json: string }>({ run: undefined, json: '' });
  const key = useRef(restartKey);
  const json = JSON.stringify(hyper);

  useEffect(() => {
    if (key.current !== restartKey) {
      key.current = restartKey;
      setLast({ kind: 'restart' });
    }
  }, [restartKey]);

  useEffect(() => {
    if (!run) return;
    if (sent.current.run !== run) {
      // A new run was created with the current values.
      sent.current = { run, json };
      return;
    }
    if (sent.current.json === json) return;
    sent.current.json = json;
    const step = run.steps.length ? run.steps.last('step') : 0;
    run.setHyper(JSON.parse(json) as HyperUpdate).then(
      (effective) => {
        if (sent.current.run === run) setLast({ kind: 'hyper', step, hyper: effective });
      },
      () => undefined,
    );
  }, [run, json]);

  return last;
}
