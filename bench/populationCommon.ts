// What every population line shares: the sizes, the timed steps, the members' learning rates, and the record's shape.
import { detectBackend } from '../src/gpu/device';
import type { BenchRecord } from './record';
import { BATCH, count, round } from './mlp';

/** Population sizes and timed steps per member; ?popSizes=1,16,64,256&popSteps=30&popBudgetMs=… override them. */
export const SIZES = (new URLSearchParams(location.search).get('popSizes') ?? '1,16,64').split(',').map(Number).filter((r) => r > 0);
export const STEPS = count('popSteps', 30);

/** Member r's learning rate: 10^(−3 + 2.5·r/(R−1)), evenly spread in log space over [10^−3, 10^−0.5]. */
export const learningRates = (R: number): number[] => Array.from({ length: R }, (_, r) => 10 ** (-3 + (2.5 * r) / Math.max(1, R - 1)));

/** One mlp-train-population line: aggregate samples/s = members × batch × steps / seconds. */
export function populationRecord(backend: string, members: number, steps: number, ms: number, extra: Record<string, string | number | boolean> = {}): BenchRecord {
  return {
    bench: 'mlp-train-population',
    backend,
    members,
    samples_per_s: Math.round((members * BATCH * steps) / (ms / 1000)),
    steps,
    batch: BATCH,
    ms_per_population_step: round(ms / steps, 2),
    ...extra,
  };
}

/** A line that could not be measured, with the reason. */
export const failed = (backend: string, members: number, key: 'error' | 'skipped', reason: string): BenchRecord => ({
  bench: 'mlp-train-population',
  backend,
  members,
  [key]: reason,
});

/** Timed steps of a WebGPU population line on a software adapter (SwiftShader), where 30 steps of R = 64 take minutes. */
const SOFTWARE_GPU_STEPS = 6;

/**
 * Timed steps for the WebGPU population lines: STEPS on a hardware adapter; on a software adapter SOFTWARE_GPU_STEPS
 * (so npm run bench stays near 10 minutes), said in the line; ?popGpuSteps= overrides both.
 */
export async function gpuSteps(): Promise<{ steps: number; note: Record<string, string> }> {
  const explicit = new URLSearchParams(location.search).has('popGpuSteps');
  const info = await detectBackend();
  if (explicit || info.kind !== 'gpu' || !info.fallback) return { steps: count('popGpuSteps', STEPS), note: {} };
  return { steps: SOFTWARE_GPU_STEPS, note: { steps_note: `software adapter (${info.name}): ${SOFTWARE_GPU_STEPS} timed steps instead of ${STEPS} to keep the bench near 10 minutes` } };
}
