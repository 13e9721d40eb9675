// What a GPU population can stack: members of one architecture, batch norm only for a population of one.
import type { ResolvedSpec } from '../../engine/nn/spec';

/**
 * Throws RangeError unless the members' resolved specs can share one set of dispatches: at least one member, the
 * same layers, activations, loss and residual links (init may differ: weights are drawn on the CPU), and no batch
 * norm when there is more than one member (the batch-norm kernels train single runs; create one population per
 * member, or train those members on the CPU).
 */
export function checkMembers(specs: readonly ResolvedSpec[]): void {
  if (specs.length < 1) throw new RangeError('a population needs at least one member');
  const shape = (s: ResolvedSpec) => JSON.stringify({ ...s, init: null });
  const first = shape(specs[0]);
  specs.forEach((s, i) => {
    if (shape(s) !== first) throw new RangeError(`member ${i} has another architecture than member 0 (members may differ in init only on the GPU)`);
  });
  if (specs.length > 1 && specs[0].batchNorm !== 'none') {
    throw new RangeError('batch norm trains single runs on the GPU: use one population per member with batch norm, or the CPU population');
  }
}
