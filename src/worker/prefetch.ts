// Starts a lesson's training workers and their MNIST download as the lesson opens, beside its view's code, so that the
// first run finds a started worker and its data loaded (or on the way) instead of starting both after the view renders.
import { preDecide, type BackendChoice } from '../gpu/backendRules';
import { detectBackend, type BackendInfo } from '../gpu/device';
import { TrainerClient } from './client';
import { pagePool, type WorkerPool } from './pool';

/**
 * Has each worker that will train the lesson's MNIST runs begin loading MNIST: worker 0 at once (it trains a population
 * the GPU may run, and is one of the CPU's workers too), and once the adapter detection has answered (a software
 * adapter can take a second), the pool's other workers as well if the backend policy leaves the runs to the CPU (CPU
 * populations are split over every worker). The sessions end at once (the download goes on in the worker), so the
 * pool's placement sees no extra load. `detect` is the page's adapter detection (tests pass their own).
 */
export async function prefetchMnist(choice: BackendChoice, pool: WorkerPool = pagePool(), detect: () => Promise<BackendInfo> = detectBackend): Promise<void> {
  prefetchOn(pool, 0);
  const decided = preDecide(choice, choice === 'cpu' ? null : await detect());
  if (decided !== null) for (let w = 1; w < pool.size; w++) prefetchOn(pool, w);
}

function prefetchOn(pool: WorkerPool, worker: number): void {
  const client = new TrainerClient({ worker: pool.port(worker) });
  void client.prefetchMnist(); // its reply comes after the session ended; a failure shows in the run's own create
  client.dispose();
}
