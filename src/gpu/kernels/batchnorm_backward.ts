// Wrapper of batchnorm_backward.wgsl: dγ, dβ and the input gradient of batch norm (then f′ when it sits after the activation).
import { getKernel, type Kernel } from './kernel';
import { shader } from './shared';
import code from './batchnorm_backward.wgsl?raw';

/** The kernel. Bindings: layer, z, state, stats, grads, dz (in place). Dispatch (batchNormGrid(m), 1, R) (batchnorm_forward.ts). */
export function batchNormBackwardKernel(device: GPUDevice): Promise<Kernel> {
  return getKernel(device, 'batchnorm_backward', shader(code, ['activation']));
}
