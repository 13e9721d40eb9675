// Augmentation benches: the worker's CPU cost of augmenting one mini-batch (engine augmentBatch, per transform); the two ways
// augmented rows reach the GPU, back to back in one page (augmentPaths: CPU augmentBatch + writeBuffer vs the augment
// kernel); and the GPU population of the augmentation lesson without augmentation and with it on each path (augmentGpu).
// Measured on SwiftShader, 2 loaded cores (2026-12-07, medians; ms per batch of 50, CPU + upload vs kernel): shift 1.2 vs
// 11.8, rotate 1.5 vs 10.3, elastic 35 vs 84, noise 3.6 vs 10.5, all four 36 vs 174 (batch 100: all 75 vs 189); training
// step of 6 members: no augmentation 651 ms, all four uploaded 622 ms, all four by the kernel 1265 ms. So the upload is the
// engine's path (src/gpu/kernels/augment.ts, augmentPath); the kernel stays for GPUs where the numbers may turn.
import { augmentBatch, augmentScratch, type Augment } from '../src/engine/data/augment';
import { acquireGpu, createGpuPopulation } from '../src/gpu';
import { setAugmentPath, type AugmentPath } from '../src/gpu/kernels/augment';
import { AugmentKernelRunner } from './augmentKernel';
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

const median = (xs: number[]): number => [...xs].sort((p, q) => p - q)[xs.length >> 1];

/**
 * Per batch (of 50, the lesson's BATCH, and of 100), per transform and all together: (a) CPU augmentBatch into a staging
 * array + writeBuffer, (b) the kernel from the rows already on the GPU, each until the queue is done. A and B alternate
 * batch by batch (5 rounds × 4 batches each after a warm-up), medians.
 */
const augmentPaths = async (): Promise<BenchRecord[]> => {
  const acquired = await acquireGpu();
  if (!acquired.ok) return [{ bench: 'augment-paths', error: `${acquired.reason}: ${acquired.message}` }];
  const { ctx } = acquired;
  const { device } = ctx;
  const { train } = await mnist();
  const records: BenchRecord[] = [];
  const scratch = augmentScratch(28);
  for (const batch of [...new Set([BATCH, 100])]) {
    const runner = await AugmentKernelRunner.create(device, train.x, 28, batch);
    const stage = new Float32Array(batch * 784);
    try {
      for (const [variant, a] of Object.entries(VARIANTS)) {
        const cpu: number[] = [];
        const gpu: number[] = [];
        const empty: number[] = [];
        for (let b = 0; b < 21; b++) {
          const rows = Array.from({ length: batch }, (_, i) => (b * batch + i) % train.n);
          const t0 = performance.now();
          augmentBatch(train.x, 784, rows, a, 1, b, stage, scratch);
          device.queue.writeBuffer(runner.out, 0, stage);
          device.queue.submit([device.createCommandEncoder().finish()]);
          await device.queue.onSubmittedWorkDone();
          const t1 = performance.now();
          await runner.run(rows, a, 1, b);
          const t2 = performance.now();
          device.queue.submit([device.createCommandEncoder().finish()]);
          await device.queue.onSubmittedWorkDone();
          const t3 = performance.now();
          if (b > 0) {
            cpu.push(t1 - t0);
            gpu.push(t2 - t1);
            empty.push(t3 - t2);
          }
        }
        const a_ms = median(cpu);
        const b_ms = median(gpu);
        records.push({ bench: 'augment-paths', variant, batch, cpu_upload_ms: round(a_ms, 3), kernel_ms: round(b_ms, 3), kernel_speedup: round(a_ms / b_ms, 2), empty_submit_ms: round(median(empty), 3), adapter: ctx.adapterName });
      }
    } finally {
      runner.dispose();
    }
  }
  return records;
};

/**
 * The lesson's net (784-100-10, Adam, batch 50) as a GPU population of 6: ms per step (10 timed steps after 2) without
 * augmentation and with all four transforms on each path (upload: CPU + writeBuffer; kernel), alternating, 3 rounds, medians.
 */
const augmentGpu = async (): Promise<BenchRecord[]> => {
  const acquired = await acquireGpu();
  if (!acquired.ok) return [{ bench: 'augment-gpu', error: `${acquired.reason}: ${acquired.message}` }];
  const { ctx } = acquired;
  const { train } = await mnist();
  const time = async (variant: string, path: AugmentPath): Promise<number> => {
    const augment = variant === 'none' ? undefined : VARIANTS[variant];
    const members = Array.from({ length: 6 }, (_, r) => ({ seed: r + 1, hyper: { optimizer: 'adam' as const, lr: LR, batchSize: BATCH, augment } }));
    setAugmentPath(path);
    const pop = await createGpuPopulation(ctx, SPEC, { train }, members, { evalEachEpoch: false });
    try {
      await pop.step(2);
      await pop.flush();
      const t0 = performance.now();
      await pop.step(10);
      await pop.flush();
      return (performance.now() - t0) / 10;
    } finally {
      pop.dispose();
      setAugmentPath('upload');
    }
  };
  const runs: [string, AugmentPath][] = [['none', 'upload'], ['all', 'upload'], ['all', 'kernel']];
  const ms = runs.map((): number[] => []);
  for (let round3 = 0; round3 < 3; round3++) for (const [k, [variant, path]] of runs.entries()) ms[k].push(await time(variant, path));
  return runs.map(([variant, path], k) => ({
    bench: 'augment-gpu', variant, path: variant === 'none' ? '-' : path, members: 6, batch: BATCH, ms_per_step: round(median(ms[k]), 2),
    ms_rounds: ms[k].map((v) => round(v, 1)).join(' '), adapter: ctx.adapterName, fallback_adapter: ctx.fallback ? 1 : 0,
  }));
};

/** The benches of this file, keyed by the name ?only= selects. */
export const AUGMENT_BENCHES: Record<string, () => Promise<BenchRecord[]>> = { augmentCpu, augmentPaths, augmentGpu };
