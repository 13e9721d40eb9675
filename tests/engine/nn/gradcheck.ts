// Finite-difference gradient check of a whole MLP in float64: analytic ∂L/∂θ from backward vs central differences.
import { uniform } from '../../../src/engine/rng';
import {
  backward,
  createMlp,
  createWorkspace,
  forward,
  initMlp,
  l1Penalty,
  l2Penalty,
  lossForward,
  type DropoutVariant,
  type ForwardOptions,
  type Mlp,
  type ModelSpec,
  type Targets,
} from '../../../src/engine/nn';

export interface GradCheckCase {
  spec: ModelSpec;
  n: number;
  train?: boolean;
  dropout?: number[];
  dropoutVariant?: DropoutVariant;
  weightDecay?: number;
  l1?: number;
  /** Real-valued targets instead of labels (needs loss 'mse'). */
  realTargets?: boolean;
  seed?: number;
}

export interface GradCheckResult {
  /** max over parameters of |g − ĝ| / (1 + |ĝ|). */
  maxError: number;
  /** Parameters checked. */
  count: number;
  /** Largest |ĝ|, to show the check is not vacuous. */
  maxGrad: number;
  net: Mlp;
}

/** Step of the central difference (L(θ + h) − L(θ − h)) / 2h; truncation O(h²) ≈ 1e-10, rounding ≈ 1e-11. */
export const FD_STEP = 1e-5;

/**
 * Builds the case in float64, perturbs biases and batch-norm γ/β away from their initial 0/1 (so every
 * term of the backward pass is exercised), and compares every parameter's gradient with central differences.
 */
export function gradCheck(c: GradCheckCase): GradCheckResult {
  const seed = c.seed ?? 1;
  const net = createMlp(c.spec, 'f64');
  initMlp(net, seed);
  for (const L of net.layout.layers) {
    for (let j = 0; j < L.fanOut; j++) {
      net.params[L.b + j] = 0.2 * (uniform(seed, 100, L.b + j) - 0.5);
      if (L.gamma >= 0) {
        net.params[L.gamma + j] = 0.5 + uniform(seed, 101, j);
        net.params[L.beta + j] = uniform(seed, 102, j) - 0.5;
      }
    }
  }
  // Running statistics that differ from the batch ones, so eval mode is distinguishable from training.
  for (let i = 0; i < net.running.length; i++) net.running[i] = 0.3 + uniform(seed, 103, i);
  const { n } = c;
  const d = net.spec.inputSize;
  const k = net.spec.outputSize;
  const X = new Float64Array(n * d).map((_, i) => 2 * uniform(seed, 104, i) - 1);
  const targets: Targets = c.realTargets
    ? new Float64Array(n * k).map((_, i) => uniform(seed, 105, i))
    : new Uint8Array(n).map((_, i) => Math.floor(uniform(seed, 106, i) * k));
  const ws = createWorkspace(net, n);
  const opts: ForwardOptions = {
    train: c.train ?? true,
    dropout: c.dropout,
    dropoutVariant: c.dropoutVariant,
    seed,
    step: 7,
    updateRunning: false,
  };
  const lambda2 = c.weightDecay ?? 0;
  const lambda1 = c.l1 ?? 0;
  const scratch = new Float64Array(net.layout.size);
  const lossAt = () => {
    forward(net, ws, X, n, opts);
    return lossForward(net, ws, targets, false) + l2Penalty(net.params, scratch, net.layout, lambda2) + l1Penalty(net.params, scratch, net.layout, lambda1);
  };
  forward(net, ws, X, n, opts);
  lossForward(net, ws, targets, true);
  backward(net, ws);
  l2Penalty(net.params, net.grads, net.layout, lambda2);
  l1Penalty(net.params, net.grads, net.layout, lambda1);
  const analytic = Float64Array.from(net.grads);
  let maxError = 0;
  let maxGrad = 0;
  for (let i = 0; i < net.params.length; i++) {
    const theta = net.params[i];
    net.params[i] = theta + FD_STEP;
    const up = lossAt();
    net.params[i] = theta - FD_STEP;
    const down = lossAt();
    net.params[i] = theta;
    const numeric = (up - down) / (2 * FD_STEP);
    maxError = Math.max(maxError, Math.abs(analytic[i] - numeric) / (1 + Math.abs(numeric)));
    maxGrad = Math.max(maxGrad, Math.abs(numeric));
  }
  return { maxError, count: net.params.length, maxGrad, net };
}
