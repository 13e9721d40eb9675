// Wrapper of dense_grad.wgsl: dW and db of one dense layer as one product [A, 1]ᵀ·dZ written into the flat gradient.
import { getKernel, type Kernel } from './kernel';
import { matmulGrid, shader } from './shared';
import code from './dense_grad.wgsl?raw';

/** The kernel. Bindings: layer, inputs (R×rows×k), batchIdx, dz (R×rows×m), grads. Dispatch (...denseGradGrid(k, m), R). */
export function denseGradKernel(device: GPUDevice): Promise<Kernel> {
  return getKernel(device, 'dense_grad', shader(code, ['matmul']));
}

/** Workgroups for the (k+1)×m output. */
export const denseGradGrid = (k: number, m: number): [number, number] => matmulGrid(k + 1, m);
