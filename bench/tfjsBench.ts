// Single-run TensorFlow.js lines: every API × inputs variant as an mlp-train-variant line, the fastest on MNIST as the mlp-train line.
import type { BenchRecord } from './record';
import { count, mnist, round, trainRecord } from './mlp';
import { loadTf, tfNet, trainTensors, type Inputs, type TfApi, type TfBackend } from './tfjsPeer';

const APIS: readonly TfApi[] = ['layers-fit', 'manual-step'];
const WARMUP = 3;

/** The fastest API per backend found by the single-run benches (the population benches train with it); layers-fit until measured. */
export const bestApi: Partial<Record<TfBackend, TfApi>> = {};

/**
 * The seed MLP (SGD η = 0.1, batch 100) in TensorFlow.js on `backend`: each API on each of `inputs` for `steps`
 * timed updates after WARMUP; one mlp-train-variant line each, then an mlp-train line copying the fastest
 * MNIST variant (the peer at its best) with the API it used.
 */
export async function tfjsRecords(backend: TfBackend, steps: number, inputs: readonly Inputs[]): Promise<BenchRecord[]> {
  const name = `tfjs-${backend}`;
  const loaded = await loadTf(backend);
  if ('error' in loaded) return [{ bench: 'mlp-train', backend: name, error: loaded.error }];
  const { tf, extra } = loaded;
  const { train } = await mnist();
  const variants: BenchRecord[] = [];
  try {
    // Warm the backend and both APIs' code once, so the first variant measured is not also the first ever run.
    const warmData = trainTensors(tf, train, inputs[0]);
    for (const api of APIS) {
      const net = tfNet(api, tf, warmData, 0.1, 99);
      await net.train(2 * WARMUP);
      net.dispose();
    }
    warmData.dispose();
    for (const input of inputs) {
      const data = trainTensors(tf, train, input);
      try {
        for (const api of APIS) {
          const net = tfNet(api, tf, data, 0.1, 1);
          try {
            await net.train(WARMUP);
            const t = await net.train(steps);
            const sub = await net.subnormals();
            variants.push({
              ...trainRecord(name, t.steps, WARMUP, t.ms, { final_loss: round(t.loss, 4), thread: 'main', ...extra }),
              bench: 'mlp-train-variant',
              api,
              inputs: input,
              subnormal_values: sub.subnormal,
              of_values: sub.values,
            });
          } finally {
            net.dispose();
          }
        }
      } finally {
        data.dispose();
      }
    }
  } finally {
    if (backend !== 'cpu') await tf.setBackend('cpu');
  }
  const onMnist = variants.filter((v) => v.inputs === 'mnist');
  const best = onMnist.reduce((a, b) => (Number(b.samples_per_s) > Number(a.samples_per_s) ? b : a), onMnist[0]);
  if (!best) return variants;
  bestApi[backend] = best.api as TfApi;
  return [...variants, { ...best, bench: 'mlp-train', apis_tried: APIS.join(',') }];
}

/** Timed steps per variant; ?tfjsCpuSteps=…&tfjsWasmSteps=…&tfjsWebgpuSteps=… override them. */
const STEPS = { cpu: count('tfjsCpuSteps', 20), wasm: count('tfjsWasmSteps', 100), webgpu: count('tfjsWebgpuSteps', 20) };

/** The benches of this file, keyed by the name ?only= selects: wasm on both inputs (denormals are a CPU question), cpu and webgpu on MNIST. */
export const TFJS_BENCHES: Record<string, () => Promise<BenchRecord[]>> = {
  mlpTrainTfjsCpu: () => tfjsRecords('cpu', STEPS.cpu, ['mnist']),
  mlpTrainTfjsWasm: () => tfjsRecords('wasm', STEPS.wasm, ['mnist', 'random']),
  mlpTrainTfjsWebgpu: () => tfjsRecords('webgpu', STEPS.webgpu, ['mnist']),
};
