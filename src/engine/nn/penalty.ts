// Weight penalties on the weights W of every dense layer (never biases, γ or β): L2 (weight decay) and L1.
import type { Vec } from '../optimizers/types';
import type { ParamLayout } from './spec';

/** Adds λW to grad over every W and returns ½λ‖W‖² (summed over layers). Shapes: params, grads layout.size. */
export function l2Penalty(params: Vec, grads: Vec, layout: ParamLayout, lambda: number): number {
  if (lambda === 0) return 0;
  let sum = 0;
  for (const L of layout.layers) {
    const end = L.W + L.fanIn * L.fanOut;
    for (let i = L.W; i < end; i++) {
      const w = params[i];
      sum += w * w;
      grads[i] += lambda * w;
    }
  }
  return 0.5 * lambda * sum;
}

/** Adds λ·sign(W) to grad over every W and returns λ‖W‖₁ (sign(0) = 0). Shapes as l2Penalty. */
export function l1Penalty(params: Vec, grads: Vec, layout: ParamLayout, lambda: number): number {
  if (lambda === 0) return 0;
  let sum = 0;
  for (const L of layout.layers) {
    const end = L.W + L.fanIn * L.fanOut;
    for (let i = L.W; i < end; i++) {
      const w = params[i];
      sum += Math.abs(w);
      grads[i] += w > 0 ? lambda : w < 0 ? -lambda : 0;
    }
  }
  return lambda * sum;
}
