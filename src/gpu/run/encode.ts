// Encoding of one pass of R members: the forward dispatches, the backward + update dispatches (member = workgroup z or y); its uniform slot and member records are SubmitStaging.writePass.
import { batchNormGrid } from '../kernels/batchnorm_forward';
import { denseBackwardGrid } from '../kernels/dense_backward';
import { denseForwardGrid } from '../kernels/dense_forward';
import { denseGradGrid } from '../kernels/dense_grad';
import type { GpuWorkspace } from '../workspace';
import type { BackwardGroups, ForwardGroups } from './bindings';
import type { GpuResources } from './resources';
import type { SubmitStaging } from './staging';

/** What encoding reads of the fixed resources: the kernels and the shapes. */
export type EncodeSources = Pick<GpuResources, 'kernels' | 'spec' | 'layout' | 'members' | 'segments'>;

/** Forward through every layer, then the loss (with its gradient in training); without the loss for histograms. */
export function encodeForward(
  r: EncodeSources,
  s: SubmitStaging,
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
    s.dispatch(pass, k.dense, g.dense[l], offset, ...denseForwardGrid(k.matmul, rows, m), r.members);
    const bn = l < H ? g.bn[l] : null;
    if (bn) s.dispatch(pass, k.bn, bn, offset, batchNormGrid(ws.hidden[l].units), 1, r.members);
  }
  if (withLoss) s.dispatch(pass, k.loss, g.loss, offset, r.members);
}

/** Backward (fused per layer), penalties and norms, the optimizer update and the weight norms. */
export function encodeBackward(r: EncodeSources, s: SubmitStaging, pass: GPUComputePassEncoder, offset: number, rows: number, g: BackwardGroups): void {
  const k = r.kernels;
  const layers = r.layout.layers;
  const H = r.spec.hidden.length;
  for (let j = H; j >= 0; j--) {
    const L = layers[j];
    const bn = j < H ? g.bnBack[j] : null;
    if (bn) s.dispatch(pass, k.bnBack, bn, offset, batchNormGrid(L.fanOut), 1, r.members);
    s.dispatch(pass, k.grad, g.grad[j], offset, ...denseGradGrid(k.matmul, L.fanIn, L.fanOut), r.members);
    const back = g.back[j];
    if (back) s.dispatch(pass, k.back, back, offset, ...denseBackwardGrid(k.matmul, rows, L.fanIn), r.members);
  }
  const { chunks } = r.segments;
  const R = r.members;
  s.dispatch(pass, k.reduce, g.reduce, offset, chunks, R);
  s.dispatch(pass, k.finalizeG, g.finalizeG, offset, R);
  s.dispatch(pass, k.optimizer, g.optimizer, offset, chunks, R);
  s.dispatch(pass, k.finalizeW, g.finalizeW, offset, R);
}
