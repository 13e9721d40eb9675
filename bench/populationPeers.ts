// Population benchmarks of the peers: R members of the seed MLP in TensorFlow.js (one model after another) and in jax-js (vmap).
import { detectBackend } from '../src/gpu/device';
import { jaxPopulation, loadJax, type JaxPopulation } from './jaxPeer';
import type { BenchRecord } from './record';
import { BATCH, count, mnist, round } from './mlp';
import { failed, gpuSteps, learningRates, populationRecord, SIZES, STEPS } from './populationCommon';
import { bestApi } from './tfjsBench';
import { loadTf, tfNet, trainTensors, type TfBackend } from './tfjsPeer';

/** Wall time a peer that trains members one after another may spend per size before the rest is extrapolated. */
const BUDGET_MS = count('popBudgetMs', 8_000);

/** The adapter WebGPU peers get on this page (the same request as ours: default power preference). */
async function adapter(): Promise<string> {
  const info = await detectBackend();
  return info.kind === 'gpu' ? info.name : 'none';
}

/**
 * TensorFlow.js has no batching over models: R sequential models (the API the single-run bench found fastest),
 * each trained STEPS updates in turn after one warm-up update. Members are timed until BUDGET_MS has passed
 * (at least one); the aggregate is then extrapolated to all R at the measured time per member.
 */
async function tfjsPopulation(backend: TfBackend): Promise<BenchRecord[]> {
  const name = `tfjs-${backend}`;
  const loaded = await loadTf(backend);
  if ('error' in loaded) return SIZES.map((R) => failed(name, R, 'error', loaded.error));
  const { tf, extra } = loaded;
  const api = bestApi[backend] ?? 'layers-fit';
  const gpu: Record<string, string> = backend === 'webgpu' ? { adapter: await adapter() } : {};
  const { train } = await mnist();
  const data = trainTensors(tf, train, 'mnist');
  const out: BenchRecord[] = [];
  try {
    const warm = tfNet(api, tf, data, 0.1, 999);
    await warm.train(3);
    warm.dispose();
    for (const R of SIZES) {
      const lrs = learningRates(R);
      const nets = lrs.map((lr, r) => tfNet(api, tf, data, lr, r + 1));
      try {
        let ms = 0;
        let timed = 0;
        let loss = NaN;
        while (timed < R && (timed < 1 || ms < BUDGET_MS)) {
          await nets[timed].train(1);
          const t = await nets[timed].train(STEPS);
          ms += t.ms;
          loss = t.loss;
          timed++;
        }
        out.push(populationRecord(name, R, STEPS, (ms * R) / timed, { api, vmap: false, members_timed: timed, extrapolated: timed < R, last_member_loss: round(loss, 4), ...gpu, ...extra }));
      } finally {
        nets.forEach((n) => n.dispose());
      }
    }
  } finally {
    data.dispose();
    if (backend !== 'cpu') await tf.setBackend('cpu');
  }
  return out;
}

/** Timed steps of each way in the trial that picks vmap or a loop of per-member jit steps. */
const TRIAL_STEPS = 3;

/**
 * jax-js on `device`, both ways it can train R members: one jit(vmap(step)) over stacked parameters, or one jit(step)
 * per member. At every size each way runs TRIAL_STEPS timed updates after two and the faster is kept (the trial's
 * numbers go in the line): a choice made once at R = 1, where the two are close, left R = 64 on the slower loop in
 * some runs (2,513 against vmap's 3,790 samples/s on SwiftShader). Then STEPS timed updates after two (gpuSteps on WebGPU).
 */
async function jaxPopulationBench(device: 'wasm' | 'webgpu'): Promise<BenchRecord[]> {
  const name = `jax-js-${device}`;
  const loaded = await loadJax(device);
  if ('error' in loaded) return SIZES.map((R) => failed(name, R, 'error', loaded.error));
  const { jax } = loaded;
  const gpu: Record<string, string> = device === 'webgpu' ? { adapter: await adapter() } : {};
  const { steps, note } = device === 'webgpu' ? await gpuSteps() : { steps: STEPS, note: {} };
  const { train } = await mnist();
  const out: BenchRecord[] = [];
  for (const R of SIZES) {
    const lrs = learningRates(R);
    const trial: Record<string, string | number> = {};
    try {
      let pop: JaxPopulation | null = null;
      const rates: number[] = [];
      for (const way of [true, false]) {
        const candidate = await jaxPopulation(jax, train, lrs, way);
        await candidate.run(2);
        const t = await candidate.run(TRIAL_STEPS);
        const rate = Math.round((R * BATCH * TRIAL_STEPS) / (t.ms / 1000));
        rates.push(candidate.vmap === way ? rate : 0);
        trial[way ? 'trial_vmap_samples_per_s' : 'trial_loop_samples_per_s'] = candidate.vmap === way ? rate : `vmap failed: ${candidate.vmapError}`;
        if (pop && rates[1] > rates[0]) pop.dispose();
        if (!pop || rates[1] > rates[0]) pop = candidate;
        else candidate.dispose();
      }
      if (!pop) throw new Error('jax-js: neither way built a population');
      try {
        await pop.run(2);
        const t = await pop.run(steps);
        out.push(
          populationRecord(name, R, steps, t.ms, {
            api: 'jit-valueAndGrad',
            vmap: pop.vmap,
            batch_shared: true, // every member trains on the same batch each step (vmap's in_axes null), read in order
            ...trial,
            vmap_error: pop.vmapError ?? '',
            member0_loss: round(t.loss, 4),
            jax_js: '0.1.25',
            cross_origin_isolated: globalThis.crossOriginIsolated ? 1 : 0,
            ...gpu,
            ...note,
          }),
        );
      } finally {
        pop.dispose();
      }
    } catch (e) {
      out.push(failed(name, R, 'error', String(e)));
    }
  }
  return out;
}

/** The benches of this file, keyed by the name ?only= selects (run after the single-run tfjs benches, which pick each peer's API). */
export const PEER_POPULATION_BENCHES: Record<string, () => Promise<BenchRecord[]>> = {
  popTfjsWasm: () => tfjsPopulation('wasm'),
  popJaxWasm: () => jaxPopulationBench('wasm'),
  popTfjsWebgpu: () => tfjsPopulation('webgpu'),
  popJaxWebgpu: () => jaxPopulationBench('webgpu'),
};
