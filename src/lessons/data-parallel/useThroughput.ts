// The throughput measurement's state for the view (see components/useMeasurement), with the cells skipped for time.
import { useCallback, useState } from 'react';
import { useMeasurement, type Measurement } from '../../components/useMeasurement';
import type { ThroughputRow } from './model';
import { measureThroughput, type SkippedCell, type ThroughputRunning } from './throughput';

export interface Throughput extends Omit<Measurement<ThroughputRow, ThroughputRunning>, 'start'> {
  /** Cells left out for time (see ENGINE_BUDGET_MS). */
  skipped: SkippedCell[];
  run(maxBatch: number, maxMembers: number): void;
}

export function useThroughput(): Throughput {
  const { start, ...m } = useMeasurement<ThroughputRow, ThroughputRunning>();
  const [skipped, setSkipped] = useState<SkippedCell[]>([]);
  const run = useCallback(
    (maxBatch: number, maxMembers: number) => {
      setSkipped([]);
      start({ kind: 'running', engine: 'cpu', batch: 1, members: 1, index: 0, total: 1 }, (c, on, cancelled) =>
        measureThroughput(c, maxBatch, maxMembers, { ...on, skip: (cell) => !cancelled() && setSkipped((cs) => [...cs, cell]) }, cancelled),
      );
    },
    [start],
  );
  return { ...m, skipped, run };
}
