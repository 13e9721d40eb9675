// Population benchmarks of our engine: ours-gpu (one GPU population), ours-cpu (the worker pool, all workers), ours-cpu-1 (one worker).
import type { BenchRecord } from './main';
import { failed, SIZES } from './populationCommon';

const notYet = (backend: string, reason: string) => async (): Promise<BenchRecord[]> => SIZES.map((R) => failed(backend, R, 'skipped', reason));

/** The benches of this file, keyed by the name ?only= selects. */
export const OURS_POPULATION_BENCHES: Record<string, () => Promise<BenchRecord[]>> = {
  popOursGpu: notYet('ours-gpu', 'createGpuPopulation (src/gpu/population) is not on main yet'),
  popOursCpu: notYet('ours-cpu', 'the worker pool (src/worker/pool.ts) is not on main yet'),
  popOursCpu1: notYet('ours-cpu-1', 'createCpuPopulation (src/engine/train/population.ts) is not on main yet'),
};
