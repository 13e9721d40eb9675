// The timing measurement's state for the view: rows as they arrive, what runs now, the GPU found; one worker session, made on the first run.
import { useCallback, useEffect, useRef, useState } from 'react';
import { TrainerClient } from '../../components/run';
import { measureTiming, type GpuKind, type TimingPhase, type TimingRow } from './timing';

export interface Timing {
  rows: TimingRow[];
  phase: TimingPhase;
  gpu: GpuKind | null;
  /** True when the last run was stopped before it finished. */
  stopped: boolean;
  run(widths: readonly number[], batch: number): void;
  stop(): void;
}

export function useTiming(): Timing {
  const [rows, setRows] = useState<TimingRow[]>([]);
  const [phase, setPhase] = useState<TimingPhase>({ kind: 'idle' });
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

  const run = useCallback((widths: readonly number[], batch: number) => {
    const mine = ++token.current;
    const cancelled = () => token.current !== mine;
    setRows([]);
    setGpu(null);
    setStopped(false);
    setPhase({ kind: 'running', width: widths[0], engine: 'cpu', index: 0, total: widths.length * 2 });
    let c: TrainerClient;
    try {
      c = client.current ??= new TrainerClient();
    } catch (e) {
      setPhase({ kind: 'error', message: e instanceof Error ? e.message : String(e) });
      return;
    }
    const sorted = [...widths].sort((a, b) => a - b);
    measureTiming(
      c,
      sorted,
      batch,
      {
        row: (r) => !cancelled() && setRows((rs) => [...rs, r]),
        phase: (p) => !cancelled() && setPhase(p),
        gpu: (g) => !cancelled() && setGpu(g),
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

  return { rows, phase, gpu, stopped, run, stop };
}
