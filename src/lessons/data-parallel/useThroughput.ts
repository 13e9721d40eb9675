// The measurement's state for the view: rows as they arrive, what runs now, the GPU found; one worker of its own, made on the first press.
import { useCallback, useEffect, useRef, useState } from 'react';
import { TrainerClient } from '../../components/run';
import type { GpuKind } from '../backprop/timing';
import type { ThroughputRow } from './model';
import { measureThroughput, type SkippedCell, type ThroughputPhase } from './throughput';

export interface Throughput {
  rows: ThroughputRow[];
  /** Cells left out for time (see ENGINE_BUDGET_MS). */
  skipped: SkippedCell[];
  phase: ThroughputPhase;
  gpu: GpuKind | null;
  /** True when the last measurement was cancelled before it finished. */
  stopped: boolean;
  run(maxBatch: number, maxMembers: number): void;
  stop(): void;
}

export function useThroughput(): Throughput {
  const [rows, setRows] = useState<ThroughputRow[]>([]);
  const [skipped, setSkipped] = useState<SkippedCell[]>([]);
  const [phase, setPhase] = useState<ThroughputPhase>({ kind: 'idle' });
  const [gpu, setGpu] = useState<GpuKind | null>(null);
  const [stopped, setStopped] = useState(false);
  const client = useRef<TrainerClient | null>(null);
  const token = useRef(0);

  useEffect(
    () => () => {
      token.current++;
      client.current?.dispose();
      client.current = null;
    },
    [],
  );

  const run = useCallback((maxBatch: number, maxMembers: number) => {
    const mine = ++token.current;
    const cancelled = () => token.current !== mine;
    setRows([]);
    setSkipped([]);
    setGpu(null);
    setStopped(false);
    setPhase({ kind: 'running', engine: 'cpu', batch: 1, members: 1, index: 0, total: 1 });
    let c: TrainerClient;
    try {
      c = client.current ??= new TrainerClient();
    } catch (e) {
      setPhase({ kind: 'error', message: e instanceof Error ? e.message : String(e) });
      return;
    }
    measureThroughput(
      c,
      maxBatch,
      maxMembers,
      {
        row: (r) => !cancelled() && setRows((rs) => [...rs, r]),
        phase: (p) => !cancelled() && setPhase(p),
        gpu: (g) => !cancelled() && setGpu(g),
        skip: (cell) => !cancelled() && setSkipped((cs) => [...cs, cell]),
      },
      cancelled,
    ).then(
      () => !cancelled() && setPhase({ kind: 'done' }),
      (e: unknown) => !cancelled() && setPhase({ kind: 'error', message: e instanceof Error ? e.message : String(e) }),
    );
  }, []);

  const stop = useCallback(() => {
    token.current++;
    setStopped(true);
    setPhase({ kind: 'done' });
  }, []);

  return { rows, skipped, phase, gpu, stopped, run, stop };
}
