// Model spec: the plain, JSON-able description of an MLP; its defaults, validation and flat parameter layout.
import { ACTIVATION_NAMES, LEAKY_SLOPE, type ActivationName } from './activations';

/** Weight initialisation: W ~ N(0, std²), n = fan-in. Xavier std = √(1/n), He std = √(2/n). Biases start at 0. */
export type InitSpec = { scheme: 'gaussian'; std: number } | { scheme: 'xavier' } | { scheme: 'he' };

/** Where batch norm sits in a hidden layer: none, before the activation, or after it. */
export type BatchNormPlacement = 'none' | 'before' | 'after';

/** 'softmax-ce': fused softmax + cross-entropy on class labels; 'mse': ½‖y − t‖² averaged over rows. */
export type LossName = 'softmax-ce' | 'mse';

export interface HiddenLayerSpec {
  units: number;
  activation: ActivationName;
}

/**
 * An MLP. Hidden layer l computes, in this order:
 *   Z = A_{l−1} W_l + b_l → [BN if 'before'] → f → [BN if 'after'] → dropout → (+ A_{l−1} if residual) = A_l.
 * The output layer is dense with no activation (the loss applies softmax where it needs it).
 * A residual connection is added to hidden layer l ≥ 1 when `residual` is on and its width equals layer l−1's.
 */
export interface ModelSpec {
  inputSize: number;
  hidden: HiddenLayerSpec[];
  outputSize: number;
  init: InitSpec;
  loss: LossName;
  /** Dropout ratio p per hidden layer (missing entries: 0); the trainer's hyperparameters can change it mid-run. */
  dropout?: number[];
  /** Default 'none'. */
  batchNorm?: BatchNormPlacement;
  /** Default false. */
  residual?: boolean;
  /** Leaky-ReLU slope k; default 0.01. */
  leakySlope?: number;
  /** Running-average momentum m of batch norm: r ← m·r + (1 − m)·batch statistic. Default 0.9. */
  bnMomentum?: number;
  /** ε in 1/√(σ² + ε) of batch norm. Default 1e-5. */
  bnEps?: number;
}

/** A ModelSpec with every optional field filled in. */
export type ResolvedSpec = Required<ModelSpec>;

/** Fills the defaults and checks the spec; throws RangeError on an impossible one. */
export function resolveSpec(spec: ModelSpec): ResolvedSpec {
  const positiveInt = (v: number, what: string) => {
    if (!Number.isInteger(v) || v < 1) throw new RangeError(`${what} must be a positive integer, got ${v}`);
  };
  positiveInt(spec.inputSize, 'inputSize');
  positiveInt(spec.outputSize, 'outputSize');
  if (spec.hidden.length > 255) throw new RangeError('at most 255 hidden layers (dropout mask indices)');
  spec.hidden.forEach((h, l) => {
    positiveInt(h.units, `hidden[${l}].units`);
    if (!ACTIVATION_NAMES.includes(h.activation)) throw new RangeError(`unknown activation ${h.activation}`);
  });
  if (spec.init.scheme === 'gaussian' && !(spec.init.std >= 0)) throw new RangeError('init std must be ≥ 0');
  const dropout = spec.hidden.map((_, l) => spec.dropout?.[l] ?? 0);
  dropout.forEach(checkDropout);
  return {
    inputSize: spec.inputSize,
    hidden: spec.hidden.map((h) => ({ units: h.units, activation: h.activation })),
    outputSize: spec.outputSize,
    init: { ...spec.init },
    loss: spec.loss,
    dropout,
    batchNorm: spec.batchNorm ?? 'none',
    residual: spec.residual ?? false,
    leakySlope: spec.leakySlope ?? LEAKY_SLOPE,
    bnMomentum: spec.bnMomentum ?? 0.9,
    bnEps: spec.bnEps ?? 1e-5,
  };
}

/** Throws unless 0 ≤ p < 1. */
export function checkDropout(p: number): void {
  if (!(p >= 0 && p < 1)) throw new RangeError(`dropout ratio must be in [0, 1), got ${p}`);
}

/**
 * Offsets of one dense layer's parameters in the flat parameter vector.
 * W is fanIn×fanOut row-major (W[p·fanOut + j] connects input p to unit j); b, gamma, beta have fanOut entries.
 * gamma/beta (batch norm, hidden layers only) and runMean/runVar (in the separate running-statistics vector) are −1 when absent.
 */
export interface DenseLayout {
  fanIn: number;
  fanOut: number;
  W: number;
  b: number;
  gamma: number;
  beta: number;
  runMean: number;
  runVar: number;
  /** Whether this (hidden) layer adds its input to its output. */
  residual: boolean;
}

/**
 * The flat layout: layers[0 … H−1] are the hidden layers, layers[H] the output layer.
 * Order in the vector: W₀ b₀ γ₀ β₀ W₁ b₁ γ₁ β₁ … W_H b_H — one buffer, so one optimizer kernel updates everything.
 */
export interface ParamLayout {
  layers: DenseLayout[];
  /** Length of the parameter vector. */
  size: number;
  /** Length of the running-statistics vector (batch-norm means and variances; 0 without batch norm). */
  runningSize: number;
}

/** Computes the flat layout of a resolved spec. */
export function paramLayout(spec: ResolvedSpec): ParamLayout {
  const layers: DenseLayout[] = [];
  const bn = spec.batchNorm !== 'none';
  let offset = 0;
  let running = 0;
  let fanIn = spec.inputSize;
  const widths = [...spec.hidden.map((h) => h.units), spec.outputSize];
  widths.forEach((fanOut, l) => {
    const hidden = l < spec.hidden.length;
    const W = offset;
    const b = W + fanIn * fanOut;
    offset = b + fanOut;
    let gamma = -1;
    let beta = -1;
    let runMean = -1;
    let runVar = -1;
    if (hidden && bn) {
      gamma = offset;
      beta = gamma + fanOut;
      offset = beta + fanOut;
      runMean = running;
      runVar = running + fanOut;
      running += 2 * fanOut;
    }
    const residual = hidden && spec.residual && l > 0 && widths[l - 1] === fanOut;
    layers.push({ fanIn, fanOut, W, b, gamma, beta, runMean, runVar, residual });
    fanIn = fanOut;
  });
  return { layers, size: offset, runningSize: running };
}
