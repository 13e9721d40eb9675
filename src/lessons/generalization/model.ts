// Pure model of the generalization lesson (seed 000 §1–3, d2l's experiment): polynomial features of a noisy cubic,
// a linear model of chosen degree trained by mini-batch SGD on squared loss; train/test loss per epoch and the fit.
import { dataSampler } from '../../engine/data/sampler';
import { polynomialData, polynomialFeatures, polynomialTarget, type PolynomialSplit } from '../../engine/data/polynomial';
import { createTrainer, type CpuTrainer, type Dataset } from '../../engine/train';
import { MAX_DEGREE } from './params';

export interface GeneralizationParams {
  /** Polynomial degree of the model: features xⁱ/i!, i = 0 … degree. */
  degree: number;
  /** Training points. */
  n: number;
  /** Standard deviation of the label noise. */
  noise: number;
  /** Epochs to train. */
  epochs: number;
  seed: number;
}

/** d2l's settings: SGD, η = 0.01, batch min(10, n), weights N(0, 0.01²), 100 test points. */
export const LR = 0.01;
export const MAX_BATCH = 10;
export const N_TEST = 100;
/** One epoch's losses: mean ½(ŷ − y)² over each split, measured after the epoch. */
export interface EpochLoss {
  epoch: number;
  train: number;
  test: number;
}

/** Keeps the first `cols` feature columns of a split (row-major copy). */
function firstColumns(s: PolynomialSplit, cols: number): Dataset {
  const x = new Float32Array(s.n * cols);
  for (let r = 0; r < s.n; r++) x.set(s.x.subarray(r * s.d, r * s.d + cols), r * cols);
  return { x, y: s.y, n: s.n, d: cols };
}

/** A steppable run of the experiment; `advance` trains whole epochs and returns their losses. */
export class GeneralizationRun {
  readonly params: GeneralizationParams;
  readonly train: PolynomialSplit;
  readonly test: PolynomialSplit;
  readonly stepsPerEpoch: number;
  readonly trainer: CpuTrainer;
  readonly losses: EpochLoss[] = [];
  /** Set when the run diverged (NaN/Inf); training stops there. */
  divergedAt: number | null = null;

  constructor(p: GeneralizationParams) {
    this.params = p;
    const data = polynomialData(dataSampler(p.seed), { nTrain: p.n, nTest: N_TEST, features: MAX_DEGREE + 1, noise: p.noise });
    this.train = data.train;
    this.test = data.test;
    const cols = p.degree + 1;
    const batch = Math.min(MAX_BATCH, p.n);
    this.stepsPerEpoch = Math.ceil(p.n / batch);
    this.trainer = createTrainer(
      { inputSize: cols, hidden: [], outputSize: 1, init: { scheme: 'gaussian', std: 0.01 }, loss: 'mse' },
      { train: firstColumns(data.train, cols), test: firstColumns(data.test, cols) },
      { optimizer: 'sgd', lr: LR, batchSize: batch },
      p.seed,
      { epochs: p.epochs, evalEachEpoch: true },
    );
  }

  /** Epochs trained so far. */
  get epoch(): number {
    return this.losses.length;
  }

  get done(): boolean {
    return this.epoch >= this.params.epochs || this.divergedAt !== null;
  }

  /** Trains up to `epochs` more epochs; returns the new losses. */
  advance(epochs: number): EpochLoss[] {
    const fresh: EpochLoss[] = [];
    const todo = Math.min(epochs, this.params.epochs - this.epoch);
    if (todo <= 0 || this.divergedAt !== null) return fresh;
    const report = this.trainer.step(todo * this.stepsPerEpoch);
    for (const e of report.epochs) {
      const row = { epoch: e.epoch + 1, train: e.train.loss, test: e.test!.loss };
      this.losses.push(row);
      fresh.push(row);
    }
    if (report.diverged) this.divergedAt = report.epoch + 1;
    return fresh;
  }

  /** The learned weights w₀ … w_degree on the features xⁱ/i! (the output bias is folded into w₀). */
  weights(): Float64Array {
    const params = this.trainer.getParams();
    const L = this.trainer.layout.layers[0];
    return foldBias(params.subarray(L.W, L.b + 1), L.fanIn); // one output: b directly follows W
  }

  /** ŷ(x) of the current model at each x. */
  predict(xs: readonly number[]): Float64Array {
    return predictPolynomial(this.weights(), xs);
  }
}

/** ŷ(x) = Σᵢ wᵢ xⁱ/i! at each x; w has one weight per feature (bias folded into w₀). */
export function predictPolynomial(w: ArrayLike<number>, xs: readonly number[]): Float64Array {
  const f = new Float64Array(w.length);
  return Float64Array.from(xs, (x) => {
    polynomialFeatures(x, w.length, f);
    let y = 0;
    for (let i = 0; i < w.length; i++) y += w[i] * f[i];
    return y;
  });
}

/** The weights of the flat parameter vector [W (features×1), b] with b folded into w₀. */
export function foldBias(params: ArrayLike<number>, features: number): Float64Array {
  const w = Float64Array.from({ length: features }, (_, i) => params[i]);
  w[0] += params[features];
  return w;
}

/** Evenly spaced x over [lo, hi] (count points) with the true cubic at each: the fit figure's grid. */
export function fitGrid(lo: number, hi: number, count: number): { x: number[]; yTrue: number[] } {
  const x = Array.from({ length: count }, (_, i) => lo + ((hi - lo) * i) / (count - 1));
  return { x, yTrue: x.map(polynomialTarget) };
}

/**
 * Reads a pair of losses against the noise floor ½σ² (at least 1e-3), the loss a perfect model still has:
 * 'over' when the test loss exceeds twice the training loss by more than 20 floors, 'under' when the
 * training loss itself is over 10 floors, else 'good'. Heuristic thresholds, chosen so the lesson's
 * three regimes read correctly; they are not a statistical test.
 */
export function verdictOf(train: number, test: number, noise: number): 'under' | 'over' | 'good' {
  const floor = Math.max((noise * noise) / 2, 1e-3);
  if (test > 2 * train && test - train > 20 * floor) return 'over';
  if (train > 10 * floor) return 'under';
  return 'good';
}
