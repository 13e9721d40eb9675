// Wrapper of loss.wgsl: fused softmax cross-entropy or MSE, its gradient and the accuracy, summed into the pass's metrics record.
import { getKernel, type Kernel } from './kernel';
import { shader } from './shared';
import code from './loss.wgsl?raw';

/** The kernel (loss and target kind come from the output layer's uniform). Bindings: layer, logits, targets, batchIdx, dLogits, metrics, classWeights (R×m, training only). One workgroup per member (dispatch R). */
export function lossKernel(device: GPUDevice): Promise<Kernel> {
  return getKernel(device, 'loss', shader(code));
}
