// One ring per member holding its loss curve as drawn (smoothed as the URL asks), rewritten whenever the member's steps change.
import { useEffect, useMemo } from 'react';
import { RingTable } from '../../components/run';
import type { RunView } from '../../components/run';
import { bookSmooth, trailingMean } from './smoothing';

/** How a loss curve is drawn: the book's smooth_curve, a 100-update trailing mean, or every update as measured. */
export type CurveMode = 'book' | 'avg' | 'raw';
export const MEAN_WINDOW = 100;
const COLUMNS = ['step', 'loss'] as const;

/** `loss` smoothed as `mode` says. */
export function smoothed(loss: ArrayLike<number>, mode: CurveMode): Float64Array {
  return mode === 'book' ? bookSmooth(loss) : mode === 'avg' ? trailingMean(loss, MEAN_WINDOW) : Float64Array.from(loss);
}

/** Rewrites `out` as member `run`'s (step, smoothed loss) rows. */
function refill(run: RunView, out: RingTable<(typeof COLUMNS)[number]>, mode: CurveMode): void {
  const ring = run.steps;
  const n = ring.length;
  const loss = smoothed(ring.copyColumn('loss'), mode);
  const block = new Float64Array(2 * n);
  for (let i = 0; i < n; i++) {
    block[2 * i] = ring.get('step', i);
    block[2 * i + 1] = loss[i];
  }
  out.clear();
  out.pushBlock(COLUMNS, block, n);
}

/**
 * Rings of (step, loss) with each member's curve smoothed, one per client, in client order; the charts draw them and
 * the data table reads them. Kept in step with the members' rings (a reset empties them too).
 */
export function useSmoothedRings(clients: readonly RunView[], mode: CurveMode): RingTable<string>[] {
  const rings = useMemo(() => clients.map((c) => new RingTable<string>(COLUMNS, c.steps.capacity)), [clients]);
  useEffect(() => {
    const offs = clients.map((c, i) => {
      const update = () => refill(c, rings[i] as RingTable<(typeof COLUMNS)[number]>, mode);
      update();
      return c.subscribe(update);
    });
    return () => offs.forEach((off) => off());
  }, [clients, rings, mode]);
  return rings;
}
