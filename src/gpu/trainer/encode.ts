// Encoding of one pass: its uniform slot (rows, step, seed, hyperparameters), the forward dispatches, and the backward + update dispatches.
import type { TrainHyper } from '../../engine/train/types';
import { batchNormGrid } from '../kernels/batchnorm_forward';
import { denseBackwardGrid } from '../kernels/dense_backward';
import { denseForwardGrid } from '../kernels/dense_forward';
import { denseGradGrid } from '../kernels/dense_grad';
import { OPT_IDS, PASS, type PassValues } from '../kernels/shared';
import type { GpuWorkspace } from '../workspace';
import type { ForwardGroups } from './bindings';
import type { GpuResources } from './resources';

/** What every pass slot of a run carries besides its own rows: the seed, the hyperparameters, the optimizer's t before the pass. */
export interface PassBase {
  seed: number;
  hyper: TrainHyper;
  t: number;
}

/** Writes pass slot `slot` into the staging copy of the pass uniforms; returns its byte offset (the dynamic offset). */
export function writePass(r: GpuResources, slot: number, base: PassBase, values: Partial<PassValues>): number {
  const { hyper: hp, t } = base;
  PASS.write(r.passView, slot * r.slotStride, {
    rows: 0,
    step: 0,
    seed: base.seed,
    train: 0,
    idxOffset: 0,
    firstRow: 0,
    record: slot,
    updateRunning: 0,
    invRows: 0,
    opt: OPT_IDS[hp.optimizer],
    lr: hp.lr,
    gamma: hp.gamma,
    rho: hp.rho,
    beta1: hp.beta1,
    beta2: hp.beta2,
    eps: hp.eps,
    c1: 1 - Math.pow(hp.beta1, t),
    c2: 1 - Math.pow(hp.beta2, t),
    weightDecay: hp.weightDecay,
    l1: hp.l1,
    clipNorm: hp.clipNorm,
    clipValue: hp.clipValue,
    layers: r.layout.layers.length,
    control: r.layout.size + r.layout.runningSize,
    recordStride: r.record.stride,
    ...values,
  });
  return slot * r.slotStride;
}

/** Forward through every layer, then the loss (with its gradient in training); without the loss for histograms. */
export function encodeForward(
  r: GpuResources,
  pass: GPUComputePassEncoder,
  g: ForwardGroups,
  offset: number,
  rows: number,
  ws: GpuWorkspace,
  withLoss = true,
): void {
  const k = r.kernels;
  const H = r.spec.hidden.length;
  const last = withLoss ? H : H - 1;
  for (let l = 0; l <= last; l++) {
    const m = r.layout.layers[l].fanOut;
    r.dispatch(pass, k.dense, g.dense[l], offset, ...denseForwardGrid(rows, m));
    const bn = l < H ? g.bn[l] : null;
    if (bn) r.dispatch(pass, k.bn, bn, offset, batchNormGrid(ws.hidden[l].units));
  }
  if (withLoss) r.dispatch(pass, k.loss, g.loss, offset, 1);
}

/** Backward (fused per layer), penalties and norms, the optimizer update and the weight norms. */
export function encodeBackward(r: GpuResources, pass: GPUComputePassEncoder, offset: number, rows: number): void {
  const k = r.kernels;
  const g = r.backGroups;
  const layers = r.layout.layers;
  const H = r.spec.hidden.length;
  for (let j = H; j >= 0; j--) {
    const L = layers[j];
    const bn = j < H ? g.bnBack[j] : null;
    if (bn) r.dispatch(pass, k.bnBack, bn, offset, batchNormGrid(L.fanOut));
    r.dispatch(pass, k.grad, g.grad[j], offset, ...denseGradGrid(L.fanIn, L.fanOut));
    const back = g.back[j];
    if (back) r.dispatch(pass, k.back, back, offset, ...denseBackwardGrid(rows, L.fanIn));
  }
  const chunks = r.segments.chunks;
  r.dispatch(pass, k.reduce, g.reduce, offset, chunks);
  r.dispatch(pass, k.finalizeG, g.finalizeG, offset, 1);
  r.dispatch(pass, k.optimizer, g.optimizer, offset, chunks);
  r.dispatch(pass, k.finalizeW, g.finalizeW, offset, 1);
}
