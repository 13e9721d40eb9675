// The initialization histograms for the current parameters, computed in a worker through the typed protocol; only the newest request waits.
import { useEffect, useState } from 'react';
import { activationHistograms, type HistogramParams, type LayerReading } from '../../engine/experiments/activationHistograms';
import { TrainerClient } from '../../components/run';

export interface HistogramState {
  layers: LayerReading[] | null;
  /** Compute time of the shown result, in ms. */
  ms: number | null;
  error: string | null;
}

/** The worker client and its one-deep queue: while a request runs, newer parameters wait and only the newest is sent. */
class HistogramChannel {
  private client: TrainerClient | null;
  private latest = 0;
  private busy = false;
  private queued: HistogramParams | null = null;

  constructor(private readonly onResult: (s: HistogramState) => void) {
    try {
      this.client = new TrainerClient();
    } catch {
      this.client = null; // no module workers: compute on this thread instead
      return;
    }
    this.client.on('error', (e) => onResult({ layers: null, ms: null, error: e.message || 'the histogram worker failed' }));
  }

  request(p: HistogramParams): void {
    const client = this.client;
    if (!client) {
      const t0 = performance.now();
      this.onResult({ layers: activationHistograms(p), ms: performance.now() - t0, error: null });
      return;
    }
    if (this.busy) {
      this.queued = p;
      return;
    }
    this.busy = true;
    const id = ++this.latest;
    const done = () => {
      this.busy = false;
      const next = this.queued;
      this.queued = null;
      if (next) this.request(next);
    };
    // Shown even when newer parameters wait: while dragging, each finished result is a frame of feedback.
    client.activationHistograms(p).then(
      (r) => {
        if (id === this.latest) this.onResult({ layers: r.layers, ms: r.ms, error: null });
        done();
      },
      (e: Error) => {
        if (id === this.latest && (e as { code?: string }).code !== 'disposed') this.onResult({ layers: null, ms: null, error: e.message });
        done();
      },
    );
  }

  dispose(): void {
    this.queued = null;
    this.client?.dispose();
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
