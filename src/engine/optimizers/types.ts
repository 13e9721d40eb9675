// The optimizer contract shared by the 2-D trajectory demos, the CPU MLP trainer and (mirrored) the GPU kernels.

/** A flat parameter vector: float64 in the 2-D demos, float32 in the MLP engines. */
export type Vec = Float32Array | Float64Array;

/** Names of the optimizers, in order of increasing complexity (seed 000 §7). */
export const OPTIMIZER_NAMES = ['sgd', 'momentum', 'adagrad', 'rmsprop', 'adadelta', 'adam'] as const;
export type OptimizerName = (typeof OPTIMIZER_NAMES)[number];

/** Hyperparameters; each optimizer reads only the ones it needs (d2l notation). */
export interface Hyper {
  /** Learning rate η. */
  lr: number;
  /** Momentum γ (momentum) or decay γ (RMSProp). */
  gamma: number;
  /** Decay ρ (AdaDelta). */
  rho: number;
  /** First-moment decay β₁ (Adam). */
  beta1: number;
  /** Second-moment decay β₂ (Adam). */
  beta2: number;
  /** Numerical stabiliser ε; each optimizer has its own documented default. */
  eps: number;
}

/**
 * Per-parameter state, allocated once for n parameters.
 * v: velocity / first moment; s: accumulated squared gradients; dx: AdaDelta's Δx; t: steps taken.
 * Arrays an optimizer does not use have length 0.
 */
export interface OptState {
  t: number;
  v: Vec;
  s: Vec;
  dx: Vec;
}

export interface Optimizer {
  name: OptimizerName;
  /** Default hyperparameters (the seed's values). */
  defaults: Hyper;
  /** Which of v, s, dx this optimizer keeps. */
  uses: { v: boolean; s: boolean; dx: boolean };
  /** x ← x − update(g); updates x and state in place; allocates nothing. Shapes: x, g, state arrays all length n. */
  step(x: Vec, g: Vec, state: OptState, hp: Hyper): void;
}

/** Allocates zeroed state of the same float width as x for the arrays `opt` uses. */
export function initState(opt: Optimizer, x: Vec): OptState {
  const make = (used: boolean): Vec => {
    const n = used ? x.length : 0;
    return x instanceof Float64Array ? new Float64Array(n) : new Float32Array(n);
  };
  return { t: 0, v: make(opt.uses.v), s: make(opt.uses.s), dx: make(opt.uses.dx) };
}

/** Zeroes state in place (reset without reallocating). */
export function resetState(state: OptState): void {
  state.t = 0;
  state.v.fill(0);
  state.s.fill(0);
  state.dx.fill(0);
}

/** Base hyperparameters every optimizer starts from; each overrides what it documents. */
export const BASE_HYPER: Hyper = { lr: 0.4, gamma: 0.5, rho: 0.9, beta1: 0.9, beta2: 0.999, eps: 1e-6 };
