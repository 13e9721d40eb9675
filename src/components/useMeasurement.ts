// One cancellable in-page measurement for a view: rows as they arrive, what runs now, the GPU found. The measurement
// gets a worker of its own, made on the first start and disposed on unmount; a new start or stop() cancels the last.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { BackendStatus } from '../engine/backendStatus';
import { TrainerClient } from './run';

/** The GPU a measurement found: a hardware adapter, a software one (e.g. SwiftShader), or none. */
export type GpuKind = { kind: 'hardware' | 'software'; adapter: string } | { kind: 'none'; reason: string };

export function gpuKindOf(status: BackendStatus): GpuKind {
  if (status.backend === 'webgpu') return { kind: status.fallbackAdapter ? 'software' : 'hardware', adapter: status.adapter ?? '' };
  return { kind: 'none', reason: status.reason };
}

/** What a measurement is doing: the phases every measurement has, and its own `Running` phase. */
export type MeasurementPhase<Running> = { kind: 'idle' } | Running | { kind: 'done' } | { kind: 'error'; message: string };

/** Where a measurement reports as it goes. */
export interface MeasurementSinks<Row, Running> {
  row(r: Row): void;
  phase(p: MeasurementPhase<Running>): void;
  gpu(g: GpuKind): void;
}

export type MeasurementWork<Row, Running> = (
  client: TrainerClient,
  on: MeasurementSinks<Row, Running>,
  cancelled: () => boolean,
) => Promise<void>;

export interface Measurement<Row, Running> {
  rows: Row[];
  phase: MeasurementPhase<Running>;
  gpu: GpuKind | null;
  /** True when the last measurement was stopped before it finished. */
  stopped: boolean;
  /** Cancels any measurement in flight and starts `work`, showing `first` until it reports a phase. */
  start(first: Running, work: MeasurementWork<Row, Running>): void;
  stop(): void;
}

export function useMeasurement<Row, Running>(): Measurement<Row, Running> {
  const [rows, setRows] = useState<Row[]>([]);
  const [phase, setPhase] = useState<MeasurementPhase<Running>>({ kind: 'idle' });
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

  const start = useCallback((first: Running, work: MeasurementWork<Row, Running>) => {
    const mine = ++token.current;
    const cancelled = () => token.current !== mine;
    setRows([]);
    setGpu(null);
    setStopped(false);
    setPhase(first);
    let c: TrainerClient;
    try {
      c = client.current ??= new TrainerClient();
    } catch (e) {
      setPhase({ kind: 'error', message: e instanceof Error ? e.message : String(e) });
      return;
    }
    const on: MeasurementSinks<Row, Running> = {
      row: (r) => !cancelled() && setRows((rs) => [...rs, r]),
      phase: (p) => !cancelled() && setPhase(p),
      gpu: (g) => !cancelled() && setGpu(g),
    };
    work(c, on, cancelled).then(
      () => !cancelled() && setPhase({ kind: 'done' }),
      (e: unknown) => !cancelled() && setPhase({ kind: 'error', message: e instanceof Error ? e.message : String(e) }),
    );
  }, []);

  const stop = useCallback(() => {
    token.current++;
    setStopped(true);
    setPhase({ kind: 'done' });
  }, []);

  return { rows, phase, gpu, stopped, start, stop };
}
