// prefetchMnist: the workers that will train a lesson's MNIST runs start loading MNIST as it opens; the sessions end at once.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BackendInfo } from '../../src/gpu/device';
import { MnistLoadError, type MnistSplits } from '../../src/worker/shared/data/loadMnist';
import { WorkerPool } from '../../src/worker/page/pool';
import { prefetchMnist } from '../../src/worker/page/prefetch';
import { loadMnistBytesNode } from '../helpers/mnistNode';
import { fakePooledWorker, fakeWorker } from './fakeWorker';

const hardware: BackendInfo = { kind: 'gpu', name: 'a hardware adapter', fallback: false };
const software: BackendInfo = { kind: 'gpu', name: 'SwiftShader', fallback: true };

let pools: WorkerPool[] = [];
afterEach(() => {
  pools.forEach((p) => p.dispose());
  pools = [];
});

/** A pool of `size` fake workers; `loads[i]` counts worker i's MNIST loads. */
function poolOf(size: number) {
  const loads: number[] = [];
  const pool = new WorkerPool({
    size,
    spawn: () => {
      const i = loads.push(0) - 1;
      return fakePooledWorker({
        loadMnist: async (): Promise<MnistSplits> => {
          loads[i]++;
          return loadMnistBytesNode();
        },
      });
    },
  });
  pools.push(pool);
  return { pool, loads };
}

describe('prefetchMnist(choice, pool, detect)', () => {
  it('on the CPU (a software adapter under auto, or backend=cpu) every worker of the pool starts loading MNIST', async () => {
    for (const [choice, detected] of [['auto', software], ['cpu', hardware]] as const) {
      const { pool, loads } = poolOf(3);
      await prefetchMnist(choice, pool, async () => detected);
      await vi.waitFor(() => expect(loads).toEqual([1, 1, 1]));
      expect(pool.load()).toEqual([0, 0, 0]); // the prefetch sessions ended: placement sees idle workers
    }
  });

  it('when the GPU may train the runs only worker 0, which holds the device, loads it (and no other worker starts)', async () => {
    for (const choice of ['auto', 'gpu'] as const) {
      const { pool, loads } = poolOf(3);
      await prefetchMnist(choice, pool, async () => hardware);
      await vi.waitFor(() => expect(loads).toEqual([1]));
      expect(pool.spawned).toBe(1);
    }
  });
});

describe("the worker's prefetchMnist request", () => {
  it('answers once MNIST is loaded, with the base URL it was given; a failed load answers "data-load" with the loader code', async () => {
    const urls: (string | undefined)[] = [];
    const ok = fakeWorker({ loadMnist: async ({ baseUrl }) => (urls.push(baseUrl), loadMnistBytesNode()) });
    ok.session.handle({ type: 'prefetchMnist', id: 7, baseUrl: 'https://example.test/data/' });
    await vi.waitFor(() => expect(ok.posted).toContainEqual({ type: 'reply', id: 7, ok: true, result: null }));
    expect(urls).toEqual(['https://example.test/data/']);
    const failing = fakeWorker({ loadMnist: () => Promise.reject(new MnistLoadError('network', 'manifest.json', 'HTTP 404')) });
    failing.session.handle({ type: 'prefetchMnist', id: 8 });
    await vi.waitFor(() => expect(failing.posted).toContainEqual(expect.objectContaining({ type: 'reply', id: 8, ok: false })));
    expect(failing.posted.find((m) => m.type === 'reply')).toMatchObject({ error: { code: 'data-load', loadCode: 'network', file: 'manifest.json' } });
  });
});
