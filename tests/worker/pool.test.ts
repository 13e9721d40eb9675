// The page's worker pool: its size, workers created once and reused, populations placed and split, sessions freed, data built once per worker.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ModelSpec } from '../../src/engine/nn';
import { createTrainer } from '../../src/engine/train';
import { TrainerClient } from '../../src/worker/page/client';
import { defaultPoolSize, WorkerPool } from '../../src/worker/page/pool';
import { PopulationRun, type PopulationConfig } from '../../src/worker/page/populationRun';
import type { DataDescriptor, RunState } from '../../src/worker/shared/protocol';
import { dataSampler, TOY_SETS } from '../../src/engine/data';
import { fakePooledWorker, type FakePooledWorker } from './fakeWorker';

const spec: ModelSpec = { inputSize: 2, hidden: [{ units: 6, activation: 'tanh' }], outputSize: 2, init: { scheme: 'xavier' }, loss: 'softmax-ce' };
const blobs: DataDescriptor = { kind: 'toy', name: 'blobs', n: 120, noise: 0.3, seed: 5, classes: 2 };
const config = (members: number, lr0 = 0.05): PopulationConfig => ({
  spec,
  data: blobs,
  options: { evalEachEpoch: false },
  members: Array.from({ length: members }, (_, i) => ({ seed: 10 + i, hyper: { lr: lr0 * (i + 1), batchSize: 20 } })),
});

let pools: WorkerPool[] = [];
afterEach(() => {
  pools.forEach((p) => p.dispose());
  pools = [];
});

function fakePool(size: number): { pool: WorkerPool; workers: FakePooledWorker[] } {
  const workers: FakePooledWorker[] = [];
  const pool = new WorkerPool({
    size,
    spawn: () => {
      const w = fakePooledWorker();
      workers.push(w);
      return w;
    },
  });
  pools.push(pool);
  return { pool, workers };
}

describe('defaultPoolSize(hardwareConcurrency)', () => {
  it('is min(hardwareConcurrency − 1, 4), but two workers on two or three cores and one on one', () => {
    expect([1, 2, 3, 4, 5, 8, 16].map((n) => defaultPoolSize(n))).toEqual([1, 2, 2, 3, 4, 4, 4]);
    expect(defaultPoolSize(undefined)).toBe(1);
  });
});

describe('WorkerPool', () => {
  it('place(count, gpu): a GPU population whole on worker 0; a CPU one split evenly, contiguous, over at most size workers', () => {
    const { pool } = fakePool(3);
    expect(pool.place(5, true)).toEqual([{ worker: 0, start: 0, count: 5 }]);
    const parts = pool.place(7, false);
    expect(parts.map((p) => p.count)).toEqual([3, 2, 2]);
    expect(parts.map((p) => p.start)).toEqual([0, 3, 5]);
    expect(new Set(parts.map((p) => p.worker)).size).toBe(3);
    expect(pool.place(2, false)).toHaveLength(2);
    expect(() => pool.place(0, false)).toThrow(RangeError);
  });

  it('creates workers on first use only and keeps them across twenty lesson switches', async () => {
    const { pool, workers } = fakePool(3);
    expect(pool.spawned).toBe(0);
    for (let lesson = 0; lesson < 20; lesson++) {
      const run = new PopulationRun(config(1 + (lesson % 4)), pool);
      await run.create();
      await run.step(2);
      run.dispose();
    }
    expect(pool.spawned).toBeLessThanOrEqual(3);
    expect(workers).toHaveLength(pool.spawned);
    expect(workers.every((w) => !w.terminated)).toBe(true);
  });

  it('a CPU population split over the workers trains each member exactly as its single run', async () => {
    const { pool, workers } = fakePool(2);
    const run = new PopulationRun(config(3), pool);
    const infos = await run.create();
    expect(infos.map((i) => i.backendStatus.reason)).toEqual(['no-webgpu', 'no-webgpu', 'no-webgpu']);
    expect(run.parts.map((c) => c.info?.members)).toEqual([2, 1]);
    expect(workers.map((w) => w.host.size)).toEqual([1, 1]);
    await run.step(6);
    const data = { train: TOY_SETS.blobs(dataSampler(5, 0), { n: 120, noise: 0.3, classes: 2 }) };
    config(3).members.forEach((m, i) => {
      const single = createTrainer(spec, data, m.hyper, m.seed, { evalEachEpoch: false }).step(6);
      const ring = run.members[i].steps;
      expect(Array.from({ length: ring.length }, (_, k) => ring.get('loss', k)), `member ${i}`).toEqual(single.steps.map((s) => s.loss));
    });
    const third = createTrainer(spec, data, config(3).members[2].hyper, 12, { evalEachEpoch: false });
    third.step(6);
    expect(await run.members[2].getParams()).toEqual(third.getParams());
    run.dispose();
  });

  it('disposing a run frees its sessions on the workers; the workers stay', async () => {
    const { pool, workers } = fakePool(2);
    const run = new PopulationRun(config(4), pool);
    await run.create();
    expect(workers.map((w) => w.host.size)).toEqual([1, 1]);
    run.dispose();
    await vi.waitFor(() => expect(workers.map((w) => w.host.size)).toEqual([0, 0]));
    expect(pool.load()).toEqual([0, 0]);
  });

  it('each worker builds a data set once per descriptor and keeps it for later sessions', async () => {
    const { pool, workers } = fakePool(1);
    for (let i = 0; i < 3; i++) {
      const c = new TrainerClient({ worker: pool.port(0) });
      await c.create({ spec, data: blobs, hyper: { lr: 0.1, batchSize: 20 }, seed: i });
      c.dispose();
    }
    expect(workers[0].host.data.builds).toBe(1);
    const c = new TrainerClient({ worker: pool.port(0) });
    await c.create({ spec, data: { ...blobs, seed: 6 }, seed: 1 });
    expect(workers[0].host.data.builds).toBe(2);
    c.dispose();
  });

  it('sessions on one worker are independent: a status or metrics of one never reaches another', async () => {
    const { pool } = fakePool(1);
    const a = new TrainerClient({ worker: pool.port(0) });
    const b = new TrainerClient({ worker: pool.port(0) });
    await Promise.all([a.create({ spec, data: blobs, seed: 1 }), b.create({ spec, data: blobs, seed: 2 })]);
    const statuses: RunState[] = [];
    b.on('status', (s) => statuses.push(s));
    await a.step(4);
    expect(a.steps.length).toBe(4);
    expect(b.steps.length).toBe(0);
    expect(statuses).toEqual([]);
    a.dispose();
    b.dispose();
  });
});
