// Starts a lesson's training workers and their MNIST download as the lesson opens, beside its view's code, so that the
// first run finds a started worker and its data loaded (or on the way) instead of starting both after the view renders.
// Small on purpose (the pool and two messages, no client): it is part of the index bundle, so nothing waits for a chunk.
import { preDecide } from '../../gpu/backendRules';
import type { BackendChoice } from '../../engine/backendStatus';
import { detectBackend, type BackendInfo } from '../../gpu/device';
import { pageDataUrl } from './dataUrl';
import { pagePool, type WorkerPool } from './pool';
import type { RequestOf } from '../shared/protocol';

/**
 * Has each worker that will train the lesson's MNIST runs begin loading MNIST: worker 0 at once (it trains a population
 * the GPU may run, and is one of the CPU's workers too), and once the adapter detection has answered (a software
 * adapter can take a second), the pool's other workers as well if the backend policy leaves the runs to the CPU (CPU
 * populations are split over every worker). `detect` is the page's adapter detection (tests pass their own).
 */
export async function prefetchMnist(choice: BackendChoice, pool: WorkerPool = pagePool(), detect: () => Promise<BackendInfo> = detectBackend): Promise<void> {
  prefetchOn(pool, 0);
  const decided = preDecide(choice, choice === 'cpu' ? null : await detect());
  if (decided !== null) for (let w = 1; w < pool.size; w++) prefetchOn(pool, w);
}

/**
 * A session on `worker` that asks for MNIST and ends at once: the download goes on in the worker (its reply finds the
 * session gone), the pool's placement sees no extra load, and a failure shows in the run's own create, which loads again.
 */
function prefetchOn(pool: WorkerPool, worker: number): void {
  const port = pool.port(worker);
  const prefetch: RequestOf<'prefetchMnist'> = { type: 'prefetchMnist', id: 1, baseUrl: pageDataUrl() };
  const dispose: RequestOf<'dispose'> = { type: 'dispose', id: 2 };
  port.postMessage(prefetch, []);
  port.postMessage(dispose, []);
  port.terminate();
}
