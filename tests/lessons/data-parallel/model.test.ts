// The data-parallel lesson's pure parts: the ring all-reduce time model at hand-worked points, the scaling population's members and schedules, where scaling stops, the equivalence rows on MNIST digits, the measurement's grid and crossover.
import { describe, expect, it } from 'vitest';
import { scheduledLr } from '../../../src/engine/train/lrSchedule';
import { commModel } from '../../../src/lessons/data-parallel/commModel';
import {
  allReduceTime,
  bestK,
  equivalenceRow,
  equivalenceSetup,
  gpuOvertakes,
  RACE_NET_PARAMS,
  scalingLimit,
  scalingMembers,
  scalingPopulation,
  shardText,
  speedup,
  stepTime,
  throughputCells,
  updatesOf,
  warmupSchedule,
  workerCounts,
  type ScalingKnobs,
} from '../../../src/lessons/data-parallel/model';
import { loadMnistNode } from '../../helpers/mnistNode';

describe('allReduceTime / stepTime / speedup (the ring all-reduce model)', () => {
  // 100 MB at 10 GB/s, 20 µs a message, 300 ms of compute for the whole batch on one device.
  const m = commModel({ bw: 10, lat: 20, mb: 100, ms: 300 });
  it('reads the sliders in GB/s, µs, MB and ms', () => {
    expect(m).toEqual({ bandwidth: 1e10, latency: 2e-5, bytes: 1e8, compute: 0.3 });
  });
  it('costs nothing at K = 1 (no one to talk to)', () => {
    expect(allReduceTime(1, m)).toBe(0);
    expect(speedup(1, m)).toBe(1);
  });
  it('K = 2: 2 steps of 20 µs + 2·1/2 · 100 MB / 10 GB/s = 40 µs + 10 ms', () => {
    expect(allReduceTime(2, m)).toBeCloseTo(0.01004, 12);
    // step: 150 ms + 10.04 ms; speed-up 300 / 160.04
    expect(stepTime(2, m)).toBeCloseTo(0.16004, 12);
    expect(speedup(2, m)).toBeCloseTo(300 / 160.04, 10);
  });
  it('K = 8: 14 steps of 20 µs + 2·7/8 · 10 ms = 0.28 ms + 17.5 ms; step 37.5 + 17.78 ms', () => {
    expect(allReduceTime(8, m)).toBeCloseTo(0.01778, 12);
    expect(speedup(8, m)).toBeCloseTo(300 / 55.28, 10);
  });
  it('with free communication (huge bandwidth, no latency) the speed-up is K', () => {
    const free = commModel({ bw: 1e12, lat: 0, mb: 1e-6, ms: 300 });
    expect(speedup(64, free)).toBeCloseTo(64, 6);
  });
  it('bestK: more devices stop paying once the latency term 2(K − 1)α outgrows the compute saved', () => {
    // α = 1 ms, no bandwidth cost, C = 100 ms: T(K) = 100/K + 2(K − 1); T(4) = 31, T(8) = 26.5, T(16) = 36.25 → best K = 8.
    const lat = commModel({ bw: 1e9, lat: 1000, mb: 1e-9, ms: 100 });
    expect(bestK(lat).K).toBe(8);
    expect(bestK(lat).speedup).toBeCloseTo(100 / 26.5, 6);
  });
  it('counts the race net at 784·100 + 100·100·3 + 100·10 weights and 410 biases', () => {
    expect(RACE_NET_PARAMS).toBe(109_810);
  });
});

describe('the scaling population', () => {
  const q: ScalingKnobs = { lr: 0.02, b: 16, kmax: 32, epochs: 5, n: 2000, warmup: 1, seed: 3 };
  it('has K = 1, 2, 4, 8, 16, 32, each without and with warm-up, at batch K·B and learning rate K·η', () => {
    expect(workerCounts(32)).toEqual([1, 2, 4, 8, 16, 32]);
    expect(workerCounts(5)).toEqual([1, 2, 4]);
    const ms = scalingMembers(q);
    expect(ms).toHaveLength(12);
    expect(ms[10]).toEqual({ K: 32, warmup: false, lr: 0.64, batch: 512 });
    const pop = scalingPopulation(q);
    expect(pop.members[11].hyper).toMatchObject({ optimizer: 'sgd', batchSize: 512, lr: 0.64 });
    expect(pop.members.every((m) => m.seed === 3)).toBe(true);
  });
  it('warm-up run: 0 at the start, K·η/2 half-way through W, K·η at W; both end at 0 after the last epoch', () => {
    const [no, w] = scalingMembers(q).slice(6, 8); // K = 8, lr 0.16
    const sw = warmupSchedule(w, q);
    const sn = warmupSchedule(no, q);
    expect(scheduledLr(sw, w.lr, 0)).toBe(0);
    expect(scheduledLr(sw, w.lr, 0.5)).toBeCloseTo(0.08, 12);
    expect(scheduledLr(sw, w.lr, 1)).toBeCloseTo(0.16, 12);
    expect(scheduledLr(sn, no.lr, 0)).toBeCloseTo(0.16, 12);
    expect(scheduledLr(sw, w.lr, 5)).toBeCloseTo(0, 12);
    expect(scheduledLr(sn, no.lr, 5)).toBeCloseTo(0, 12);
  });
  it('updatesOf: ⌈2000 / 512⌉ = 4 updates an epoch for K = 32, B = 16', () => {
    expect(updatesOf(2000, 512, 5)).toBe(20);
  });
});

describe('scalingLimit(ks, acc)', () => {
  it('holds while within 2 points of K = 1 and names the first K past it', () => {
    expect(scalingLimit([1, 2, 4, 8], [0.9, 0.895, 0.885, 0.8])).toEqual({ holds: 4, breaksAt: 8 });
  });
  it('a diverged run (NaN) breaks it; all holding gives null', () => {
    expect(scalingLimit([1, 2, 4], [0.9, NaN, 0.9])).toEqual({ holds: 1, breaksAt: 2 });
    expect(scalingLimit([1, 2], [0.9, 0.91])).toEqual({ holds: 2, breaksAt: null });
  });
});

describe('equivalenceRow on real digits', () => {
  const { train } = loadMnistNode();
  const e = equivalenceSetup(train.x as Float32Array, train.y as Uint8Array, 30, 2);
  it('K = 3 (shards of 10): max |Δθ| ≤ 1e-6 both ways (a plain mean is right when K divides the batch)', () => {
    const r = equivalenceRow(e, 3);
    expect(r.shards).toBe('10×3');
    expect(r.maxAbsDiff).toBeLessThanOrEqual(1e-6);
    expect(r.plainMeanDiff).toBeLessThanOrEqual(1e-6);
  });
  it('K = 4 (shards 8, 8, 7, 7): weighted by rows ≤ 1e-6, a plain mean off by far more', () => {
    const r = equivalenceRow(e, 4);
    expect(r.shards).toBe('8×2 + 7×2');
    expect(r.maxAbsDiff).toBeLessThanOrEqual(1e-6);
    expect(r.plainMeanDiff).toBeGreaterThan(1e-5);
  });
  it('shardText writes equal and uneven shards', () => {
    expect(shardText([24, 24, 24, 24])).toBe('24×4');
    expect(shardText([20, 19, 19])).toBe('20×1 + 19×2');
  });
});

describe('the measurement grid', () => {
  it('times batches 1 … 1000 of one net, then 1, 4, 16, 64 nets of batch 32', () => {
    expect(throughputCells(1000, 64)).toEqual([
      { batch: 1, members: 1 },
      { batch: 10, members: 1 },
      { batch: 100, members: 1 },
      { batch: 1000, members: 1 },
      { batch: 32, members: 1 },
      { batch: 32, members: 4 },
      { batch: 32, members: 16 },
      { batch: 32, members: 64 },
    ]);
    expect(throughputCells(10, 4)).toHaveLength(4);
  });
  it('gpuOvertakes: the smallest work per update from which the GPU wins at every larger one', () => {
    const row = (engine: 'cpu' | 'gpu', batch: number, members: number, samplesPerS: number) => ({ engine, batch, members, samplesPerS });
    const rows = [row('cpu', 1, 1, 100), row('gpu', 1, 1, 10), row('cpu', 10, 1, 500), row('gpu', 10, 1, 600), row('cpu', 100, 1, 600), row('gpu', 100, 1, 5000)];
    expect(gpuOvertakes(rows)).toBe(10);
    expect(gpuOvertakes(rows.filter((r) => r.engine === 'cpu'))).toBeNull();
  });
});
