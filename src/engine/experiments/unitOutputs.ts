// Every unit's output on a set of input points in evaluation mode: the playground's network diagram draws each unit's map from it.
import type { DropoutVariant } from '../nn/dropout';
import { createMlp, createWorkspace, forward, type Mlp } from '../nn/mlp';
import type { ModelSpec } from '../nn/spec';

/** Per hidden layer l: m×units_l row-major (the layer output A_l); output: m×outputSize. */
export interface UnitOutputs {
  hidden: Float32Array[];
  /** Softmax probabilities for loss 'softmax-ce', the raw outputs for 'mse'. */
  output: Float32Array;
}

/** How the evaluation forward treats dropout (the trainer's current hyperparameters); defaults: spec.dropout, 'inverted'. */
export interface UnitOutputsMode {
  dropout?: ArrayLike<number>;
  dropoutVariant?: DropoutVariant;
}

/** Rows per forward pass: the workspace is this big whatever m is. */
export const UNIT_OUTPUT_CHUNK = 1024;

/**
 * The output A_l of every hidden layer (after activation, batch norm, evaluation-mode dropout and residual, with the
 * running statistics and no masks, exactly as forward computes it) and the network's output for the m rows of
 * `points` (m×inputSize), through the parameters and running statistics given (the flat vectors of paramLayout).
 * Runs forward in chunks of UNIT_OUTPUT_CHUNK rows; allocates only the network, one workspace and the results.
 * Throws RangeError when points has fewer than m·inputSize entries or the vectors have the wrong length.
 */
export function unitOutputs(
  spec: ModelSpec, params: ArrayLike<number>, running: ArrayLike<number>, points: Float32Array, m: number, mode: UnitOutputsMode = {},
): UnitOutputs {
  const net = createMlp(spec);
  if (params.length !== net.layout.size) throw new RangeError(`expected ${net.layout.size} parameters, got ${params.length}`);
  if (running.length !== net.layout.runningSize) throw new RangeError(`expected ${net.layout.runningSize} running statistics, got ${running.length}`);
  net.params.set(params);
  net.running.set(running);
  return unitOutputsOf(net, points, m, mode);
}

/** unitOutputs on a network already built (its params and running are read, never changed). */
export function unitOutputsOf(net: Mlp, points: Float32Array, m: number, mode: UnitOutputsMode = {}): UnitOutputs {
  const { spec } = net;
  const d = spec.inputSize;
  const c = spec.outputSize;
  if (!Number.isInteger(m) || m < 0) throw new RangeError(`the point count must be a non-negative integer, got ${m}`);
  if (points.length < m * d) throw new RangeError(`${m} points need ${m * d} coordinates, got ${points.length}`);
  const hidden = spec.hidden.map((h) => new Float32Array(m * h.units));
  const output = new Float32Array(m * c);
  if (m === 0) return { hidden, output };
  const ws = createWorkspace(net, Math.min(m, UNIT_OUTPUT_CHUNK));
  const opts = { train: false, dropout: mode.dropout ?? spec.dropout, dropoutVariant: mode.dropoutVariant ?? 'inverted' };
  for (let start = 0; start < m; start += ws.maxBatch) {
    const rows = Math.min(ws.maxBatch, m - start);
    const logits = forward(net, ws, points.subarray(start * d, (start + rows) * d), rows, opts);
    ws.hidden.forEach((B, l) => hidden[l].set(B.out.subarray(0, rows * B.units), start * B.units));
    output.set(logits.subarray(0, rows * c), start * c);
    if (spec.loss === 'softmax-ce') softmaxRows(output, start, rows, c);
  }
  return { hidden, output };
}

/** In place: rows start … start+rows−1 of Z (c columns) → softmax, computed as e^(z − max)/Σ e^(z − max). */
function softmaxRows(Z: Float32Array, start: number, rows: number, c: number): void {
  for (let i = start; i < start + rows; i++) {
    const o = i * c;
    let max = -Infinity;
    for (let j = 0; j < c; j++) max = Math.max(max, Z[o + j]);
    let sum = 0;
    for (let j = 0; j < c; j++) {
      const e = Math.exp(Z[o + j] - max);
      Z[o + j] = e;
      sum += e;
    }
    for (let j = 0; j < c; j++) Z[o + j] /= sum;
  }
}
