// Wrapper of optimizer.wgsl: clipping and one update of every parameter by any of the six optimizers (run.opt).
import { getKernel, type Kernel } from './kernel';
import { shader } from './shared';
import code from './optimizer.wgsl?raw';

/** The kernel. Bindings: segments, grads, state, v, s, dx, partials. Dispatch (chunks of the segment table (layout.ts), R): member = workgroup y. */
export function optimizerKernel(device: GPUDevice): Promise<Kernel> {
  return getKernel(device, 'optimizer', shader(code, ['numeric']));
}
