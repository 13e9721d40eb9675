// MLP training benchmarks: the seed MLP on MNIST with our CPU engine, heap growth, and training in the worker (TensorFlow.js: tfjsBench.ts).
import { loadMnist, mnistRows } from '../src/worker/shared/data/loadMnist';
import type { ClassificationData } from '../src/engine/data/types';
import { TrainerClient } from '../src/worker/page/client';
import type { ModelSpec } from '../src/engine/nn';
import { createTrainer, type HyperUpdate } from '../src/engine/train';
import type { BenchRecord } from './record';

/** The seed MLP (784-100-100-100-100-10, ReLU, He) with SGD η = 0.1 and batch 100, as in docs/design.md's quality bars. */
export const SEED_SPEC: ModelSpec = {
  inputSize: 784,
  hidden: [100, 100, 100, 100].map((units) => ({ units, activation: 'relu' as const })),
  outputSize: 10,
  init: { scheme: 'he' },
  loss: 'softmax-ce',
};
export const SEED_HYPER: HyperUpdate = { optimizer: 'sgd', lr: 0.1, batchSize: 100 };
export const BATCH = 100;

/** Step counts; the page's query string may override them (e.g. ?oursSteps=1000&heapSteps=2000). */
const query = new URLSearchParams(location.search);
/** A positive integer from the page's query string, or the fallback. */
export const count = (key: string, fallback: number) => {
  const v = Number(query.get(key));
  return Number.isInteger(v) && v > 0 ? v : fallback;
};
const STEPS = {
  oursWarmup: 20,
  ours: count('oursSteps', 300),
  heapWarmup: 50,
  heap: count('heapSteps', 10_000),
  workerMs: count('workerMs', 5_000),
};

const dataUrl = () => new URL('data/', location.href).href;
/** The whole subset as Float32 rows (parsed on each call). */
export const mnist = async (): Promise<{ train: ClassificationData; test: ClassificationData }> => {
  const { train, test } = await loadMnist({ baseUrl: dataUrl() });
  return { train: mnistRows(train), test: mnistRows(test) };
};
const pause = () => new Promise((resolve) => setTimeout(resolve, 0));
export const round = (v: number, digits = 1) => Number(v.toFixed(digits));

/** One mlp-train record: samples/s from `steps` timed batches of BATCH rows. */
export function trainRecord(backend: string, steps: number, warmup: number, ms: number, extra: Record<string, string | number> = {}): BenchRecord {
  return {
    bench: 'mlp-train',
    backend,
    samples_per_s: Math.round((steps * BATCH) / (ms / 1000)),
    steps,
    warmup_steps: warmup,
    batch: BATCH,
    ms_per_step: round(ms / steps, 2),
    ...extra,
  };
}

/** Our CPU engine on the bench page's main thread; per-epoch evaluation off so only training is timed. */
const mlpTrainOurs = async (): Promise<BenchRecord[]> => {
  const { train } = await mnist();
  const trainer = createTrainer(SEED_SPEC, { train }, SEED_HYPER, 1, { evalEachEpoch: false });
  trainer.step(STEPS.oursWarmup);
  const t0 = performance.now();
  const report = trainer.step(STEPS.ours);
  const ms = performance.now() - t0;
  const loss = report.steps[report.steps.length - 1].loss;
  return [trainRecord('ours-cpu', report.taken, STEPS.oursWarmup, ms, { final_loss: round(loss, 4), thread: 'main' })];
};

/** V8 heap numbers in bytes: the JS heap in use and the ArrayBuffer backing stores (typed-array storage). */
interface HeapUsage {
  usedSize: number;
  backingStorageSize?: number;
}

declare global {
  interface Window {
    /** Installed by tests/bench/run.mjs: CDP Runtime.getHeapUsage of this page. */
    __heapUsage?: () => Promise<HeapUsage>;
  }
}

/**
 * Heap of our CPU engine over heapSteps steps, read from V8 through CDP Runtime.getHeapUsage (exact; the
 * runner exposes it as window.__heapUsage) after a forced gc() (--js-flags=--expose-gc), before and after:
 * retained growth of the JS heap plus ArrayBuffer storage. Also the median increase of the JS heap across
 * 100-step chunks without a forced gc: the garbage allocated per step (chunks in which a young-generation
 * collection ran come out negative and are left out).
 */
const mlpHeap = async (): Promise<BenchRecord[]> => {
  const usage = window.__heapUsage;
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!usage) return [{ bench: 'mlp-heap', backend: 'ours-cpu', error: 'no window.__heapUsage: run through tests/bench/run.mjs' }];
  const total = (u: HeapUsage) => u.usedSize + (u.backingStorageSize ?? 0);
  const { train } = await mnist();
  const trainer = createTrainer(SEED_SPEC, { train }, SEED_HYPER, 2, { evalEachEpoch: false });
  trainer.step(STEPS.heapWarmup);
  const collect = async () => {
    gc?.();
    await pause();
    gc?.();
    return usage();
  };
  const before = await collect();
  const chunk = 100;
  const deltas: number[] = [];
  let taken = 0;
  let ms = 0;
  while (taken < STEPS.heap) {
    const n = Math.min(chunk, STEPS.heap - taken);
    const h0 = (await usage()).usedSize;
    const t0 = performance.now();
    taken += trainer.step(n).taken;
    ms += performance.now() - t0;
    const h1 = (await usage()).usedSize;
    if (h1 >= h0 && n === chunk) deltas.push(h1 - h0);
  }
  const after = await collect();
  deltas.sort((a, b) => a - b);
  const perStep = deltas.length ? deltas[deltas.length >> 1] / chunk : NaN;
  const MB = 1024 * 1024;
  return [
    {
      bench: 'mlp-heap',
      backend: 'ours-cpu',
      steps: taken,
      mb_before: round(total(before) / MB, 3),
      mb_after: round(total(after) / MB, 3),
      mb_growth: round((total(after) - total(before)) / MB, 3),
      js_heap_growth_kb: round((after.usedSize - before.usedSize) / 1024, 1),
      alloc_kb_per_step: round(perStep / 1024, 3),
      samples_per_s: Math.round((taken * BATCH) / (ms / 1000)),
      method: `CDP Runtime.getHeapUsage (JS heap + ArrayBuffer storage)${gc ? ' after gc()' : ', no gc exposed'}`,
    },
  ];
};

/**
 * Training in the dedicated worker for workerMs: samples/s there, and on the main thread the long tasks
 * (PerformanceObserver 'longtask', > 50 ms) and the longest gap between animation frames.
 */
const mlpWorker = async (): Promise<BenchRecord[]> => {
  const client = new TrainerClient();
  try {
    await client.create({ spec: SEED_SPEC, data: { kind: 'mnist', nTrain: 10_000, baseUrl: dataUrl() }, hyper: SEED_HYPER, seed: 3, options: { evalEachEpoch: false } });
    await client.step(STEPS.oursWarmup);
    const longTasks: number[] = [];
    const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => longTasks.push(e.duration)));
    observer.observe({ type: 'longtask' });
    let frames = 0;
    let maxGap = 0;
    let last = performance.now();
    let running = true;
    const frame = (now: number) => {
      frames++;
      maxGap = Math.max(maxGap, now - last);
      last = now;
      if (running) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
    const startStep = client.status.progress?.step ?? 0;
    const t0 = performance.now();
    await client.start();
    await new Promise((resolve) => setTimeout(resolve, STEPS.workerMs));
    const status = await client.pause();
    const ms = performance.now() - t0;
    running = false;
    observer.disconnect();
    const steps = (status.progress?.step ?? 0) - startStep;
    return [
      {
        bench: 'mlp-worker',
        backend: 'ours-cpu',
        thread: 'worker',
        samples_per_s: Math.round((steps * BATCH) / (ms / 1000)),
        steps,
        long_tasks: longTasks.length,
        max_long_task_ms: round(Math.max(0, ...longTasks)),
        frames,
        max_frame_gap_ms: round(maxGap),
      },
    ];
  } finally {
    client.dispose();
  }
};

/** The benches of this file, keyed by the name ?only= selects. */
export const MLP_BENCHES: Record<string, () => Promise<BenchRecord[]>> = {
  mlpTrainOurs,
  mlpWorker,
  mlpHeap,
};
