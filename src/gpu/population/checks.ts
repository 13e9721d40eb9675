// What a GPU population can stack: members of one architecture (the same layers, activations, loss, batch norm placement).
import type { ResolvedSpec } from '../../engine/nn/spec';

/**
 * Throws RangeError unless the members' resolved specs can share one set of dispatches: at least one member, and
 * the same layers, activations, loss, residual links and batch norm placement (init may differ: weights are drawn
 * on the CPU). Members that differ in batch norm form separate groups (createGpuPopulation splits them).
 */
export function checkMembers(specs: readonly ResolvedSpec[]): void {
  if (specs.length < 1) throw new RangeError('a population needs at least one member');
  const shape = (s: ResolvedSpec) => JSON.stringify({ ...s, init: null });
  const first = shape(specs[0]);
  specs.forEach((s, i) => {
    if (s.batchNorm !== specs[0].batchNorm) {
      throw new RangeError(`member ${i} has batch norm '${s.batchNorm}', member 0 '${specs[0].batchNorm}': one population per batch-norm group`);
    }
    if (shape(s) !== first) throw new RangeError(`member ${i} has another architecture than member 0 (members may differ in init and batch norm only)`);
  });
}
