// Test hooks a page installs only when its URL asks (?debug=gpu-loss before the #): browser tests reach the worker's GPU device.
import { TrainerClient } from './client';
import { pagePool, type WorkerPool } from './pool';

/** What window.__trainingDebug offers when installed. */
export interface TrainingDebugHooks {
  /** Destroys the GPU device of the pool's GPU worker (worker 0) as a driver reset would; true when there was a live one. */
  loseGpu(): Promise<boolean>;
}

/** The query flag (in location.search, not the lesson's hash parameters) that installs the hooks. */
export const DEBUG_FLAG = 'gpu-loss';

/**
 * Installs window.__trainingDebug when `search` (location.search) holds debug=gpu-loss; otherwise does nothing,
 * so an ordinary page has no way to send the debug request. Returns the hooks when installed.
 */
export function installDebugHooks(search: string, pool: () => WorkerPool = pagePool): TrainingDebugHooks | null {
  if (new URLSearchParams(search).get('debug') !== DEBUG_FLAG) return null;
  const hooks: TrainingDebugHooks = {
    async loseGpu() {
      // A short session of its own on worker 0, which holds the page's one GPU device.
      const client = new TrainerClient({ worker: pool().port(0) });
      try {
        return await client.debugLoseGpu();
      } finally {
        client.dispose();
      }
    },
  };
  (globalThis as { __trainingDebug?: TrainingDebugHooks }).__trainingDebug = hooks;
  return hooks;
}
