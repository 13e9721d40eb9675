// Each trial's latest validation accuracy from its member's epoch ring, and the trials table's rows, refreshed as epochs finish.
import { useCallback, useMemo } from 'react';
import type { RunView } from '../../components/run';
import { useRingRows } from '../../components/useRingRows';
import type { Trial, TrialResult } from './model';

export { TRIAL_COLUMNS } from './model';

/** A row of the trials table: a trial (1-based) with an epoch, its validation accuracy after the latest epoch (epochs: how many are done; not a column). */
export interface TrialRow {
  trial: number;
  lr: number;
  weight_decay: number;
  val_acc: number;
  epochs: number;
}

/** Every trial's result, and the table rows of the trials with an epoch. */
export function useTrialResults(clients: readonly RunView[], trials: readonly Trial[]): { results: TrialResult[]; rows: TrialRow[] } {
  const read = useCallback(() => {
    const rows: TrialRow[] = [];
    trials.forEach((t, i) => {
      const r = clients[i]?.epochs;
      if (!r || r.length === 0) return;
      rows.push({ trial: i + 1, lr: t.lr, weight_decay: t.weightDecay, val_acc: r.get('validationAccuracy', r.length - 1), epochs: r.length });
    });
    return rows;
  }, [clients, trials]);
  const all = useRingRows(clients, read, 400);
  return useMemo(() => {
    const done = new Map(all.map((r) => [r.trial, r]));
    const results = trials.map((t, i): TrialResult => {
      const r = done.get(i + 1);
      return { ...t, trial: i + 1, valAcc: r ? r.val_acc : NaN, epochs: r ? r.epochs : 0 };
    });
    return { results, rows: all };
  }, [all, trials]);
}
