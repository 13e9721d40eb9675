// Bench worker: one CPU population (createCpuPopulation) on the MNIST subset, trained and timed inside this worker.
import type { ModelSpec } from '../src/engine/nn';
import { createCpuPopulation } from '../src/engine/train/population';
import type { MemberConfig } from '../src/engine/train/populationTypes';
import { loadMnist } from '../src/worker/data/loadMnist';

/** What the page asks: train `members` of `spec` for `warmup` then `steps` timed updates; data from baseUrl. */
export interface PopulationJob {
  spec: ModelSpec;
  members: MemberConfig[];
  warmup: number;
  steps: number;
  baseUrl: string;
}

/** The answer: timed milliseconds, member-updates taken in them, member 0's last loss; or the error. */
export type PopulationResult = { ms: number; memberSteps: number; loss: number } | { error: string };

self.onmessage = async (event: MessageEvent<PopulationJob>) => {
  const job = event.data;
  try {
    const { train } = await loadMnist({ baseUrl: job.baseUrl });
    const pop = createCpuPopulation(job.spec, { train }, job.members, { evalEachEpoch: false });
    pop.step(job.warmup);
    const t0 = performance.now();
    const report = pop.step(job.steps);
    const ms = performance.now() - t0;
    const steps = report.members[0].steps;
    pop.dispose();
    const result: PopulationResult = { ms, memberSteps: report.members.reduce((t, m) => t + m.taken, 0), loss: steps[steps.length - 1]?.loss ?? NaN };
    self.postMessage(result);
  } catch (e) {
    self.postMessage({ error: String(e) } satisfies PopulationResult);
  }
};
