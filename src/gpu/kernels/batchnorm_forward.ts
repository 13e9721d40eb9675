// Wrapper of batchnorm_forward.wgsl: batch statistics (or running ones), running averages, normalise, then the rest of the layer.
import { getKernel, type Kernel } from './kernel';
import { BN_LANES, shader } from './shared';
import code from './batchnorm_forward.wgsl?raw';

/**
 * The kernel (placement and activation come from the layer uniform). Bindings: layer, z, resid, state,
 * stats (3m per member), bnOut, outAct, mask. Dispatch (batchNormGrid(m), 1, R): member = workgroup z.
 */
export function batchNormForwardKernel(device: GPUDevice): Promise<Kernel> {
  return getKernel(device, 'batchnorm_forward', shader(code, ['activation', 'philox']));
}

/** Workgroups for m columns. */
export const batchNormGrid = (m: number): number => Math.ceil(m / BN_LANES);
