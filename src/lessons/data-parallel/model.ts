// The data-parallel experiments, pure: the equivalence check on real digits, the linear-scaling population, the ring all-reduce time model and the measurement's grid.
import { backward, createMlp, createWorkspace, forward, initMlp, lossForward, type Workspace } from '../../engine/nn';
import type { LrSchedule } from '../../engine/train';
import { dataParallelSgdStep, shardSizes } from '../../engine/train/dataParallel';
import type { PopulationConfig } from '../../components/run';
import { N_TEST, raceNet } from '../optimizers-mnist/race';

// ─── 1. Equivalence ─────────────────────────────────────────────────────────────────────────────────────────────

/** The worker counts the equivalence check tries (those ≤ the batch): some divide 96, some (5, 7) do not. */
export const EQ_K = [1, 2, 3, 4, 5, 7, 8, 16, 32] as const;
/** The learning rate of the one update the check compares. */
export const EQ_LR = 0.1;

export interface EquivalenceRow {
  K: number;
  /** Shard sizes, e.g. "20,19,19,19,19". */
  shards: string;
  /** max |θ_dp − θ_plain| after one update, workers weighted by their rows (the correct all-reduce). */
  maxAbsDiff: number;
  /** The same with a plain 1/K mean of the workers' mean gradients (differs when K does not divide the batch). */
  plainMeanDiff: number;
}

/** The plain step's result and the buffers every K reuses (see equivalenceRow). */
export interface EquivalenceSetup {
  X: Float32Array;
  Y: Uint8Array;
  n: number;
  seed: number;
  /** Parameters after the plain update. */
  expected: Float32Array;
  ws: Workspace;
}

/**
 * The independent path: one SGD update (η = EQ_LR) of the race net from `seed` with the whole batch, the forward and
 * backward pass over the first n rows of x/y at once.
 */
export function equivalenceSetup(x: Float32Array, y: Uint8Array, n: number, seed: number): EquivalenceSetup {
  const X = x.subarray(0, n * 784);
  const Y = y.subarray(0, n);
  const plain = createMlp(raceNet());
  initMlp(plain, seed);
  const ws = createWorkspace(plain, n);
  forward(plain, ws, X, n, { train: true });
  lossForward(plain, ws, Y, true);
  backward(plain, ws);
  const expected = Float32Array.from(plain.params, (p, i) => p - EQ_LR * plain.grads[i]);
  return { X, Y, n, seed, expected, ws };
}

/** K simulated workers all-reducing their shards' gradients (weighted by rows, and by a plain mean) against the plain update. */
export function equivalenceRow(e: EquivalenceSetup, K: number): EquivalenceRow {
  const diffAfter = (weighting: 'by-rows' | 'plain') => {
    const net = createMlp(raceNet());
    initMlp(net, e.seed);
    dataParallelSgdStep(net, e.ws, e.X, e.Y, e.n, K, EQ_LR, weighting);
    let m = 0;
    for (let i = 0; i < e.expected.length; i++) m = Math.max(m, Math.abs(net.params[i] - e.expected[i]));
    return m;
  };
  return { K, shards: shardText(shardSizes(e.n, K)), maxAbsDiff: diffAfter('by-rows'), plainMeanDiff: diffAfter('plain') };
}

/** The worker counts of EQ_K that a batch of n rows can feed. */
export const eqWorkerCounts = (n: number) => EQ_K.filter((K) => K <= n);

/** "24×4" for equal shards, "20×1 + 19×4" for uneven ones. */
export function shardText(sizes: readonly number[]): string {
  const big = sizes[0];
  const nBig = sizes.filter((s) => s === big).length;
  const rest = sizes.length - nBig;
  return rest === 0 ? `${big}×${nBig}` : `${big}×${nBig} + ${big - 1}×${rest}`;
}

// ─── 2. The linear scaling rule ─────────────────────────────────────────────────────────────────────────────────

/** K = 1, 2, 4, … ≤ kmax. */
export const workerCounts = (kmax: number): number[] => {
  const ks: number[] = [];
  for (let k = 1; k <= kmax; k *= 2) ks.push(k);
  return ks;
};

export interface ScalingKnobs {
  lr: number;
  b: number;
  kmax: number;
  epochs: number;
  n: number;
  warmup: number;
  seed: number;
}

export interface ScalingMember {
  K: number;
  warmup: boolean;
  /** K·η. */
  lr: number;
  /** K·B. */
  batch: number;
}

/** The members in population order: for each K, without then with warm-up. */
export function scalingMembers(q: ScalingKnobs): ScalingMember[] {
  return workerCounts(q.kmax).flatMap((K) => [false, true].map((warmup) => ({ K, warmup, lr: K * q.lr, batch: K * q.b })));
}

/**
 * Both runs of a K decay along part 1's cosine to 0 at the end of the last epoch (so the final accuracy is read at a small
 * learning rate, not in the middle of a large step's bounce); the warm-up run first rises linearly from 0 to K·η over
 * W epochs (part 1's warm-up + cosine), the other starts at K·η.
 */
export function warmupSchedule(m: ScalingMember, q: ScalingKnobs): LrSchedule {
  return m.warmup ? { kind: 'warmup-cosine', warmup: Math.min(q.warmup, q.epochs), total: q.epochs, min: 0 } : { kind: 'cosine', total: q.epochs, min: 0 };
}

/**
 * K workers with batches of B each, averaging their gradients, take the update of one SGD step with batch K·B (the
 * equivalence above): so "K workers" train here as one member with batch K·B and learning rate K·η, same seed.
 */
export function scalingPopulation(q: ScalingKnobs): PopulationConfig {
  return {
    spec: raceNet(),
    data: { kind: 'mnist', nTrain: q.n, nTest: N_TEST },
    options: { epochs: q.epochs, evalEachEpoch: true, evalTrainSamples: 500 },
    members: scalingMembers(q).map((m) => ({ seed: q.seed, hyper: { optimizer: 'sgd', batchSize: m.batch, lr: m.lr, lrSchedule: warmupSchedule(m, q) } })),
  };
}

/** Updates each K takes in the run: ⌈n / (K·B)⌉ per epoch. */
export const updatesOf = (n: number, batch: number, epochs: number) => epochs * Math.ceil(n / batch);

/** Accuracy points below K = 1's that still count as "scaling" in the page's reading. */
export const SCALE_TOLERANCE = 0.02;

/**
 * Where scaling stops for one series (accuracies in increasing K, K = 1 first): the largest K up to which every
 * accuracy stays within `tol` of K = 1's, and the first K past it (null when all of them hold). NaN (diverged) fails.
 */
export function scalingLimit(ks: readonly number[], acc: readonly number[], tol = SCALE_TOLERANCE): { holds: number; breaksAt: number | null } {
  const ref = acc[0];
  let i = 1;
  while (i < ks.length && Number.isFinite(acc[i]) && acc[i] >= ref - tol) i++;
  return { holds: ks[i - 1], breaksAt: i < ks.length ? ks[i] : null };
}

// ─── 3. Communication model ─────────────────────────────────────────────────────────────────────────────────────

export interface CommModel {
  /** Seconds one device needs for the forward and backward pass of the whole batch. */
  compute: number;
  /** Gradient bytes all-reduced per update. */
  bytes: number;
  /** Bytes per second on each link. */
  bandwidth: number;
  /** Seconds of fixed cost per message. */
  latency: number;
}

/**
 * Ring all-reduce time: 2(K − 1) message steps in sequence (K − 1 reduce-scatter, K − 1 all-gather), each sending
 * 1/K of the gradient: 2(K − 1)·α + 2(K − 1)/K · bytes / bandwidth. Zero for K = 1 (nothing to exchange).
 */
export function allReduceTime(K: number, m: CommModel): number {
  if (K <= 1) return 0;
  return 2 * (K - 1) * m.latency + ((2 * (K - 1)) / K) * (m.bytes / m.bandwidth);
}

/** Time of one update on K devices: compute / K + all-reduce (no overlap of the two, a pessimistic simple model). */
export const stepTime = (K: number, m: CommModel) => m.compute / K + allReduceTime(K, m);

/** Speed-up over one device: stepTime(1) / stepTime(K). */
export const speedup = (K: number, m: CommModel) => stepTime(1, m) / stepTime(K, m);

/** The model's K axis: 1 … 256. */
export const MODEL_K = [1, 2, 4, 8, 16, 32, 64, 128, 256] as const;

/** The K of MODEL_K with the largest speed-up (more devices past it make the update slower). */
export function bestK(m: CommModel): { K: number; speedup: number } {
  return MODEL_K.map((K) => ({ K, speedup: speedup(K, m) })).reduce((a, b) => (b.speedup > a.speedup ? b : a));
}

/** Parameters of the race net (784·100 + 3·100·100 + 100·10 weights, 4·100 + 10 biases): its gradient in float32 is 4 bytes each. */
export const RACE_NET_PARAMS = 784 * 100 + 3 * 100 * 100 + 100 * 10 + 4 * 100 + 10;

// ─── 4. The measurement's grid ──────────────────────────────────────────────────────────────────────────────────

/** Batch sizes of the batch sweep (one network): 1, 10, 100, 1000, up to the largest asked. */
export const tpBatches = (max: number) => [1, 10, 100, 1000].filter((b) => b <= max);
/** Population sizes of the population sweep (batch TP_MEMBER_BATCH each): 1, 4, 16, 64, up to the largest asked. */
export const tpMembers = (max: number) => [1, 4, 16, 64].filter((r) => r <= max);
/** Each network's batch in the population sweep. */
export const TP_MEMBER_BATCH = 32;

export interface ThroughputRow {
  engine: 'cpu' | 'gpu';
  batch: number;
  members: number;
  samplesPerS: number;
}

/** The cells to time, in order: the batch sweep at R = 1, then the population sweep (R = 1 at TP_MEMBER_BATCH included). */
export function throughputCells(maxBatch: number, maxMembers: number): { batch: number; members: number }[] {
  const cells = tpBatches(maxBatch).map((batch) => ({ batch, members: 1 }));
  for (const members of tpMembers(maxMembers)) {
    if (!cells.some((c) => c.batch === TP_MEMBER_BATCH && c.members === members)) cells.push({ batch: TP_MEMBER_BATCH, members });
  }
  return cells;
}

/**
 * Of the cells both engines ran, the smallest samples per update (batch × members) from which WebGPU is faster at
 * every larger one; null when it never is (or no GPU ran).
 */
export function gpuOvertakes(rows: readonly ThroughputRow[]): number | null {
  const work = [...new Set(rows.map((r) => r.batch * r.members))].sort((a, b) => a - b);
  let from: number | null = null;
  for (const w of work) {
    const at = (e: 'cpu' | 'gpu') => rows.filter((r) => r.engine === e && r.batch * r.members === w).map((r) => r.samplesPerS);
    const cpu = at('cpu');
    const gpu = at('gpu');
    if (!cpu.length || !gpu.length) continue;
    const wins = Math.max(...gpu) > Math.max(...cpu);
    if (wins && from === null) from = w;
    if (!wins) from = null;
  }
  return from;
}
