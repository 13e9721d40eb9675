// Test harness page for the training worker: exposes the page-side client so browser tests can drive a real worker.
import { createFrameScheduler } from '../src/components/ring/frameScheduler';
import { TrainerClient } from '../src/worker/page/client';
import { SEED_SPEC } from './mlp';

/** What the browser tests reach through page.evaluate. */
export interface WorkerHarness {
  TrainerClient: typeof TrainerClient;
  createFrameScheduler: typeof createFrameScheduler;
  seedSpec: typeof SEED_SPEC;
  /** Absolute URL of the MNIST subset copied into dist-bench. */
  dataUrl: string;
}

declare global {
  interface Window {
    __workerHarness?: WorkerHarness;
  }
}

window.__workerHarness = { TrainerClient, createFrameScheduler, seedSpec: SEED_SPEC, dataUrl: new URL('data/', location.href).href };
document.getElementById('status')!.textContent = 'ready';
