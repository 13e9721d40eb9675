// Wrapper of augment_field.wgsl: the elastic displacement fields of augmented rows (draw, smooth along rows, along columns).
import { getKernel, type Kernel } from './kernel';
import { shader } from './shared';
import code from './augment_field.wgsl?raw';

/** The three phases (override PHASE 0, 1, 2), given augment.ts's preamble (AugRec, AUG_TAPS); dispatched in order. */
export function augmentFieldKernels(device: GPUDevice, preamble: string): Promise<Kernel[]> {
  const source = shader(code, ['philox'], preamble);
  return Promise.all([0, 1, 2].map((phase) => getKernel(device, `augment_field ${phase}`, source, { PHASE: phase })));
}
