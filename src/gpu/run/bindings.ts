// The GPU trainer's kernels and bind groups: forward (per split), backward, reduction, optimizer, finalizers.
import { augmentKernels, augmentPath, type AugmentKernels } from '../kernels/augment';
import { batchNormBackwardKernel } from '../kernels/batchnorm_backward';
import { batchNormForwardKernel } from '../kernels/batchnorm_forward';
import { denseBackwardKernel } from '../kernels/dense_backward';
import { denseForwardKernel } from '../kernels/dense_forward';
import { denseGradKernel } from '../kernels/dense_grad';
import { finalizeKernel } from '../kernels/finalize';
import { gradReduceKernel } from '../kernels/grad_reduce';
import type { Kernel } from '../kernels/kernel';
import { lossKernel } from '../kernels/loss';
import { optimizerKernel } from '../kernels/optimizer';
import type { MatmulShape } from '../kernels/shared';
import type { GpuWorkspace } from '../workspace';
import type { ParamLayout, ResolvedSpec } from '../../engine/nn/spec';
import type { SplitName } from '../../engine/train/types';

/** A split's data on the GPU: x (n×d), y (labels as u32, or targets). */
export interface SplitBuffers {
  x: GPUBuffer;
  y: GPUBuffer;
  n: number;
}

export interface ForwardGroups {
  /** Dense layers 0…H (layer 0 reads the split's data). */
  dense: GPUBindGroup[];
  /** Batch norm of hidden layers (null without). */
  bn: (GPUBindGroup | null)[];
  loss: GPUBindGroup;
}

export interface BackwardGroups {
  grad: GPUBindGroup[];
  /** Index j ≥ 1: dA of layer j into layer j − 1. */
  back: (GPUBindGroup | null)[];
  bnBack: (GPUBindGroup | null)[];
  reduce: GPUBindGroup;
  finalizeG: GPUBindGroup;
  optimizer: GPUBindGroup;
  finalizeW: GPUBindGroup;
}

export interface Kernels {
  /** The tile shape the three dense kernels were compiled with (their grids follow it). */
  matmul: MatmulShape;
  dense: Kernel;
  bn: Kernel;
  loss: Kernel;
  grad: Kernel;
  back: Kernel;
  bnBack: Kernel;
  reduce: Kernel;
  finalizeG: Kernel;
  optimizer: Kernel;
  finalizeW: Kernel;
  /** Augmented batch rows (AugmentUpload's kernel path; null: compiled only while augmentPath() is 'kernel'). */
  augment: AugmentKernels | null;
}

/** The fixed buffers the bind groups reference (GpuResources has them all); the batch indices come with the training workspace. */
export interface BindingSources {
  device: GPUDevice;
  kernels: Kernels;
  spec: ResolvedSpec;
  layout: ParamLayout;
  layerBufs: GPUBuffer[];
  state: GPUBuffer;
  grads: GPUBuffer;
  optV: GPUBuffer;
  optS: GPUBuffer;
  optDx: GPUBuffer;
  partials: GPUBuffer;
  segBuf: GPUBuffer;
  metrics: GPUBuffer;
  classWeights: GPUBuffer;
  unused: { outAct: GPUBuffer; mask: GPUBuffer; dLogits: GPUBuffer };
  splitBufs: Partial<Record<SplitName, SplitBuffers>>;
}

/** Compiles (or takes from the device's cache) every kernel a training run uses, the dense ones with the matmul `shape`. */
export async function loadKernels(d: GPUDevice, shape: MatmulShape): Promise<Kernels> {
  const [dense, bn, loss, grad, back, bnBack, reduce, finalizeG, optimizer, finalizeW, augment] = await Promise.all([
    denseForwardKernel(d, shape),
    batchNormForwardKernel(d),
    lossKernel(d),
    denseGradKernel(d, shape),
    denseBackwardKernel(d, shape),
    batchNormBackwardKernel(d),
    gradReduceKernel(d),
    finalizeKernel(d, 'gradients'),
    optimizerKernel(d),
    finalizeKernel(d, 'weights'),
    augmentPath() === 'kernel' ? augmentKernels(d) : null,
  ]);
  return { matmul: shape, dense, bn, loss, grad, back, bnBack, reduce, finalizeG, optimizer, finalizeW, augment };
}

/**
 * Bind groups of a forward pass over `split` into workspace `ws` (training or evaluation) reading the rows through
 * `batchIdx` (training; evaluation passes read rows firstRow… and bind a placeholder); `inputIdx` (uploaded batches:
 * AugmentUpload) replaces the batch indices through which layer 0 reads split.x (the loss keeps the real ones).
 */
export function forwardGroups(r: BindingSources, ws: GpuWorkspace, split: SplitBuffers, name: string, batchIdx: GPUBuffer, inputIdx?: GPUBuffer): ForwardGroups {
  const d = r.device;
  const { kernels: k, spec } = r;
  const H = spec.hidden.length;
  const dense = r.layout.layers.map((_, l) => {
    const outBuf = l < H ? ws.hidden[l] : null;
    return k.dense.bind(d, `${name} layer ${l}`, {
      layer: r.layerBufs[l],
      inputs: l === 0 ? split.x : ws.hidden[l - 1].out,
      batchIdx: l === 0 && inputIdx ? inputIdx : batchIdx,
      state: r.state,
      z: outBuf ? outBuf.z : ws.logits,
      outAct: outBuf ? outBuf.out : r.unused.outAct,
      mask: outBuf ? outBuf.mask : r.unused.mask,
    });
  });
  const bn = spec.hidden.map((_, l) => {
    if (spec.batchNorm === 'none') return null;
    const B = ws.hidden[l];
    return k.bn.bind(d, `${name} bn ${l}`, {
      layer: r.layerBufs[l],
      z: B.z,
      resid: l > 0 ? ws.hidden[l - 1].out : B.z,
      state: r.state,
      stats: B.stats,
      bnOut: B.bnOut,
      outAct: B.out,
      mask: B.mask,
    });
  });
  const loss = k.loss.bind(d, `${name} loss`, {
    layer: r.layerBufs[H],
    logits: ws.logits,
    targets: split.y,
    batchIdx,
    dLogits: ws.train ? ws.dLogits : r.unused.dLogits,
    metrics: r.metrics,
    classWeights: r.classWeights,
  });
  return { dense, bn, loss };
}

/**
 * Bind groups of the backward pass through the training workspace (its batch indices `batchIdx`), the reduction, the
 * optimizer and the finalizers; `input` (uploaded batches) replaces the data and batch indices layer 0's weight gradient reads.
 */
export function backwardGroups(r: BindingSources, ws: GpuWorkspace, batchIdx: GPUBuffer, input?: { x: GPUBuffer; idx: GPUBuffer }): BackwardGroups {
  const d = r.device;
  const { kernels: k, spec } = r;
  const H = spec.hidden.length;
  const train = r.splitBufs.train as SplitBuffers;
  const dzOf = (l: number) => (l < H ? ws.hidden[l].dz : ws.dLogits);
  const grad = r.layout.layers.map((_, l) =>
    k.grad.bind(d, `grad ${l}`, {
      layer: r.layerBufs[l],
      inputs: l === 0 ? input?.x ?? train.x : ws.hidden[l - 1].out,
      batchIdx: l === 0 && input ? input.idx : batchIdx,
      dz: dzOf(l),
      grads: r.grads,
    }),
  );
  const back = r.layout.layers.map((_, j) => {
    if (j === 0) return null;
    const below = ws.hidden[j - 1];
    return k.back.bind(d, `back ${j}`, {
      layer: r.layerBufs[j],
      prev: r.layerBufs[j - 1],
      dz: dzOf(j),
      state: r.state,
      dOut: j < H ? ws.hidden[j].dOut : ws.dLogits,
      mask: below.mask,
      actIn: below.pre,
      dOutPrev: below.dOut,
      dzPrev: below.dz,
    });
  });
  const bnBack = spec.hidden.map((_, l) => {
    if (spec.batchNorm === 'none') return null;
    const B = ws.hidden[l];
    return k.bnBack.bind(d, `bn back ${l}`, { layer: r.layerBufs[l], z: B.z, state: r.state, stats: B.stats, grads: r.grads, dz: B.dz });
  });
  const seg = { segments: r.segBuf };
  return {
    grad,
    back,
    bnBack,
    reduce: k.reduce.bind(d, 'reduce', { ...seg, state: r.state, grads: r.grads, partials: r.partials }),
    finalizeG: k.finalizeG.bind(d, 'finalize gradients', { ...seg, partials: r.partials, metrics: r.metrics, state: r.state }),
    optimizer: k.optimizer.bind(d, 'optimizer', { ...seg, grads: r.grads, state: r.state, v: r.optV, s: r.optS, dx: r.optDx, partials: r.partials }),
    finalizeW: k.finalizeW.bind(d, 'finalize weights', { ...seg, partials: r.partials, metrics: r.metrics, state: r.state }),
  };
}
