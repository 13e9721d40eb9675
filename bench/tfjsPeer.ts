// TensorFlow.js as a peer: the seed MLP trained through the layers API (model.fit) or a hand-written step (optimizer.minimize).
import type { ClassificationData } from '../src/engine/data/types';
import { fillUniform } from '../src/engine/rng';
import { BATCH, SEED_SPEC } from './mlp';

export type Tf = typeof import('@tensorflow/tfjs');
export type TfBackend = 'cpu' | 'wasm' | 'webgpu';
/** How a peer is driven: TensorFlow.js's recommended layers API, or our own loop of optimizer.minimize steps. */
export type TfApi = 'layers-fit' | 'manual-step';
/** Training inputs: the MNIST subset, or uniform [0, 1) pixels of the same shape (labels kept) to test data effects such as denormals. */
export type Inputs = 'mnist' | 'random';

const WIDTHS = [SEED_SPEC.inputSize, ...SEED_SPEC.hidden.map((h) => h.units), SEED_SPEC.outputSize];

/** TensorFlow.js on `backend` (the wasm binaries served from the bundle), or null with the reason it could not start. */
export async function loadTf(backend: TfBackend): Promise<{ tf: Tf; extra: Record<string, string | number> } | { error: string }> {
  const tf = await import('@tensorflow/tfjs');
  const extra: Record<string, string | number> = { tfjs: tf.version.tfjs };
  if (backend === 'wasm') {
    const wasm = await import('@tensorflow/tfjs-backend-wasm');
    const [plain, simd, threaded] = await Promise.all([
      import('@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url'),
      import('@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url'),
      import('@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url'),
    ]);
    wasm.setWasmPaths({
      'tfjs-backend-wasm.wasm': plain.default,
      'tfjs-backend-wasm-simd.wasm': simd.default,
      'tfjs-backend-wasm-threaded-simd.wasm': threaded.default,
    });
    extra.simd = (await tf.env().getAsync('WASM_HAS_SIMD_SUPPORT')) ? 1 : 0;
    extra.threads = (await tf.env().getAsync('WASM_HAS_MULTITHREAD_SUPPORT')) ? 1 : 0;
  }
  if (backend === 'webgpu') await import('@tensorflow/tfjs-backend-webgpu');
  try {
    if (!(await tf.setBackend(backend))) return { error: `tf.setBackend("${backend}") failed` };
    await tf.ready();
  } catch (e) {
    return { error: `tf.setBackend("${backend}"): ${String(e)}` };
  }
  if (backend === 'wasm') {
    const wasm = await import('@tensorflow/tfjs-backend-wasm');
    extra.wasm_threads = wasm.getThreadsCount();
  }
  return { tf, extra };
}

/** The training rows on the device: x n×784, one-hot y n×10 (n a whole number of batches); random inputs replace x by uniform noise. */
export function trainTensors(tf: Tf, train: ClassificationData, inputs: Inputs) {
  const n = Math.floor(train.n / BATCH) * BATCH;
  const pixels = inputs === 'mnist' ? train.x.subarray(0, n * WIDTHS[0]) : (fillUniform(new Float32Array(n * WIDTHS[0]), 7, 1) as Float32Array);
  const x = tf.tensor2d(pixels, [n, WIDTHS[0]]);
  const y = tf.tidy(() => tf.oneHot(tf.tensor1d(Int32Array.from(train.y.subarray(0, n)), 'int32'), 10).toFloat()) as import('@tensorflow/tfjs').Tensor2D;
  return { x, y, n, dispose: () => (x.dispose(), y.dispose()) };
}

/** What a timed run returns: the updates taken, their milliseconds, and the last step's loss. */
export interface Timed {
  steps: number;
  ms: number;
  loss: number;
}

/** One peer network that can be trained for some steps; `train` resolves once the last update is on the device and its loss read. */
export interface TfNet {
  train(steps: number): Promise<Timed>;
  /** Subnormal floats (0 < |v| < 2^−126) among the weights, biases and one batch's activations (pre- and post-ReLU). */
  subnormals(): Promise<{ subnormal: number; values: number }>;
  dispose(): void;
}

/** Counts subnormal float32 values in the weights [W0, b0, W1, b1, …] and in the forward pass of the first batch of x. */
async function countSubnormals(tf: Tf, x: import('@tensorflow/tfjs').Tensor2D, params: import('@tensorflow/tfjs').Tensor[]) {
  const tensors = tf.tidy(() => {
    const out: import('@tensorflow/tfjs').Tensor[] = [...params.map((p) => p.clone())];
    let h = x.slice([0, 0], [BATCH, WIDTHS[0]]) as import('@tensorflow/tfjs').Tensor2D;
    for (let l = 0; l < params.length / 2; l++) {
      const z = tf.add(tf.matMul(h, params[2 * l] as import('@tensorflow/tfjs').Tensor2D), params[2 * l + 1]) as import('@tensorflow/tfjs').Tensor2D;
      h = l < params.length / 2 - 1 ? tf.relu(z) : tf.softmax(z);
      out.push(z, h);
    }
    return out;
  });
  let subnormal = 0;
  let values = 0;
  for (const t of tensors) {
    const v = (await t.data()) as Float32Array;
    values += v.length;
    for (let i = 0; i < v.length; i++) if (v[i] !== 0 && Math.abs(v[i]) < 1.1754943508222875e-38) subnormal++;
    t.dispose();
  }
  return { subnormal, values };
}

/**
 * The layers API as TensorFlow.js documents it: tf.sequential of dense layers (He-normal kernels, zero biases,
 * ReLU, softmax output), compiled with SGD(lr) and categorical cross-entropy, trained by model.fit on batches
 * of 100 (shuffled each epoch, no callbacks, so no per-batch read-back; fit reads the losses once at the end).
 */
export function layersNet(tf: Tf, data: ReturnType<typeof trainTensors>, lr: number, seed: number): TfNet {
  const model = tf.sequential();
  WIDTHS.slice(1).forEach((units, l) =>
    model.add(
      tf.layers.dense({
        units,
        inputShape: l === 0 ? [WIDTHS[0]] : undefined,
        activation: l < WIDTHS.length - 2 ? 'relu' : 'softmax',
        kernelInitializer: tf.initializers.heNormal({ seed: seed * 31 + l }),
        biasInitializer: 'zeros',
      }),
    ),
  );
  model.compile({ optimizer: tf.train.sgd(lr), loss: 'categoricalCrossentropy' });
  const batches = data.n / BATCH;
  let offset = 0;
  return {
    async train(steps) {
      // fit runs whole epochs of the rows it is given: slice `steps` batches (wrapping around) and fit one epoch.
      const t0 = performance.now();
      let taken = 0;
      let loss = NaN;
      while (taken < steps) {
        const k = Math.min(steps - taken, batches - offset);
        const whole = k === batches;
        const xs = whole ? data.x : data.x.slice([offset * BATCH, 0], [k * BATCH, WIDTHS[0]]);
        const ys = whole ? data.y : data.y.slice([offset * BATCH, 0], [k * BATCH, 10]);
        const history = await model.fit(xs, ys, { batchSize: BATCH, epochs: 1, shuffle: true, verbose: 0 });
        if (!whole) {
          xs.dispose();
          ys.dispose();
        }
        loss = Number(history.history.loss[0]);
        taken += k;
        offset = (offset + k) % batches;
      }
      return { steps: taken, ms: performance.now() - t0, loss };
    },
    subnormals: () => countSubnormals(tf, data.x, model.getWeights()),
    dispose: () => model.dispose(),
  };
}

/**
 * A hand-written step: the same network as variables (He-normal weights, zero biases), fused matMul + bias + ReLU
 * per layer, mean softmax cross-entropy, tf.train.sgd(lr).minimize over sequential batches; the last step's loss is
 * kept and read asynchronously (a synchronous read stalls WebGPU).
 */
export function manualNet(tf: Tf, data: ReturnType<typeof trainTensors>, lr: number, seed: number): TfNet {
  type T2 = import('@tensorflow/tfjs').Tensor2D;
  const layers = WIDTHS.slice(1).map((fanOut, l) => ({
    W: tf.variable(tf.randomNormal([WIDTHS[l], fanOut], 0, Math.sqrt(2 / WIDTHS[l]), 'float32', seed * 31 + l)),
    b: tf.variable(tf.zeros([fanOut])),
  }));
  const optimizer = tf.train.sgd(lr);
  const batches = data.n / BATCH;
  let k = 0;
  type Scalar = import('@tensorflow/tfjs').Scalar;
  let kept: Scalar | null = null;
  const step = (keepLoss: boolean) =>
    tf.tidy(() => {
      const start = (k++ % batches) * BATCH;
      const xb = data.x.slice([start, 0], [BATCH, WIDTHS[0]]);
      const yb = data.y.slice([start, 0], [BATCH, 10]);
      const cost = optimizer.minimize(() => {
        let h: T2 = xb;
        layers.forEach(({ W, b }, l) => {
          h = tf.fused.matMul({ a: h, b: W, bias: b, activation: l < layers.length - 1 ? 'relu' : 'linear' }) as T2;
        });
        return tf.losses.softmaxCrossEntropy(yb, h) as import('@tensorflow/tfjs').Scalar;
      }, keepLoss);
      if (cost) kept = tf.keep(cost);
    });
  return {
    async train(steps) {
      const t0 = performance.now();
      kept = null;
      for (let s = 0; s < steps; s++) step(s === steps - 1);
      const cost = kept as Scalar | null;
      const loss = cost ? (await cost.data())[0] : NaN;
      await layers[layers.length - 1].W.data();
      cost?.dispose();
      return { steps, ms: performance.now() - t0, loss };
    },
    subnormals: () => countSubnormals(tf, data.x, layers.flatMap(({ W, b }) => [W, b])),
    dispose: () => {
      optimizer.dispose();
      layers.forEach(({ W, b }) => (W.dispose(), b.dispose()));
    },
  };
}

/** The network for `api`. */
export const tfNet = (api: TfApi, tf: Tf, data: ReturnType<typeof trainTensors>, lr: number, seed: number): TfNet =>
  api === 'layers-fit' ? layersNet(tf, data, lr, seed) : manualNet(tf, data, lr, seed);
