// Each trial's latest validation accuracy from its member's epoch ring, and the trials table's rows, refreshed as epochs finish.
import { useCallback, useMemo } from 'react';
import type { RunView } from '../../components/run';
import type { Cell } from '../../components/Figure';
import { useRingRows } from '../../components/useRingRows';
import type { Trial, TrialResult } from './model';

export { TRIAL_COLUMNS } from './model';

/** Rows [trial (1-based), lr, weight decay, validation accuracy after the latest epoch, epochs done] of the trials with an epoch. */
export function useTrialResults(clients: readonly RunView[], trials: readonly Trial[]): { results: TrialResult[]; rows: Cell[][] } {
  const read = useCallback(() => {
    const rows: Cell[][] = [];
    trials.forEach((t, i) => {
      const r = clients[i]?.epochs;
      if (!r || r.length === 0) return;
      rows.push([i + 1, t.lr, t.weightDecay, r.get('validationAccuracy', r.length - 1), r.length]);
    });
    return rows;
  }, [clients, trials]);
  const all = useRingRows(clients, read, 400);
  return useMemo(() => {
    const done = new Map(all.map((r) => [r[0] as number, r]));
    const results = trials.map((t, i): TrialResult => {
      const r = done.get(i + 1);
      return { ...t, trial: i + 1, valAcc: r ? (r[3] as number) : NaN, epochs: r ? (r[4] as number) : 0 };
    });
    return { results, rows: all.map((r) => r.slice(0, 4)) };
  }, [all, trials]);
}
