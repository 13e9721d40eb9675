// Population benchmarks of our engine: ours-gpu (one GPU population on the page), ours-cpu (the page's worker pool, all its workers), ours-cpu-1 (a pool of one).
import { matmulLabel } from './record';
import type { MemberConfig } from '../src/engine/train/populationTypes';
import { acquireGpu, createGpuPopulation } from '../src/gpu';
import { pagePool, WorkerPool, type StepResult } from '../src/worker';
import { PopulationRun } from '../src/worker/page/populationRun';
import type { BenchRecord } from './record';
import { BATCH, count, mnist, round, SEED_HYPER, SEED_SPEC } from './mlp';
import { failed, gpuSteps, learningRates, populationRecord, SIZES, STEPS } from './populationCommon';

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
            batch_shared: false, // member r shuffles the data with its own seed, so each reads its own batch
            steps_per_submit: stats.stepsPerSubmit,
            matmul: matmulLabel(stats.matmul),
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

/** Timed repeats of each CPU population line (?popRepeats=); the line reports their median. */
const REPEATS = count('popRepeats', 3);

/**
 * A CPU population split over `pool` by PopulationRun (as lessons get it): created, WARMUP updates, then REPEATS
 * blocks of STEPS, each timed until every part has answered (its metrics in the rings); the line is the median block.
 * (One block of R = 1 is 3000 samples, a few hundred ms: single blocks of the pool and of one worker differed by
 * 15 % with the same placement, so the pool-against-one-worker comparison reads medians.)
 */
async function cpuPopulation(backend: string, pool: WorkerPool): Promise<BenchRecord[]> {
  const out: BenchRecord[] = [];
  const baseUrl = new URL('data/', location.href).href;
  for (const R of SIZES) {
    const run = new PopulationRun(
      { spec: SEED_SPEC, data: { kind: 'mnist', nTrain: 10_000, baseUrl }, backend: 'cpu', options: { evalEachEpoch: false }, members: members(R) },
      pool,
    );
    try {
      await run.create();
      await run.step(WARMUP);
      const blocks: number[] = [];
      let parts: StepResult[] = [];
      for (let i = 0; i < REPEATS; i++) {
        const t0 = performance.now();
        parts = (await run.step(STEPS)) as StepResult[];
        blocks.push(performance.now() - t0);
      }
      const ms = [...blocks].sort((a, b) => a - b)[blocks.length >> 1];
      const workers = new Set(pool.load().flatMap((n, i) => (n > 0 ? [i] : []))).size;
      out.push(
        populationRecord(backend, R, STEPS, ms, {
          part_steps: parts.map((p) => p.taken).join(','),
          batch_shared: false, // each member its own shuffle
          block_samples_per_s: blocks.map((b) => Math.round((R * BATCH * STEPS) / (b / 1000))).join(' '),
          workers,
          pool_size: pool.size,
          hardware_concurrency: navigator.hardwareConcurrency,
          thread: 'worker',
        }),
      );
    } catch (e) {
      out.push(failed(backend, R, 'error', String(e)));
    } finally {
      run.dispose();
    }
  }
  return out;
}

/** ours-cpu-1: the same on a pool of one worker. */
async function popOursCpu1(): Promise<BenchRecord[]> {
  const pool = new WorkerPool({ size: 1 });
  try {
    return await cpuPopulation('ours-cpu-1', pool);
  } finally {
    pool.dispose();
  }
}

/** The benches of this file, keyed by the name ?only= selects. */
export const OURS_POPULATION_BENCHES: Record<string, () => Promise<BenchRecord[]>> = {
  popOursGpu,
  popOursCpu: () => cpuPopulation('ours-cpu', pagePool()),
  popOursCpu1,
};
