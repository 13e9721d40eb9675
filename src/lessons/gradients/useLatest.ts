// The latest update of a deep run as the page reads it: its step, per-layer gradient norms and the last epoch's accuracy.
import { useCallback, useMemo } from 'react';
import type { RunView } from '../../components/run';
import { useRingRows } from '../../components/useRingRows';

export interface Latest {
  step: number;
  loss: number;
  /** ‖∂L/∂W_l‖ per dense layer, layer 1 first, output last. */
  norms: number[];
  /** Training accuracy at the end of the last finished epoch (NaN before). */
  trainAcc: number;
}

/** Reads the last row of the run's rings at most every 300 ms; null before the first update. */
export function useLatest(run: RunView | undefined, layers: number): Latest | null {
  const read = useCallback(() => {
    if (!run || run.steps.length === 0) return [];
    const s = run.steps;
    const k = s.length - 1;
    const norms = Array.from({ length: layers }, (_, l) => s.get(`gradNorm${l}`, k));
    const e = run.epochs;
    return [{ step: s.get('step', k), loss: s.get('loss', k), trainAcc: e.length ? e.get('trainAccuracy', e.length - 1) : NaN, norms }];
  }, [run, layers]);
  const sources = useMemo(() => (run ? [run] : []), [run]);
  const rows = useRingRows<Latest>(sources, read, 300);
  return rows[0] ?? null;
}
