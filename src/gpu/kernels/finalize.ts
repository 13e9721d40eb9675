// Wrapper of finalize.wgsl: per-slot sums of the chunk partials into norms, loss, clipping factor and the halted flag.
import { getKernel, type Kernel } from './kernel';
import { shader } from './shared';
import code from './finalize.wgsl?raw';

/** After backward ('gradients') or after the update ('weights'). */
export const FINALIZE_MODES = { gradients: 0, weights: 1 } as const;

/** The kernel. Bindings: segments, partials, metrics, state. One workgroup per member (dispatch R). */
export function finalizeKernel(device: GPUDevice, mode: keyof typeof FINALIZE_MODES): Promise<Kernel> {
  return getKernel(device, `finalize(${mode})`, shader(code, ['numeric']), { MODE: FINALIZE_MODES[mode] });
}
