// GPU training benchmarks: the seed MLP on MNIST with our WebGPU trainer and with TensorFlow.js on its webgpu backend, same page.
import { loadMnist } from '../src/app/data/loadMnist';
import type { HyperUpdate } from '../src/engine/train/types';
import { acquireGpu, createGpuTrainer } from '../src/gpu';
import type { BenchRecord } from './main';
import { SEED_SPEC } from './mlp';

/** SGD η = 0.1, batch 100: the CPU lines' settings (bench/mlp.ts). */
const HYPER: HyperUpdate = { optimizer: 'sgd', lr: 0.1, batchSize: 100 };
const BATCH = 100;

const query = new URLSearchParams(location.search);
const count = (key: string, fallback: number) => {
  const v = Number(query.get(key));
  return Number.isInteger(v) && v > 0 ? v : fallback;
};
/** Step counts; ?gpuSteps=…&tfjsWebgpuSteps=… override them (SwiftShader is slow, a real GPU is not). */
const STEPS = { warmup: 10, ours: count('gpuSteps', 60), tfjsWarmup: 5, tfjs: count('tfjsWebgpuSteps', 20) };

const round = (v: number, digits = 1) => Number(v.toFixed(digits));
const mnist = () => loadMnist({ baseUrl: new URL('data/', location.href).href });

function record(backend: string, steps: number, warmup: number, ms: number, extra: Record<string, string | number>): BenchRecord {
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

/**
 * Our GPU trainer on the page's main thread, with its own pacing (a frame's worth of steps per submit,
 * metrics read back asynchronously); timed from the first step to the last step's metrics read back.
 */
const mlpTrainOursGpu = async (): Promise<BenchRecord[]> => {
  const acquired = await acquireGpu();
  if (!acquired.ok) return [{ bench: 'mlp-train', backend: 'ours-gpu', error: `${acquired.reason}: ${acquired.message}` }];
  const { ctx } = acquired;
  const { train } = await mnist();
  const trainer = await createGpuTrainer(ctx, SEED_SPEC, { train }, HYPER, 1, { evalEachEpoch: false });
  try {
    await trainer.step(STEPS.warmup);
    await trainer.flush();
    const t0 = performance.now();
    let taken = (await trainer.step(STEPS.ours)).taken;
    const last = await trainer.flush();
    const ms = performance.now() - t0;
    taken += last.taken;
    const stats = trainer.stats();
    const final = last.steps[last.steps.length - 1];
    return [
      record('ours-gpu', taken, STEPS.warmup, ms, {
        final_loss: final ? round(final.loss, 4) : NaN,
        dispatches_per_step: stats.dispatchesPerStep,
        steps_per_submit: stats.stepsPerSubmit,
        submits: stats.submits,
        adapter: ctx.adapterName,
        fallback_adapter: ctx.fallback ? 1 : 0,
        thread: 'main',
      }),
    ];
  } finally {
    trainer.dispose();
  }
};

type Tf = typeof import('@tensorflow/tfjs');
type Tensor2D = import('@tensorflow/tfjs').Tensor2D;

/** The same network in TensorFlow.js on webgpu: He-normal weights, zero biases, tf.train.sgd(0.1), softmax cross-entropy, sequential batches. */
async function tfjsWebgpu(tf: Tf): Promise<BenchRecord> {
  const { train } = await mnist();
  const n = Math.floor(train.n / BATCH) * BATCH;
  const x = tf.tensor2d(train.x.subarray(0, n * 784), [n, 784]);
  const y = tf.tidy(() => tf.oneHot(tf.tensor1d(Int32Array.from(train.y.subarray(0, n)), 'int32'), 10).toFloat());
  const widths = [784, ...SEED_SPEC.hidden.map((h) => h.units), 10];
  const layers = widths.slice(1).map((fanOut, l) => ({
    W: tf.variable(tf.randomNormal([widths[l], fanOut], 0, Math.sqrt(2 / widths[l]), 'float32', l + 1)),
    b: tf.variable(tf.zeros([fanOut])),
  }));
  const optimizer = tf.train.sgd(0.1);
  const batches = n / BATCH;
  // The last step keeps its loss tensor, read asynchronously (synchronous reads stall WebGPU).
  let lastCost: import('@tensorflow/tfjs').Scalar | null = null;
  const step = (k: number, keepLoss: boolean) =>
    tf.tidy(() => {
      const start = (k % batches) * BATCH;
      const xb = x.slice([start, 0], [BATCH, 784]);
      const yb = y.slice([start, 0], [BATCH, 10]);
      const cost = optimizer.minimize(() => {
        let h: Tensor2D = xb;
        layers.forEach(({ W, b }, l) => {
          const z = tf.add(tf.matMul(h, W), b) as Tensor2D;
          h = l < layers.length - 1 ? tf.relu(z) : z;
        });
        return tf.losses.softmaxCrossEntropy(yb, h) as import('@tensorflow/tfjs').Scalar;
      }, keepLoss);
      if (cost) lastCost = tf.keep(cost);
    });
  try {
    for (let k = 0; k < STEPS.tfjsWarmup; k++) step(k, false);
    await layers[0].W.data();
    const t0 = performance.now();
    for (let k = 0; k < STEPS.tfjs; k++) step(STEPS.tfjsWarmup + k, k === STEPS.tfjs - 1);
    const lastLoss = lastCost ? (await (lastCost as import('@tensorflow/tfjs').Scalar).data())[0] : NaN;
    await layers[layers.length - 1].W.data();
    const ms = performance.now() - t0;
    (lastCost as import('@tensorflow/tfjs').Scalar | null)?.dispose();
    return record('tfjs-webgpu', STEPS.tfjs, STEPS.tfjsWarmup, ms, { final_loss: round(lastLoss, 4), thread: 'main', tfjs: tf.version.tfjs });
  } finally {
    optimizer.dispose();
    layers.forEach(({ W, b }) => {
      W.dispose();
      b.dispose();
    });
    x.dispose();
    y.dispose();
  }
}

const mlpTrainTfjsWebgpu = async (): Promise<BenchRecord[]> => {
  const tf = await import('@tensorflow/tfjs');
  await import('@tensorflow/tfjs-backend-webgpu');
  if (!(await tf.setBackend('webgpu'))) return [{ bench: 'mlp-train', backend: 'tfjs-webgpu', error: 'tf.setBackend("webgpu") failed' }];
  await tf.ready();
  try {
    return [await tfjsWebgpu(tf)];
  } finally {
    await tf.setBackend('cpu');
  }
};

/** The benches of this file, keyed by the name ?only= selects. */
export const GPU_BENCHES: Record<string, () => Promise<BenchRecord[]>> = { mlpTrainOursGpu, mlpTrainTfjsWebgpu };
