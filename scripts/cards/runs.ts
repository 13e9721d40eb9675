// Runs a lesson's population (or one run) on the CPU engine in Node, member by member, exactly as the worker would.
import type { EpochMetrics, StepMetrics, TrainData } from '../../src/engine/train';
import { createTrainer } from '../../src/engine/train';
import { memberSpec } from '../../src/engine/train/populationTypes';
import { buildData } from '../../src/worker/shared/data/buildData';
import type { PopulationConfig } from '../../src/worker/page/populationRun';
import type { DataDescriptor } from '../../src/worker/shared/protocol';
import { loadMnistBytesNode } from '../../tests/helpers/mnistNode';

export interface MemberHistory {
  steps: StepMetrics[];
  epochs: EpochMetrics[];
  bestEpoch: number;
}

export function loadData(desc: DataDescriptor): Promise<TrainData> {
  return buildData(desc, async () => loadMnistBytesNode());
}

/** Trains the chosen members (default: all) of a population for `epochs` epochs (default: the config's). */
export async function runPopulation(config: PopulationConfig, opts: { members?: readonly number[]; epochs?: number; steps?: number } = {}): Promise<MemberHistory[]> {
  const data = await loadData(config.data);
  const options = { ...config.options, epochs: opts.epochs ?? config.options?.epochs ?? 1 };
  const which = opts.members ?? config.members.map((_, i) => i);
  return which.map((i) => {
    const m = config.members[i];
    const tr = createTrainer(memberSpec(config.spec, m), data, m.hyper, m.seed, m.start ? { ...options, start: m.start } : options);
    const report = tr.step(opts.steps ?? Number.MAX_SAFE_INTEGER);
    const run = { steps: report.steps, epochs: report.epochs, bestEpoch: tr.progress().bestEpoch };
    tr.dispose();
    return run;
  });
}
