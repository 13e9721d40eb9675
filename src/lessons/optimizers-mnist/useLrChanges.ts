// Applies each racer's learning rate to its running member (setHyper, no restart) and records from which iteration it took effect.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { RunView } from '../../components/run';
import type { LearningRates, Racer } from './race';

/** One mid-run change: racer `racer` trained at `lr` from iteration `step` on. */
export interface LrChange {
  racer: Racer;
  lr: number;
  step: number;
}

/**
 * Keeps member k's learning rate equal to lrs[racers[k]]: `initial` are the rates the population was created with;
 * any other value is sent with setHyper and applies from the member's next update. Returns the changes made to the
 * run on screen (cleared by clear(), e.g. on a restart) and the latest error of a change, if one failed.
 */
export function useLrChanges(
  clients: readonly RunView[],
  racers: readonly Racer[],
  lrs: LearningRates,
  initial: LearningRates,
): { changes: LrChange[]; clear(): void; error: string | null } {
  const [changes, setChanges] = useState<LrChange[]>([]);
  const [error, setError] = useState<string | null>(null);
  // What each member trains at now (as far as this page asked), per client list.
  const sent = useRef<{ clients: readonly RunView[]; lrs: LearningRates }>({ clients: [], lrs: {} });
  const key = racers.map((r) => `${r}:${lrs[r] ?? ''}`).join();

  useEffect(() => {
    if (sent.current.clients !== clients) {
      sent.current = { clients, lrs: { ...initial } };
      setChanges([]);
    }
    const now = sent.current;
    clients.forEach((c, k) => {
      const r = racers[k];
      const lr = lrs[r];
      if (r === undefined || lr === undefined || now.lrs[r] === lr) return;
      now.lrs[r] = lr;
      c.setHyper({ lr }).then(
        () => {
          // The reply follows the metrics of every update taken before the change: the next one is the first at `lr`.
          // A change before the first update or after the last is just the rate of the next run: nothing to mark.
          const last = c.steps.length ? c.steps.last('step') : 0;
          const midRun = last > 0 && !c.status.progress?.stopped;
          if (sent.current === now && midRun) setChanges((list) => [...list, { racer: r, lr, step: last + 1 }]);
        },
        (e: Error & { code?: string }) => {
          if (e.code !== 'disposed' && e.code !== 'superseded') setError(e.message);
        },
      );
    });
    // `key` stands for racers and lrs; `initial` only matters with a new client list.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [clients, key]);

  const clear = useCallback(() => setChanges([]), []);
  return { changes, clear, error };
}
