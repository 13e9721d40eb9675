// Encoding of one pass of R members: its uniform slot and member records, the forward dispatches, the backward + update dispatches (member = workgroup z or y).
import type { TrainHyper } from '../../engine/train/types';
import { batchNormGrid } from '../kernels/batchnorm_forward';
import { denseBackwardGrid } from '../kernels/dense_backward';
import { denseForwardGrid } from '../kernels/dense_forward';
import { denseGradGrid } from '../kernels/dense_grad';
import { MEMBER, OPT_IDS, PASS, type PassValues } from '../kernels/shared';
import type { GpuWorkspace } from '../workspace';
import type { BackwardGroups, ForwardGroups } from './bindings';
import type { GpuResources } from './resources';

/** Member values of a pass: its rows, step and seed, whether it trains, its hyperparameters and optimizer t before the pass. */
export interface MemberPass {
  rows: number;
  step: number;
  seed: number;
  active: boolean;
  hyper: TrainHyper;
  t: number;
  /** The loss's class weights (RunSchedule.classWeights; null: unweighted). */
  classWeights: ArrayLike<number> | null;
}

/**
 * Writes pass slot `slot` into the staging copies of the pass uniforms and member records (one per member, in
 * order); returns the slot's byte offset (the dynamic offset). `rowStride` is the rows reserved per member.
 */
export function writePass(r: GpuResources, slot: number, pass: Partial<PassValues>, members: readonly MemberPass[], rowStride: number): number {
  PASS.write(r.passView, slot * r.slotStride, {
    rows: 0,
    rowStride,
    train: 0,
    idxOffset: 0,
    firstRow: 0,
    record: slot,
    updateRunning: 0,
    layers: r.layout.layers.length,
    control: r.layout.size + r.layout.runningSize,
    recordStride: r.record.stride,
    members: r.members,
    stateStride: r.stateStride,
    paramStride: r.layout.size,
    partialStride: r.partialStride,
    ...pass,
  });
  const c = r.spec.outputSize;
  members.forEach((m, i) => {
    const hp = m.hyper;
    if (m.classWeights) r.weightStage.set(m.classWeights, i * c);
    else r.weightStage.fill(1, i * c, (i + 1) * c);
    MEMBER.write(r.memberView, (slot * r.members + i) * MEMBER.size, {
      rows: m.rows,
      step: m.step,
      seed: m.seed,
      trains: m.active ? 1 : 0,
      opt: OPT_IDS[hp.optimizer],
      lr: hp.lr,
      gamma: hp.gamma,
      rho: hp.rho,
      beta1: hp.beta1,
      beta2: hp.beta2,
      eps: hp.eps,
      c1: 1 - Math.pow(hp.beta1, m.t),
      c2: 1 - Math.pow(hp.beta2, m.t),
      weightDecay: hp.weightDecay,
      l1: hp.l1,
      clipNorm: hp.clipNorm,
      clipValue: hp.clipValue,
      pad0: 0,
      pad1: 0,
      pad2: 0,
    });
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
    r.dispatch(pass, k.dense, g.dense[l], offset, ...denseForwardGrid(rows, m), r.members);
    const bn = l < H ? g.bn[l] : null;
    if (bn) r.dispatch(pass, k.bn, bn, offset, batchNormGrid(ws.hidden[l].units), 1, r.members);
  }
  if (withLoss) r.dispatch(pass, k.loss, g.loss, offset, r.members);
}

/** Backward (fused per layer), penalties and norms, the optimizer update and the weight norms. */
export function encodeBackward(r: GpuResources, pass: GPUComputePassEncoder, offset: number, rows: number, g: BackwardGroups = r.backGroups): void {
  const k = r.kernels;
  const layers = r.layout.layers;
  const H = r.spec.hidden.length;
  for (let j = H; j >= 0; j--) {
    const L = layers[j];
    const bn = j < H ? g.bnBack[j] : null;
    if (bn) r.dispatch(pass, k.bnBack, bn, offset, batchNormGrid(L.fanOut), 1, r.members);
    r.dispatch(pass, k.grad, g.grad[j], offset, ...denseGradGrid(L.fanIn, L.fanOut), r.members);
    const back = g.back[j];
    if (back) r.dispatch(pass, k.back, back, offset, ...denseBackwardGrid(rows, L.fanIn), r.members);
  }
  const { chunks } = r.segments;
  const R = r.members;
  r.dispatch(pass, k.reduce, g.reduce, offset, chunks, R);
  r.dispatch(pass, k.finalizeG, g.finalizeG, offset, R);
  r.dispatch(pass, k.optimizer, g.optimizer, offset, chunks, R);
  r.dispatch(pass, k.finalizeW, g.finalizeW, offset, R);
}
