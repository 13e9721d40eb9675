// Pure model of the weight-decay lesson (seed 000 §3, seed 004 §四, seed 002): d2l's high-dimensional linear regression
// as one population (a λ sweep, the chosen λ, an L1 run), seed 004's overfit MNIST net with and without L2, and the readings.
import type { ModelSpec } from '../../engine/nn';
import type { HyperUpdate, MemberConfig } from '../../engine/train';
import { hyperFrom } from '../../state/hyperFrom';
import type { PopulationConfig } from '../../components/run';
import { weightDecayParams, type WeightDecayValues } from './params';

/** d2l's settings: 20 training and 100 test rows, 200 inputs, noise 0.01, batch 5, SGD η = 0.003, w ~ N(0, 1), b = 0. */
export const LINEAR = { nTrain: 20, nTest: 100, d: 200, noise: 0.01, batch: 5, lr: 0.003 } as const;
/** Updates per epoch of the linear runs: ⌈20 / 5⌉. */
export const LINEAR_STEPS_PER_EPOCH = Math.ceil(LINEAR.nTrain / LINEAR.batch);
/** The λ of the validation curve (0 is drawn left of the log axis). */
export const SWEEP: readonly number[] = [0, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10, 30];

/** The linear model ŷ = wᵀx + b: 200 inputs, no hidden layer, squared loss ½(ŷ − y)², weights N(0, 1) as d2l's init_params. */
export const LINEAR_SPEC: ModelSpec = { inputSize: LINEAR.d, hidden: [], outputSize: 1, init: { scheme: 'gaussian', std: 1 }, loss: 'mse' };

/** One linear run's penalties: L2 strength λ (weightDecay) and L1 strength λ₁. */
export interface Penalty {
  l2: number;
  l1: number;
}

/** The linear population: its members' penalties and where the roles sit among them. */
export interface LinearPlan {
  penalties: Penalty[];
  /** Member of each SWEEP value, in SWEEP order. */
  sweep: number[];
  /** Member with λ = 0 and member with the chosen λ. */
  zero: number;
  chosen: number;
  /** The L1 run (λ₁) and the L2 run at the same strength (λ = λ₁), for the histograms. */
  l1: number;
  l2Match: number;
}

/** Members for a chosen λ and λ₁: SWEEP, then λ and λ₁ as L2 runs when not already there, then the L1 run. */
export function linearPlan(lambda: number, lambda1: number): LinearPlan {
  const penalties: Penalty[] = SWEEP.map((l2) => ({ l2, l1: 0 }));
  const l2Member = (l2: number) => {
    const k = penalties.findIndex((p) => p.l1 === 0 && p.l2 === l2);
    if (k >= 0) return k;
    penalties.push({ l2, l1: 0 });
    return penalties.length - 1;
  };
  const chosen = l2Member(lambda);
  const l2Match = l2Member(lambda1);
  penalties.push({ l2: 0, l1: lambda1 });
  return { penalties, sweep: SWEEP.map((_, k) => k), zero: 0, chosen, l1: penalties.length - 1, l2Match };
}

/** The population: every member the same data (seed), the same initial weights and batch order; only the penalties differ. */
export function linearPopulation(plan: LinearPlan, q: { epochs: number; seed: number }): PopulationConfig {
  const members: MemberConfig[] = plan.penalties.map((p) => ({
    seed: q.seed,
    hyper: { optimizer: 'sgd', lr: LINEAR.lr, batchSize: LINEAR.batch, weightDecay: p.l2, l1: p.l1 },
  }));
  return {
    spec: LINEAR_SPEC,
    data: { kind: 'linear', seed: q.seed, nTrain: LINEAR.nTrain, nTest: LINEAR.nTest, d: LINEAR.d, noise: LINEAR.noise },
    options: { epochs: q.epochs, evalEachEpoch: true },
    members,
  };
}

/** Seed 004's overfit setup: 6 hidden layers of 100 ReLU (He init) + the output layer = 7 affine layers, batch 100. */
export const MNIST_HIDDEN = 6;
export const MNIST_UNITS = 100;
export const MNIST_BATCH = 100;
/** Test digits the accuracies are measured on (the book uses all 10 000). */
export const MNIST_TEST = 1000;

/** 784 → 6 × 100 ReLU → 10, softmax cross-entropy. */
export const MNIST_SPEC: ModelSpec = {
  inputSize: 784,
  hidden: Array.from({ length: MNIST_HIDDEN }, () => ({ units: MNIST_UNITS, activation: 'relu' as const })),
  outputSize: 10,
  init: { scheme: 'he' },
  loss: 'softmax-ce',
};

/**
 * The MNIST comparison: member 1 with the bound mnist.lr and mnist.lambda (η, λ), member 0 the same with λ = 0; same seed,
 * weights and batches. SGD and the batch size are the lesson's fixed settings.
 */
export function mnistPopulation(v: Pick<WeightDecayValues, 'mnist.lambda' | 'mnist.lr' | 'mnist.epochs' | 'mnist.n' | 'seed'>): PopulationConfig {
  const hyper: HyperUpdate = { optimizer: 'sgd', batchSize: MNIST_BATCH, ...hyperFrom(weightDecayParams, v, 'mnist') };
  return {
    spec: MNIST_SPEC,
    data: { kind: 'mnist', nTrain: v['mnist.n'], nTest: MNIST_TEST },
    options: { epochs: v['mnist.epochs'], evalEachEpoch: true },
    members: [{ seed: v.seed, hyper: { ...hyper, weightDecay: 0 } }, { seed: v.seed, hyper }],
  };
}

/** ‖v‖₂ over v[0 … count). */
export function norm2(v: ArrayLike<number>, count = v.length): number {
  let s = 0;
  for (let i = 0; i < count; i++) s += v[i] * v[i];
  return Math.sqrt(s);
}

/** ‖v‖₁ over v[0 … count). */
export function norm1(v: ArrayLike<number>, count = v.length): number {
  let s = 0;
  for (let i = 0; i < count; i++) s += Math.abs(v[i]);
  return s;
}

/** Counts of v[0 … count) in `bins` equal bins over [lo, hi]; values outside go to the end bins. Shape: bins. */
export function histogram(v: ArrayLike<number>, lo: number, hi: number, bins: number, count = v.length): Uint32Array {
  const out = new Uint32Array(bins);
  for (let i = 0; i < count; i++) {
    const k = Math.floor(((v[i] - lo) / (hi - lo)) * bins);
    out[Math.min(bins - 1, Math.max(0, k))]++;
  }
  return out;
}

/** How many of v[0 … count) have |v| ≤ eps. */
export function countNearZero(v: ArrayLike<number>, eps: number, count = v.length): number {
  let k = 0;
  for (let i = 0; i < count; i++) if (Math.abs(v[i]) <= eps) k++;
  return k;
}

/** Training and test accuracy of one epoch. */
export interface Gap {
  train: number;
  test: number;
}

/**
 * The mean of train − test over the last `window` entries (a single epoch's accuracy jitters by a few points
 * on 300 digits; a short mean reads the trend). NaN when there are none.
 */
export function meanGap(rows: readonly Gap[], window = 5): number {
  const last = rows.slice(-window);
  return last.length ? last.reduce((a, r) => a + r.train - r.test, 0) / last.length : NaN;
}

/**
 * Reads the two accuracy gaps: 'narrower' when weight decay's gap is below the plain net's by more than `margin`
 * (default 0.02, about the noise of accuracy on 1000 test digits), 'wider' when above by more than that, else 'similar'.
 */
export function gapVerdict(plain: number, decayed: number, margin = 0.02): 'narrower' | 'similar' | 'wider' {
  if (decayed < plain - margin) return 'narrower';
  return decayed > plain + margin ? 'wider' : 'similar';
}
