// The timing measurement's state for the view (see components/useMeasurement): widths timed smallest first.
import { useCallback } from 'react';
import { useMeasurement, type Measurement } from '../../components/useMeasurement';
import { measureTiming, type TimingRow, type TimingRunning } from './timing';

export interface Timing extends Omit<Measurement<TimingRow, TimingRunning>, 'start'> {
  run(widths: readonly number[], batch: number): void;
}

export function useTiming(): Timing {
  const { start, ...m } = useMeasurement<TimingRow, TimingRunning>();
  const run = useCallback(
    (widths: readonly number[], batch: number) => {
      const sorted = [...widths].sort((a, b) => a - b);
      start({ kind: 'running', width: sorted[0], engine: 'cpu', index: 0, total: widths.length * 2 }, (c, on, cancelled) =>
        measureTiming(c, sorted, batch, on, cancelled),
      );
    },
    [start],
  );
  return { ...m, run };
}
