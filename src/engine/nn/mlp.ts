// The MLP: one flat parameter vector with per-layer views, preallocated workspaces, forward and backward passes.
import type { Vec } from '../optimizers/types';
import { ACTIVATIONS } from './activations';
import {
  batchNormBackward,
  batchNormForwardEval,
  batchNormForwardTrain,
  batchNormUpdateRunning,
  type BatchNormCache,
} from './batchnorm';
import { dropoutBackward, dropoutEval, dropoutForward, type DropoutVariant } from './dropout';
import { initParams, initRunning } from './init';
import { meanSquaredError, softmaxCrossEntropy, type Targets } from './loss';
import { addInto, colSum, matmulBias, matmulTransA, matmulTransB } from './matmul';
import { paramLayout, resolveSpec, type ModelSpec, type ParamLayout, type ResolvedSpec } from './spec';

/** Storage width: float32 for training, float64 for finite-difference checks. */
export type Dtype = 'f32' | 'f64';

/** A zeroed vector of n elements in the given width. */
export function allocVec(dtype: Dtype, n: number): Vec {
  return dtype === 'f64' ? new Float64Array(n) : new Float32Array(n);
}

/** Subarray views of one dense layer into the flat params, grads and running vectors (no copies). */
export interface LayerViews {
  /** fanIn×fanOut */
  W: Vec;
  /** fanOut */
  b: Vec;
  dW: Vec;
  db: Vec;
  /** Batch-norm γ, β, their gradients and running mean/variance (fanOut each); null without batch norm. */
  gamma: Vec | null;
  beta: Vec | null;
  dGamma: Vec | null;
  dBeta: Vec | null;
  runMean: Vec | null;
  runVar: Vec | null;
}

/**
 * A network's parameters. params and grads have layout.size entries (see ParamLayout for the order);
 * running holds the batch-norm running means and variances (layout.runningSize).
 */
export interface Mlp {
  spec: ResolvedSpec;
  layout: ParamLayout;
  dtype: Dtype;
  params: Vec;
  grads: Vec;
  running: Vec;
  views: LayerViews[];
}

/** Allocates a network for the spec (parameters zero; call initMlp). */
export function createMlp(spec: ModelSpec, dtype: Dtype = 'f32'): Mlp {
  const resolved = resolveSpec(spec);
  const layout = paramLayout(resolved);
  const params = allocVec(dtype, layout.size);
  const grads = allocVec(dtype, layout.size);
  const running = allocVec(dtype, layout.runningSize);
  const views = layout.layers.map((L): LayerViews => {
    const nW = L.fanIn * L.fanOut;
    const u = L.fanOut;
    const bn = L.gamma >= 0;
    return {
      W: params.subarray(L.W, L.W + nW),
      b: params.subarray(L.b, L.b + u),
      dW: grads.subarray(L.W, L.W + nW),
      db: grads.subarray(L.b, L.b + u),
      gamma: bn ? params.subarray(L.gamma, L.gamma + u) : null,
      beta: bn ? params.subarray(L.beta, L.beta + u) : null,
      dGamma: bn ? grads.subarray(L.gamma, L.gamma + u) : null,
      dBeta: bn ? grads.subarray(L.beta, L.beta + u) : null,
      runMean: bn ? running.subarray(L.runMean, L.runMean + u) : null,
      runVar: bn ? running.subarray(L.runVar, L.runVar + u) : null,
    };
  });
  return { spec: resolved, layout, dtype, params, grads, running, views };
}

/** Draws the initial parameters from the seed (see initParams) and resets the running statistics. */
export function initMlp(net: Mlp, seed: number): void {
  initParams(net.params, net.layout, net.spec.init, seed);
  initRunning(net.running, net.layout);
}

/**
 * Activations and gradients of one hidden layer for up to maxBatch rows (all n×u row-major, u = units).
 * pre/out/p/bnTrain describe the last forward pass and are what backward reads.
 */
export interface HiddenBuffers {
  units: number;
  /** Dense output Z = A W + b. */
  z: Vec;
  /** Batch-norm output (before or after the activation); null without batch norm. */
  bnOut: Vec | null;
  bn: BatchNormCache | null;
  /** Activation output f(·) (before dropout): what the activation histograms show. */
  h: Vec;
  /** Dropout output. */
  d: Vec;
  /** Dropout keep bits of the last training forward (1 kept, 0 dropped). */
  mask: Uint8Array;
  /** Residual sum; null when this layer has no residual connection. */
  r: Vec | null;
  /** ∂L/∂A_l. */
  dOut: Vec;
  /** The activation's input in the last forward (z or bnOut). */
  pre: Vec;
  /** The layer output A_l of the last forward (one of h, bnOut, d, r). */
  out: Vec;
  /** Dropout ratio applied in the last forward (0: dropout was the identity). */
  p: number;
  /** Whether the last forward drew a mask (training) or scaled every unit (evaluation, book variant). */
  dropTrain: boolean;
  /** The dropout variant of the last forward. */
  variant: DropoutVariant;
  /** Whether batch norm used batch statistics in the last forward. */
  bnTrain: boolean;
}

/** Preallocated buffers for forward and backward passes over at most maxBatch rows. */
export interface Workspace {
  maxBatch: number;
  /** Rows of the last forward pass. */
  n: number;
  /** The input of the last forward pass (n×inputSize). */
  input: Vec;
  hidden: HiddenBuffers[];
  /** Output layer Z (n×outputSize) and its gradient. */
  logits: Vec;
  dLogits: Vec;
  /** Backward scratch, maxBatch × (widest hidden layer). */
  scratch: Vec;
  /** Wᵀ scratch for dA = dZ·Wᵀ, sized for the largest W after the first layer. */
  wT: Vec;
}

/** Allocates a workspace for the network and batches of up to maxBatch rows (maxBatch·units < 2²⁴, see dropoutIndex). */
export function createWorkspace(net: Mlp, maxBatch: number): Workspace {
  const { dtype, spec } = net;
  if (!Number.isInteger(maxBatch) || maxBatch < 1) throw new RangeError(`maxBatch must be a positive integer, got ${maxBatch}`);
  for (const h of spec.hidden) {
    if (maxBatch * h.units >= 2 ** 24) throw new RangeError(`maxBatch·units must stay below 2²⁴ (dropout mask indices)`);
  }
  const bn = spec.batchNorm !== 'none';
  let widest = 1;
  const hidden = spec.hidden.map((h, l): HiddenBuffers => {
    const u = h.units;
    widest = Math.max(widest, u);
    const size = maxBatch * u;
    const z = allocVec(dtype, size);
    const hBuf = allocVec(dtype, size);
    return {
      units: u,
      z,
      bnOut: bn ? allocVec(dtype, size) : null,
      bn: bn
        ? { xhat: allocVec(dtype, size), mean: allocVec(dtype, u), variance: allocVec(dtype, u), invStd: allocVec(dtype, u) }
        : null,
      h: hBuf,
      d: allocVec(dtype, size),
      mask: new Uint8Array(size),
      r: net.layout.layers[l].residual ? allocVec(dtype, size) : null,
      dOut: allocVec(dtype, size),
      pre: z,
      out: hBuf,
      p: 0,
      dropTrain: false,
      variant: 'inverted',
      bnTrain: false,
    };
  });
  const c = spec.outputSize;
  const wT = Math.max(0, ...net.layout.layers.slice(1).map((L) => L.fanIn * L.fanOut));
  return {
    maxBatch,
    n: 0,
    input: allocVec(dtype, 0),
    hidden,
    logits: allocVec(dtype, maxBatch * c),
    dLogits: allocVec(dtype, maxBatch * c),
    scratch: allocVec(dtype, maxBatch * widest),
    wT: allocVec(dtype, wT),
  };
}

/** Mode of a forward pass. Dropout masks are keyed by (seed, step, layer, row, unit); see dropout.ts. */
export interface ForwardOptions {
  /**
   * Training: batch statistics, dropout masks. Evaluation: running statistics, no mask (inverted dropout: the
   * identity; the book's variant: every unit × (1 − p)).
   */
  train: boolean;
  /** Dropout ratio per hidden layer; default spec.dropout. */
  dropout?: ArrayLike<number>;
  /** Where the dropout factor goes (see DropoutVariant); default 'inverted'. */
  dropoutVariant?: DropoutVariant;
  seed?: number;
  /** The 0-based training step, which selects the dropout masks. */
  step?: number;
  /** Whether a training pass updates the batch-norm running averages (default: train). */
  updateRunning?: boolean;
}

/**
 * Forward pass over n ≤ maxBatch rows of X (n×inputSize). Returns ws.logits (first n×outputSize entries valid).
 * Allocates nothing.
 */
export function forward(net: Mlp, ws: Workspace, X: Vec, n: number, opts: ForwardOptions): Vec {
  const { spec, views, layout } = net;
  const slope = spec.leakySlope;
  const dropout = opts.dropout ?? spec.dropout;
  const variant = opts.dropoutVariant ?? 'inverted';
  const updateRunning = opts.updateRunning ?? opts.train;
  let A = X;
  let k = spec.inputSize;
  for (let l = 0; l < ws.hidden.length; l++) {
    const B = ws.hidden[l];
    const v = views[l];
    const u = B.units;
    const len = n * u;
    const act = ACTIVATIONS[spec.hidden[l].activation];
    matmulBias(A, v.W, v.b, B.z, n, k, u);
    let cur = B.z;
    if (spec.batchNorm === 'before') {
      batchNorm(net, B, l, cur, n, opts.train, updateRunning);
      cur = B.bnOut as Vec;
    }
    B.pre = cur;
    act.forward(cur, B.h, len, slope);
    cur = B.h;
    if (spec.batchNorm === 'after') {
      batchNorm(net, B, l, cur, n, opts.train, updateRunning);
      cur = B.bnOut as Vec;
    }
    const p = dropout[l] ?? 0;
    B.p = opts.train || variant === 'book' ? p : 0;
    B.dropTrain = opts.train;
    B.variant = variant;
    if (B.p > 0) {
      if (opts.train) dropoutForward(cur, B.d, B.mask, n, u, B.p, opts.seed ?? 0, opts.step ?? 0, l, variant);
      else dropoutEval(cur, B.d, len, B.p, variant);
      cur = B.d;
    }
    if (B.r) {
      addInto(cur, A, B.r, len);
      cur = B.r;
    }
    B.out = cur;
    A = cur;
    k = u;
  }
  const o = views[layout.layers.length - 1];
  matmulBias(A, o.W, o.b, ws.logits, n, k, spec.outputSize);
  ws.n = n;
  ws.input = X;
  return ws.logits;
}

function batchNorm(net: Mlp, B: HiddenBuffers, l: number, X: Vec, n: number, train: boolean, updateRunning: boolean): void {
  const v = net.views[l];
  const gamma = v.gamma as Vec;
  const beta = v.beta as Vec;
  const cache = B.bn as BatchNormCache;
  const Y = B.bnOut as Vec;
  B.bnTrain = train;
  if (train) {
    batchNormForwardTrain(X, Y, n, B.units, gamma, beta, cache, net.spec.bnEps);
    if (updateRunning) batchNormUpdateRunning(v.runMean as Vec, v.runVar as Vec, cache, B.units, net.spec.bnMomentum);
  } else {
    batchNormForwardEval(X, Y, n, B.units, gamma, beta, v.runMean as Vec, v.runVar as Vec, cache, net.spec.bnEps);
  }
}

/**
 * The data loss of the last forward pass against targets (labels n, or n×outputSize values), by spec.loss.
 * With withGrad, also writes ∂L/∂logits into ws.dLogits. Returns the mean loss over the n rows. `classWeights` (softmax-ce
 * only, one per class) weighs each row's term by its class's weight (softmaxCrossEntropy).
 */
export function lossForward(
  net: Mlp, ws: Workspace, targets: Targets, withGrad: boolean, classWeights: ArrayLike<number> | null = null,
): number {
  const { n } = ws;
  const c = net.spec.outputSize;
  const dZ = withGrad ? ws.dLogits : null;
  if (net.spec.loss === 'softmax-ce') {
    if (!(targets instanceof Uint8Array)) throw new TypeError('softmax-ce needs class labels (Uint8Array)');
    return softmaxCrossEntropy(ws.logits, targets, n, c, dZ, classWeights);
  }
  return meanSquaredError(ws.logits, targets, n, c, dZ);
}

/**
 * Backward pass of the last forward pass from ws.dLogits: overwrites every entry of net.grads
 * (∂L/∂W, ∂L/∂b, ∂L/∂γ, ∂L/∂β). Allocates nothing; the input gradient is not computed.
 */
export function backward(net: Mlp, ws: Workspace): void {
  const { spec, views } = net;
  const n = ws.n;
  const H = ws.hidden.length;
  const slope = spec.leakySlope;
  const o = views[H];
  const c = spec.outputSize;
  const last = H > 0 ? ws.hidden[H - 1] : null;
  const kOut = last ? last.units : spec.inputSize;
  matmulTransA(last ? last.out : ws.input, ws.dLogits, o.dW, n, kOut, c);
  colSum(ws.dLogits, o.db, n, c);
  if (last) matmulTransB(ws.dLogits, o.W, last.dOut, n, c, kOut, ws.wT);
  for (let l = H - 1; l >= 0; l--) {
    const B = ws.hidden[l];
    const v = views[l];
    const u = B.units;
    const len = n * u;
    const dZ = ws.scratch;
    let src = B.dOut;
    if (B.p > 0) {
      if (B.dropTrain) dropoutBackward(src, dZ, B.mask, len, B.p, B.variant);
      else dropoutEval(src, dZ, len, B.p, B.variant);
      src = dZ;
    }
    if (spec.batchNorm === 'after') {
      batchNormBackward(src, dZ, n, u, v.gamma as Vec, B.bn as BatchNormCache, v.dGamma as Vec, v.dBeta as Vec, B.bnTrain);
      src = dZ;
    }
    ACTIVATIONS[spec.hidden[l].activation].backward(B.pre, B.h, src, dZ, len, slope);
    if (spec.batchNorm === 'before') {
      batchNormBackward(dZ, dZ, n, u, v.gamma as Vec, B.bn as BatchNormCache, v.dGamma as Vec, v.dBeta as Vec, B.bnTrain);
    }
    const prev = l > 0 ? ws.hidden[l - 1] : null;
    const k = prev ? prev.units : spec.inputSize;
    matmulTransA(prev ? prev.out : ws.input, dZ, v.dW, n, k, u);
    colSum(dZ, v.db, n, u);
    if (prev) {
      matmulTransB(dZ, v.W, prev.dOut, n, u, k, ws.wT);
      // The skip path: ∂(F(A) + A)/∂A adds the upstream gradient unchanged.
      if (B.r) addInto(prev.dOut, B.dOut, prev.dOut, len);
    }
  }
}
