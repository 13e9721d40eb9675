// Data-parallel SGD simulated in one thread: K workers each take a shard of the mini-batch, their gradients are summed by a ring all-reduce, and every worker takes the same update.
import { allocVec, backward, forward, lossForward, type Mlp, type Workspace } from '../nn/mlp';
import type { Targets } from '../nn/loss';
import type { Vec } from '../optimizers/types';

/**
 * Rows of each of K shards of an n-row mini-batch: ⌊n/K⌋ each, and the first n mod K shards one more (so shards differ
 * by at most one row when K does not divide n). Throws RangeError unless 1 ≤ K ≤ n (a worker with no rows has no gradient).
 */
export function shardSizes(n: number, K: number): number[] {
  if (!Number.isInteger(K) || K < 1) throw new RangeError(`K must be a positive integer, got ${K}`);
  if (!Number.isInteger(n) || n < K) throw new RangeError(`a batch of ${n} rows cannot feed ${K} workers`);
  const q = Math.floor(n / K);
  const r = n % K;
  return Array.from({ length: K }, (_, k) => q + (k < r ? 1 : 0));
}

/** What a ring all-reduce cost: sequential message steps, and vector entries each worker sent. */
export interface AllReduceCost {
  /** 2(K − 1): K − 1 reduce-scatter steps, then K − 1 all-gather steps. */
  steps: number;
  /** Entries each worker sent in all: 2(K − 1) chunks of about n/K entries each. */
  sentPerWorker: number;
}

/**
 * Ring all-reduce (sum) over K equal-length vectors, in place: afterwards every vector holds the elementwise sum.
 * The vector is cut into K chunks; worker i sends to worker i + 1 (mod K). Reduce-scatter: at step s worker i sends
 * chunk (i − s) mod K, which the receiver adds to its own copy; after K − 1 steps worker i holds the full sum of chunk
 * (i + 1) mod K. All-gather: at step s worker i sends chunk (i + 1 − s) mod K, which the receiver overwrites.
 * Within a step no worker reads a chunk that another writes, so the simultaneous sends can be played in any order.
 */
export function ringAllReduce(bufs: readonly Vec[]): AllReduceCost {
  const K = bufs.length;
  if (K === 0) throw new RangeError('all-reduce over no workers');
  const n = bufs[0].length;
  for (const b of bufs) if (b.length !== n) throw new RangeError('all-reduce needs vectors of one length');
  const start = (c: number) => Math.floor((c * n) / K);
  const mod = (a: number) => ((a % K) + K) % K;
  let sent = 0;
  for (let s = 0; s < K - 1; s++) {
    for (let i = 0; i < K; i++) {
      const c = mod(i - s);
      const src = bufs[i];
      const dst = bufs[mod(i + 1)];
      for (let j = start(c); j < start(c + 1); j++) dst[j] += src[j];
      if (i === 0) sent += start(c + 1) - start(c);
    }
  }
  for (let s = 0; s < K - 1; s++) {
    for (let i = 0; i < K; i++) {
      const c = mod(i + 1 - s);
      const src = bufs[i];
      const dst = bufs[mod(i + 1)];
      for (let j = start(c); j < start(c + 1); j++) dst[j] = src[j];
      if (i === 0) sent += start(c + 1) - start(c);
    }
  }
  return { steps: 2 * (K - 1), sentPerWorker: sent };
}

/**
 * How the workers weigh their gradients before the sum: 'by-rows' multiplies worker k's mean gradient by n_k / n (its
 * share of the batch), so the sum is the gradient of the whole batch even for uneven shards; 'plain' by 1/K (a plain
 * average of the workers' means, which weighs the rows of a smaller shard more when K does not divide n).
 */
export type ShardWeighting = 'by-rows' | 'plain';

/** The gradient one data-parallel step agrees on, and the batch loss (shard losses weighted by rows). */
export interface DataParallelGrad {
  /** layout.size entries: what every worker holds after the all-reduce (worker 0's copy). */
  grad: Vec;
  /** Every worker's copy after the all-reduce (identical entries). */
  copies: Vec[];
  loss: number;
  shards: number[];
  cost: AllReduceCost;
}

/**
 * K simulated workers on the n-row mini-batch X (n×inputSize, row-major) with targets y: worker k runs the forward and
 * backward pass on its shard (consecutive rows, shardSizes), scales its mean gradient (see ShardWeighting), and a ring
 * all-reduce sums them. Plain gradient of the data loss (no weight decay, no clipping); training-mode forward, so it
 * equals the whole batch's gradient only without batch norm (whose statistics would be the shard's) and dropout.
 * Overwrites net.grads; ws must hold at least the largest shard.
 */
export function dataParallelGradient(
  net: Mlp, ws: Workspace, X: Vec, y: Targets, n: number, K: number, weighting: ShardWeighting = 'by-rows',
): DataParallelGrad {
  const shards = shardSizes(n, K);
  const d = net.spec.inputSize;
  const perRow = y.length / n;
  const copies: Vec[] = [];
  let loss = 0;
  let o = 0;
  for (const rows of shards) {
    const xs = X.subarray(o * d, (o + rows) * d);
    const ys = y.subarray(o * perRow, (o + rows) * perRow) as Targets;
    forward(net, ws, xs, rows, { train: true });
    const l = lossForward(net, ws, ys, true);
    backward(net, ws);
    const w = weighting === 'by-rows' ? rows / n : 1 / K;
    const g = allocVec(net.dtype, net.layout.size);
    for (let i = 0; i < g.length; i++) g[i] = w * net.grads[i];
    copies.push(g);
    loss += (rows / n) * l;
    o += rows;
  }
  const cost = ringAllReduce(copies);
  return { grad: copies[0], copies, loss, shards, cost };
}

/** One data-parallel SGD update: x ← x − η·ḡ with ḡ the all-reduced gradient of dataParallelGradient. Returns it. */
export function dataParallelSgdStep(
  net: Mlp, ws: Workspace, X: Vec, y: Targets, n: number, K: number, lr: number, weighting: ShardWeighting = 'by-rows',
): DataParallelGrad {
  const r = dataParallelGradient(net, ws, X, y, n, K, weighting);
  const p = net.params;
  for (let i = 0; i < p.length; i++) p[i] -= lr * r.grad[i];
  return r;
}
