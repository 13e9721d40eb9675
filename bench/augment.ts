// Augmentation benches: the worker's CPU cost of augmenting one mini-batch (engine augmentBatch, per transform), and the GPU
// population of the augmentation lesson with and without augmented batches (uploaded by the worker each step).
import { augmentBatch, augmentScratch, type Augment } from '../src/engine/data/augment';
import { acquireGpu, createGpuPopulation } from '../src/gpu';
import { SPEC, BATCH, LR } from '../src/lessons/augmentation/model';
import type { BenchRecord } from './record';
import { mnist, round } from './mlp';

const OFF: Augment = { shift: 0, rotate: 0, elastic: 0, noise: 0 };
const VARIANTS: Record<string, Augment> = {
  shift: { ...OFF, shift: 2 },
  rotate: { ...OFF, rotate: 15 },
  elastic: { ...OFF, elastic: 34 },
  noise: { ...OFF, noise: 0.1 },
  'shift+rotate': { ...OFF, shift: 2, rotate: 15 },
  all: { shift: 2, rotate: 15, elastic: 34, noise: 0.1 },
};

/** Median ms to augment one batch of 50 digits, per transform (20 batches each, after one warm-up). */
const augmentCpu = async (): Promise<BenchRecord[]> => {
  const { train } = await mnist();
  const out = new Float32Array(BATCH * 784);
  const scratch = augmentScratch(28);
  return Object.entries(VARIANTS).map(([variant, a]) => {
    const times: number[] = [];
    for (let b = 0; b < 21; b++) {
      const rows = Array.from({ length: BATCH }, (_, i) => (b * BATCH + i) % train.n);
      const t0 = performance.now();
      augmentBatch(train.x, 784, rows, a, 1, b, out, scratch);
      if (b > 0) times.push(performance.now() - t0);
    }
    times.sort((p, q) => p - q);
    return { bench: 'augment-cpu', variant, batch: BATCH, ms_per_batch: round(times[times.length >> 1], 3) };
  });
};

/** The lesson's net (784-100-10, Adam, batch 50) as a GPU population of 6, 30 timed steps without and with augmentation. */
const augmentGpu = async (): Promise<BenchRecord[]> => {
  const acquired = await acquireGpu();
  if (!acquired.ok) return [{ bench: 'augment-gpu', error: `${acquired.reason}: ${acquired.message}` }];
  const { ctx } = acquired;
  const { train } = await mnist();
  const records: BenchRecord[] = [];
  for (const variant of ['none', 'shift+rotate', 'all']) {
    const augment = variant === 'none' ? undefined : VARIANTS[variant];
    const members = Array.from({ length: 6 }, (_, r) => ({ seed: r + 1, hyper: { optimizer: 'adam' as const, lr: LR, batchSize: BATCH, augment } }));
    const pop = await createGpuPopulation(ctx, SPEC, { train }, members, { evalEachEpoch: false });
    try {
      await pop.step(2);
      await pop.flush();
      const t0 = performance.now();
      await pop.step(30);
      await pop.flush();
      const ms = performance.now() - t0;
      records.push({ bench: 'augment-gpu', variant, members: 6, batch: BATCH, ms_per_step: round(ms / 30, 2), adapter: ctx.adapterName, fallback_adapter: ctx.fallback ? 1 : 0 });
    } finally {
      pop.dispose();
    }
  }
  return records;
};

/** The benches of this file, keyed by the name ?only= selects. */
export const AUGMENT_BENCHES: Record<string, () => Promise<BenchRecord[]>> = { augmentCpu, augmentGpu };
