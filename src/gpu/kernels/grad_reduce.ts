// Wrapper of grad_reduce.wgsl: L2/L1 penalties into the gradient and per-chunk partial sums for the norms.
import { getKernel, type Kernel } from './kernel';
import { shader } from './shared';
import code from './grad_reduce.wgsl?raw';

/** The kernel. Bindings: segments, state, grads, partials. Dispatch (chunks of the segment table (layout.ts), R): member = workgroup y. */
export function gradReduceKernel(device: GPUDevice): Promise<Kernel> {
  return getKernel(device, 'grad_reduce', shader(code, ['numeric']));
}
