// Population benchmarks of our engine: ours-gpu (one GPU population on the page), ours-cpu (the worker pool), ours-cpu-1 (one worker).
import type { MemberConfig } from '../src/engine/train/populationTypes';
import { acquireGpu, createGpuPopulation } from '../src/gpu';
import type { BenchRecord } from './main';
import { mnist, round, SEED_HYPER, SEED_SPEC } from './mlp';
import { failed, gpuSteps, learningRates, populationRecord, SIZES, STEPS } from './populationCommon';
import type { PopulationJob, PopulationResult } from './populationWorker';

const WARMUP = 2;

/** R members of the seed MLP: seeds 1…R, SGD with batch 100, learning rates spread over 10^[−3, −0.5]. */
const members = (R: number): MemberConfig[] => learningRates(R).map((lr, r) => ({ seed: r + 1, hyper: { ...SEED_HYPER, lr } }));

/**
 * The GPU population on the page's adapter (main thread, its own pacing): WARMUP updates, then STEPS timed from
 * the first step to the last step's metrics read back (gpuSteps: fewer on a software adapter); dispatches per step from its stats.
 */
const popOursGpu = async (): Promise<BenchRecord[]> => {
  const acquired = await acquireGpu();
  if (!acquired.ok) return SIZES.map((R) => failed('ours-gpu', R, 'error', `${acquired.reason}: ${acquired.message}`));
  const { ctx } = acquired;
  const { train } = await mnist();
  const { steps, note } = await gpuSteps();
  const out: BenchRecord[] = [];
  for (const R of SIZES) {
    try {
      const pop = await createGpuPopulation(ctx, SEED_SPEC, { train }, members(R), { evalEachEpoch: false });
      try {
        await pop.step(WARMUP);
        await pop.flush();
        const t0 = performance.now();
        const first = await pop.step(steps);
        const last = await pop.flush();
        const ms = performance.now() - t0;
        const stats = pop.stats();
        const member0 = [...first.members[0].steps, ...last.members[0].steps];
        out.push(
          populationRecord('ours-gpu', R, steps, ms, {
            member_steps: first.members.reduce((t, m, i) => t + m.taken + last.members[i].taken, 0),
            dispatches_per_step: stats.dispatchesPerStep,
            steps_per_submit: stats.stepsPerSubmit,
            submits: stats.submits,
            groups: stats.groups,
            member0_loss: round(member0[member0.length - 1]?.loss ?? NaN, 4),
            adapter: ctx.adapterName,
            fallback_adapter: ctx.fallback ? 1 : 0,
            thread: 'main',
            ...note,
          }),
        );
      } finally {
        pop.dispose();
      }
    } catch (e) {
      out.push(failed('ours-gpu', R, 'error', String(e)));
    }
  }
  return out;
};

/** One CPU population in a dedicated worker of this page (createCpuPopulation there), WARMUP then STEPS timed updates. */
function inWorker(job: PopulationJob): Promise<PopulationResult> {
  const worker = new Worker(new URL('./populationWorker.ts', import.meta.url), { type: 'module', name: 'bench-population' });
  const result = new Promise<PopulationResult>((resolve) => {
    worker.onmessage = (e: MessageEvent<PopulationResult>) => resolve(e.data);
    worker.onerror = (e) => resolve({ error: `worker: ${e.message}` });
  });
  worker.postMessage(job);
  return result.finally(() => worker.terminate());
}

const popOursCpu1 = async (): Promise<BenchRecord[]> => {
  const out: BenchRecord[] = [];
  for (const R of SIZES) {
    const job: PopulationJob = { spec: SEED_SPEC, members: members(R), warmup: WARMUP, steps: STEPS, baseUrl: new URL('data/', location.href).href };
    const r = await inWorker(job);
    out.push('error' in r ? failed('ours-cpu-1', R, 'error', r.error) : populationRecord('ours-cpu-1', R, STEPS, r.ms, { member_steps: r.memberSteps, member0_loss: round(r.loss, 4), workers: 1, impl: 'createCpuPopulation in one dedicated worker', thread: 'worker' }));
  }
  return out;
};

/** The benches of this file, keyed by the name ?only= selects. */
export const OURS_POPULATION_BENCHES: Record<string, () => Promise<BenchRecord[]>> = {
  popOursGpu,
  popOursCpu: async () => SIZES.map((R) => failed('ours-cpu', R, 'skipped', 'the page worker pool (src/worker/pool.ts) is not on main yet')),
  popOursCpu1,
};
