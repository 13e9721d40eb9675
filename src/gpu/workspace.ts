// Activation and gradient buffers for passes of up to `rows` rows: one set for training, one for evaluation (as the CPU engine).
import type { ResolvedSpec } from '../engine/nn/spec';
import type { BufferSet } from './buffers';

/** One hidden layer's buffers (all rows×units, f32 unless noted). */
export interface HiddenGpuBuffers {
  units: number;
  /** Dense output A·W + b. */
  z: GPUBuffer;
  /** Batch-norm output when it sits before the activation; else a 16-byte placeholder. */
  bnOut: GPUBuffer;
  /** The activation input: bnOut (batch norm before) or z. f(pre) is the activation the histograms show. */
  pre: GPUBuffer;
  /** The layer output A_l. */
  out: GPUBuffer;
  /** Dropout keep bits (u32). */
  mask: GPUBuffer;
  /** Batch statistics of the last pass (3·units: mean, variance, 1/√(σ² + ε)); placeholder without batch norm. */
  stats: GPUBuffer;
  /** ∂L/∂A_l and ∂L/∂Z_l (training workspace; placeholders in evaluation). */
  dOut: GPUBuffer;
  dz: GPUBuffer;
}

/** A workspace: hidden layers, logits (rows×outputs) and their gradient. */
export interface GpuWorkspace {
  rows: number;
  train: boolean;
  hidden: HiddenGpuBuffers[];
  logits: GPUBuffer;
  dLogits: GPUBuffer;
  /** Every buffer of this workspace, for release when it is replaced. */
  buffers: GPUBuffer[];
}

/** Allocates a workspace from `bufs` (named `${name}/…`) for `members` members of `rows` rows each (member m's rows at m·rows). */
export function createWorkspace(bufs: BufferSet, spec: ResolvedSpec, rows: number, train: boolean, name: string, members = 1): GpuWorkspace {
  const buffers: GPUBuffer[] = [];
  const make = (label: string, bytes: number) => {
    const b = bufs.storage(`${name}/${label}`, bytes);
    buffers.push(b);
    return b;
  };
  const bn = spec.batchNorm;
  const hidden = spec.hidden.map((h, l): HiddenGpuBuffers => {
    const size = members * rows * h.units * 4;
    const z = make(`z${l}`, size);
    const bnOut = bn === 'before' ? make(`bnOut${l}`, size) : make(`bnOut${l} (unused)`, 16);
    return {
      units: h.units,
      z,
      bnOut,
      pre: bn === 'before' ? bnOut : z,
      out: make(`out${l}`, size),
      mask: make(`mask${l}`, size),
      stats: make(`stats${l}`, bn === 'none' ? 16 : members * 3 * h.units * 4),
      dOut: make(`dOut${l}`, train ? size : 16),
      dz: make(`dz${l}`, train ? size : 16),
    };
  });
  const c = spec.outputSize;
  return {
    rows,
    train,
    hidden,
    logits: make('logits', members * rows * c * 4),
    dLogits: make('dLogits', train ? members * rows * c * 4 : 16),
    buffers,
  };
}
