// Wrapper of dense_grad.wgsl: dW and db of one dense layer as one product [A, 1]ᵀ·dZ written into the flat gradient.
import { getKernel, type Kernel } from './kernel';
import { matmulGrid, matmulLib, shader, type MatmulShape } from './shared';
import code from './dense_grad.wgsl?raw';

/** The kernel. Bindings: layer, inputs (R×rows×k), batchIdx, dz (R×rows×m), grads. Dispatch (...denseGradGrid(shape, k, m), R). */
export function denseGradKernel(device: GPUDevice, shape: MatmulShape): Promise<Kernel> {
  return getKernel(device, 'dense_grad', shader(code, [], matmulLib(shape)));
}

/** Workgroups for the (k+1)×m output. */
export const denseGradGrid = (shape: MatmulShape, k: number, m: number): [number, number] => matmulGrid(shape, k + 1, m);
