// The initialization histograms for the current parameters, computed in a worker; only the newest request waits.
import { useEffect, useState } from 'react';
import { activationHistograms, type HistogramParams, type LayerReading } from './histograms';

export interface HistogramState {
  layers: LayerReading[] | null;
  /** Compute time of the shown result, in ms. */
  ms: number | null;
  error: string | null;
}

type Reply = { id: number; layers: LayerReading[]; ms: number } | { id: number; error: string };

/** The worker and its one-deep queue: while a request runs, newer parameters wait and only the newest is sent. */
class HistogramChannel {
  private worker: Worker | null = null;
  private latest = 0;
  private busy = false;
  private queued: HistogramParams | null = null;

  constructor(private readonly onResult: (s: HistogramState) => void) {
    try {
      this.worker = new Worker(new URL('./histograms.worker.ts', import.meta.url), { type: 'module' });
    } catch {
      this.worker = null; // no module workers: compute on this thread instead
      return;
    }
    this.worker.onmessage = (e: MessageEvent<Reply>) => {
      this.busy = false;
      const r = e.data;
      // Shown even when newer parameters wait: while dragging, each finished result is a frame of feedback.
      if (r.id === this.latest) onResult('error' in r ? { layers: null, ms: null, error: r.error } : { layers: r.layers, ms: r.ms, error: null });
      const next = this.queued;
      this.queued = null;
      if (next) this.request(next);
    };
    this.worker.onerror = (e) => {
      e.preventDefault();
      onResult({ layers: null, ms: null, error: e.message || 'the histogram worker failed' });
    };
  }

  request(p: HistogramParams): void {
    if (!this.worker) {
      const t0 = performance.now();
      this.onResult({ layers: activationHistograms(p), ms: performance.now() - t0, error: null });
      return;
    }
    if (this.busy) {
      this.queued = p;
      return;
    }
    this.busy = true;
    this.worker.postMessage({ id: ++this.latest, params: p });
  }

  dispose(): void {
    this.worker?.terminate();
  }
}

export function useHistograms(params: HistogramParams): HistogramState {
  const [state, setState] = useState<HistogramState>({ layers: null, ms: null, error: null });
  const [channel, setChannel] = useState<HistogramChannel | null>(null);
  useEffect(() => {
    const c = new HistogramChannel(setState);
    setChannel(c);
    return () => c.dispose();
  }, []);
  const key = JSON.stringify(params);
  useEffect(() => {
    channel?.request(JSON.parse(key) as HistogramParams);
  }, [channel, key]);
  return state;
}
