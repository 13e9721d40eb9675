// Wrapper of dense_backward.wgsl: dA = dZ·Wᵀ fused with the residual, dropout and activation backward of the layer below.
import { getKernel, type Kernel } from './kernel';
import { matmulGrid, matmulLib, shader, type MatmulShape } from './shared';
import code from './dense_backward.wgsl?raw';

/**
 * The kernel for a layer j ≥ 1 (the lower layer's activation and batch norm come from its uniform, `prev`).
 * Bindings: layer, prev, dz (R×rows×m), state, dOut (R×rows×m), mask, actIn, dOutPrev, dzPrev (R×rows×k).
 * Dispatch (...denseBackwardGrid(shape, rows, k), R): member = workgroup z.
 */
export function denseBackwardKernel(device: GPUDevice, shape: MatmulShape): Promise<Kernel> {
  return getKernel(device, 'dense_backward', shader(code, ['activation'], matmulLib(shape)));
}

/** Workgroups for the rows×k output. */
export const denseBackwardGrid = (shape: MatmulShape, rows: number, k: number): [number, number] => matmulGrid(shape, rows, k);
