// The population of a run on the backend the one policy picks (src/gpu/backend.ts decides): the CPU engine's population,
// one managed GPU population, or a single run's managed trainer seen as a population of one (TrainerPopulation).
import { createCpuPopulation } from '../../engine/train/population';
import { memberSpec, type MemberConfig, type Population } from '../../engine/train/populationTypes';
import type { ModelSpec } from '../../engine/nn/spec';
import type { TrainData } from '../../engine/train/types';
import type { BackendStatus } from '../../engine/backendStatus';
import { createTrainerOn, decideBackend, type BackendOptions, type Decision } from '../../gpu/backend';
import { ManagedPopulation } from '../../gpu/managedPopulation';
import { createGpuPopulation } from '../../gpu/population';
import type { GpuTrainOptions } from '../../gpu/trainer';
import { TrainerPopulation } from './trainerPopulation';

/** Options of createBestPopulation: a status the page already decided (preDecide) skips the device altogether. */
export interface PopulationBackendOptions extends BackendOptions {
  decided?: BackendStatus | null;
}

/**
 * A population of members of `spec` on the backend the policy picks for member 0's shape (members share the
 * architecture). On the CPU: createCpuPopulation, synchronous. On the GPU, the page's one device: a single run
 * as a managed GPU trainer; several members as one GPU population (one set of dispatches per step for all),
 * managed so that a lost device hands every member to the CPU from its last synced state. Status: the deciding rule.
 */
export async function createBestPopulation(
  spec: ModelSpec,
  data: TrainData,
  members: readonly MemberConfig[],
  options: GpuTrainOptions = {},
  choice: PopulationBackendOptions = {},
): Promise<{ population: Population; status: BackendStatus }> {
  if (members.length < 1) throw new RangeError('a population needs at least one member, got an empty member list');
  const first = members[0];
  const decision: Decision = choice.decided
    ? { backend: 'cpu', status: choice.decided }
    : await decideBackend(memberSpec(spec, first), data, first.hyper, first.seed, options, { ...choice, members: members.length });
  if (decision.backend === 'cpu') return { population: createCpuPopulation(spec, data, members, options), status: decision.status };
  if (members.length === 1) {
    const t = await createTrainerOn(decision, memberSpec(spec, first), data, first.hyper ?? {}, first.seed, options, choice.onBackend, choice.onCompile);
    return { population: new TrainerPopulation([t]), status: t.status };
  }
  choice.onCompile?.();
  try {
    const gpu = await createGpuPopulation(decision.ctx, spec, data, members, options);
    const managed = new ManagedPopulation(gpu, decision.ctx, decision.status, spec, data, members, options, choice.onBackend);
    return { population: managed, status: decision.status };
  } catch (e) {
    if (e instanceof RangeError) throw e;
    const { adapter, fallbackAdapter } = decision.status;
    const status: BackendStatus = { backend: 'cpu', reason: 'gpu-init-failed', detail: String(e), adapter, fallbackAdapter };
    return { population: createCpuPopulation(spec, data, members, options), status };
  }
}
