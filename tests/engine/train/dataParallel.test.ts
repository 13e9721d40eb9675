// Data-parallel SGD: K workers' all-reduced update against one plain step on the whole K·B batch (on MNIST digits), the ring all-reduce against a plain sum, the shard sizes.
import { describe, expect, it } from 'vitest';
import { backward, createMlp, createWorkspace, forward, initMlp, lossForward } from '../../../src/engine/nn';
import { dataParallelGradient, dataParallelSgdStep, ringAllReduce, shardSizes } from '../../../src/engine/train/dataParallel';
import { mnistNet, mnistSmall } from './mnistFixtures';

const maxAbsDiff = (a: ArrayLike<number>, b: ArrayLike<number>) => {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i] - b[i]));
  return m;
};

/** The independent path: one forward/backward over all n rows at once, then x ← x − η g (no shards, no all-reduce). */
function plainStep(seed: number, X: Float32Array, y: Uint8Array, n: number, lr: number) {
  const net = createMlp(mnistNet(4, { scheme: 'he' }));
  initMlp(net, seed);
  const ws = createWorkspace(net, n);
  forward(net, ws, X, n, { train: true });
  const loss = lossForward(net, ws, y, true);
  backward(net, ws);
  const params = Float32Array.from(net.params, (p, i) => p - lr * net.grads[i]);
  return { params, grads: Float32Array.from(net.grads), loss };
}

describe('shardSizes(n, K)', () => {
  it('gives n/K rows each when K divides n', () => {
    expect(shardSizes(64, 4)).toEqual([16, 16, 16, 16]);
  });
  it('gives the first n mod K shards one row more when K does not divide n (10 rows, 4 workers: 3, 3, 2, 2)', () => {
    expect(shardSizes(10, 4)).toEqual([3, 3, 2, 2]);
  });
  it('refuses more workers than rows', () => {
    expect(() => shardSizes(3, 4)).toThrow(RangeError);
  });
});

describe('ringAllReduce(bufs)', () => {
  it('leaves the elementwise sum in every vector, in 2(K − 1) steps, each worker sending 2(K − 1)/K of the vector', () => {
    const K = 5;
    const n = 23;
    const bufs = Array.from({ length: K }, (_, k) => Float64Array.from({ length: n }, (_, i) => (k + 1) * 0.5 + i * i - 3 * k));
    const sum = Float64Array.from({ length: n }, (_, i) => bufs.reduce((s, b) => s + b[i], 0));
    const cost = ringAllReduce(bufs);
    for (const b of bufs) expect(maxAbsDiff(b, sum)).toBeLessThan(1e-12);
    expect(cost.steps).toBe(8);
    // chunks of 23/5: 4,5,4,5,5 entries; worker 0 sends 4 of them in each phase: about 2·4/5·23 = 36.8 entries.
    expect(Math.abs(cost.sentPerWorker - (2 * (K - 1) * n) / K)).toBeLessThanOrEqual(2);
  });
  it('is the identity for one worker (no steps)', () => {
    const b = Float32Array.of(1, 2, 3);
    expect(ringAllReduce([b]).steps).toBe(0);
    expect(Array.from(b)).toEqual([1, 2, 3]);
  });
});

describe('dataParallelSgdStep: K workers with shards of B equal one step with batch K·B', () => {
  const { train } = mnistSmall(96, 0);
  const X = train.x as Float32Array;
  const y = train.y as Uint8Array;
  const lr = 0.1;
  const seed = 7;

  for (const K of [1, 2, 4, 8]) {
    it(`K = ${K}, B = ${96 / K}: parameters after the update within 1e-6 of the plain batch-96 step`, () => {
      const expected = plainStep(seed, X, y, 96, lr);
      const net = createMlp(mnistNet(4, { scheme: 'he' }));
      initMlp(net, seed);
      const ws = createWorkspace(net, 96 / K);
      const r = dataParallelSgdStep(net, ws, X, y, 96, K, lr);
      expect(maxAbsDiff(net.params, expected.params)).toBeLessThanOrEqual(1e-6);
      expect(Math.abs(r.loss - expected.loss)).toBeLessThan(1e-5);
      for (const c of r.copies) expect(maxAbsDiff(c, r.grad)).toBe(0);
    });
  }

  it('K = 5 on 96 rows (shards 20, 19, 19, 19, 19): weighting by rows keeps the equality, a plain mean of the workers does not', () => {
    const expected = plainStep(seed, X, y, 96, lr);
    const net = createMlp(mnistNet(4, { scheme: 'he' }));
    initMlp(net, seed);
    const ws = createWorkspace(net, 20);
    const byRows = dataParallelGradient(net, ws, X, y, 96, 5, 'by-rows');
    expect(byRows.shards).toEqual([20, 19, 19, 19, 19]);
    expect(maxAbsDiff(byRows.grad, expected.grads)).toBeLessThanOrEqual(1e-6);
    const plain = dataParallelGradient(net, ws, X, y, 96, 5, 'plain');
    // The plain mean gives the 20-row shard weight 1/5 instead of 20/96: its gradient is off by more than rounding.
    expect(maxAbsDiff(plain.grad, expected.grads)).toBeGreaterThan(1e-4);
  });
});
