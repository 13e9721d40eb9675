// One batch-norm layer on a real mini-batch, step by step: the layer's input, the batch statistics, x̂, y, the running
// averages, and what evaluation with batch statistics on a batch of one would do (the batch-norm lesson, seed 004 §三).
import { createMlp, createWorkspace, forward } from '../nn/mlp';
import type { ModelSpec } from '../nn/spec';
import type { Vec } from '../optimizers/types';

/** What batchNormTrace reports. Shapes: x, xhat, y n×u row-major; mean … runVar u; the logits k×outputSize. */
export interface BatchNormTrace {
  /** 0-based hidden layer. */
  layer: number;
  /** Rows of the mini-batch and units of the layer. */
  n: number;
  units: number;
  /** The batch-norm layer's input (Z = AW + b with BN before the activation, f(Z) with BN after it), per row and unit. */
  x: Float32Array;
  /** Batch statistics μ_B = (1/n)Σᵢ xᵢ, σ²_B = (1/n)Σᵢ (xᵢ − μ_B)² (biased), and ε. */
  mean: Float32Array;
  variance: Float32Array;
  eps: number;
  /** x̂ = (x − μ_B)/√(σ²_B + ε) and y = γx̂ + β, training mode. */
  xhat: Float32Array;
  y: Float32Array;
  gamma: Float32Array;
  beta: Float32Array;
  /** The running averages evaluation uses instead of μ_B, σ²_B. */
  runMean: Float32Array;
  runVar: Float32Array;
  /** Rows 0 … k−1 each sent alone (a batch of one): logits with batch statistics (training mode) and with the running ones. */
  singleTrain: Float32Array;
  singleEval: Float32Array;
  singles: number;
  outputSize: number;
}

const copy = (v: Vec, from: number, count: number) => Float32Array.from(v.subarray(from, from + count));

/**
 * Traces hidden layer `layer` of a network with batch norm (spec.batchNorm 'before' or 'after') whose parameters and
 * running statistics are `params` / `running` (the flat vectors of paramLayout), on the n rows of X (n×inputSize):
 * a training-mode forward that leaves the running averages alone, then `singles` rows alone in training and eval mode.
 * Throws RangeError without batch norm or on a layer out of range.
 */
export function batchNormTrace(
  spec: ModelSpec, params: ArrayLike<number>, running: ArrayLike<number>, X: Float32Array, n: number, layer: number, singles = 0,
): BatchNormTrace {
  const net = createMlp(spec);
  if (net.spec.batchNorm === 'none') throw new RangeError('batchNormTrace needs a network with batch norm');
  if (!Number.isInteger(layer) || layer < 0 || layer >= net.spec.hidden.length) throw new RangeError(`no hidden layer ${layer}`);
  net.params.set(params);
  net.running.set(running);
  const ws = createWorkspace(net, Math.max(1, n));
  forward(net, ws, X, n, { train: true, updateRunning: false });
  const B = ws.hidden[layer];
  const u = B.units;
  const bn = B.bn!;
  const v = net.views[layer];
  const input = net.spec.batchNorm === 'before' ? B.z : B.h;
  const trace: BatchNormTrace = {
    layer,
    n,
    units: u,
    x: copy(input, 0, n * u),
    mean: copy(bn.mean, 0, u),
    variance: copy(bn.variance, 0, u),
    eps: net.spec.bnEps,
    xhat: copy(bn.xhat, 0, n * u),
    y: copy(B.bnOut!, 0, n * u),
    gamma: Float32Array.from(v.gamma!),
    beta: Float32Array.from(v.beta!),
    runMean: Float32Array.from(v.runMean!),
    runVar: Float32Array.from(v.runVar!),
    singleTrain: new Float32Array(0),
    singleEval: new Float32Array(0),
    singles: Math.min(singles, n),
    outputSize: net.spec.outputSize,
  };
  const c = net.spec.outputSize;
  const k = trace.singles;
  trace.singleTrain = new Float32Array(k * c);
  trace.singleEval = new Float32Array(k * c);
  const d = net.spec.inputSize;
  for (let i = 0; i < k; i++) {
    const row = X.subarray(i * d, (i + 1) * d);
    trace.singleTrain.set(forward(net, ws, row, 1, { train: true, updateRunning: false }).subarray(0, c), i * c);
    trace.singleEval.set(forward(net, ws, row, 1, { train: false }).subarray(0, c), i * c);
  }
  return trace;
}
