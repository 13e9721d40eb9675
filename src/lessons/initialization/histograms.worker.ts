// Worker computing the initialization histograms off the main thread (50 M multiply-adds per request at the defaults).
import { activationHistograms, type HistogramParams } from './histograms';

interface Request {
  id: number;
  params: HistogramParams;
}

self.onmessage = (event: MessageEvent<Request>) => {
  const { id, params } = event.data;
  try {
    const t0 = performance.now();
    const layers = activationHistograms(params);
    const ms = performance.now() - t0;
    self.postMessage({ id, layers, ms }, { transfer: layers.map((l) => l.counts.buffer) });
  } catch (e) {
    self.postMessage({ id, error: e instanceof Error ? e.message : String(e) });
  }
};
