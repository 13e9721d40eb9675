// Wrapper of dense_forward.wgsl: Z = A·W + b with the fused activation, dropout and residual epilogue.
import { getKernel, type Kernel } from './kernel';
import { matmulGrid, matmulLib, shader, type MatmulShape } from './shared';
import code from './dense_forward.wgsl?raw';

/**
 * The kernel (activation, epilogue and gathering come from the layer uniform). Bindings: layer, inputs
 * (R×rows×k), batchIdx, state, z, outAct, mask (R×rows×m). Dispatch (...denseForwardGrid(shape, rows, m), R): member = workgroup z.
 */
export function denseForwardKernel(device: GPUDevice, shape: MatmulShape): Promise<Kernel> {
  return getKernel(device, 'dense_forward', shader(code, ['activation', 'philox'], matmulLib(shape)));
}

/** Workgroups for a rows×m output. */
export const denseForwardGrid = (shape: MatmulShape, rows: number, m: number): [number, number] => matmulGrid(shape, rows, m);
