// GPU training benchmarks: the seed MLP on MNIST, a single run on our WebGPU engine (a population of one; TensorFlow.js's webgpu backend: tfjsBench.ts), same page.
import { acquireGpu, createGpuPopulation } from '../src/gpu';
import { matmulLabel, type BenchRecord } from './record';
import { count, mnist, round, SEED_HYPER, SEED_SPEC, trainRecord } from './mlp';

/** Step counts; ?gpuSteps=… overrides them (SwiftShader is slow, a real GPU is not). */
const STEPS = { warmup: 10, ours: count('gpuSteps', 60) };

/**
 * A single run on our GPU engine, the population with R = 1, on the page's main thread with its own pacing (a
 * frame's worth of steps per submit, metrics read back asynchronously); timed from the first step to the last
 * step's metrics read back.
 */
const mlpTrainOursGpu = async (): Promise<BenchRecord[]> => {
  const acquired = await acquireGpu();
  if (!acquired.ok) return [{ bench: 'mlp-train', backend: 'ours-gpu', error: `${acquired.reason}: ${acquired.message}` }];
  const { ctx } = acquired;
  const { train } = await mnist();
  const pop = await createGpuPopulation(ctx, SEED_SPEC, { train }, [{ seed: 1, hyper: SEED_HYPER }], { evalEachEpoch: false });
  try {
    await pop.step(STEPS.warmup);
    await pop.flush();
    const t0 = performance.now();
    let taken = (await pop.step(STEPS.ours)).members[0].taken;
    const last = (await pop.flush()).members[0];
    const ms = performance.now() - t0;
    taken += last.taken;
    const stats = pop.stats();
    const final = last.steps[last.steps.length - 1];
    return [
      trainRecord('ours-gpu', taken, STEPS.warmup, ms, {
        final_loss: final ? round(final.loss, 4) : NaN,
        dispatches_per_step: stats.dispatchesPerStep,
        steps_per_submit: stats.stepsPerSubmit,
        matmul: matmulLabel(stats.matmul),
        submits: stats.submits,
        adapter: ctx.adapterName,
        fallback_adapter: ctx.fallback ? 1 : 0,
        thread: 'main',
      }),
    ];
  } finally {
    pop.dispose();
  }
};

/** The benches of this file, keyed by the name ?only= selects. */
export const GPU_BENCHES: Record<string, () => Promise<BenchRecord[]>> = { mlpTrainOursGpu };
