// In-page benchmarks: each entry measures one thing and returns JSON records; the runner reads window.__bench.
import { defaults } from '../src/state/params';
import { activationHistograms } from '../src/engine/experiments/activationHistograms';
import { trajectories } from '../src/lessons/optimizers/model';
import { optimizersParams, type OptimizersValues } from '../src/lessons/optimizers/params';
import { AUGMENT_BENCHES } from './augment';
import { GPU_BENCHES } from './gpu';
import { MLP_BENCHES } from './mlp';
import { OURS_POPULATION_BENCHES } from './populationOurs';
import { PEER_POPULATION_BENCHES } from './populationPeers';
import type { BenchRecord } from './record';
import { TFJS_BENCHES } from './tfjsBench';

type Bench = () => Promise<BenchRecord[]>;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** All six trajectories of 200 steps recomputed after a parameter change (the optimizers lesson's work per slider event). */
const optimizersRecompute: Bench = async () => {
  const base = { ...defaults(optimizersParams), steps: 200 } as OptimizersValues;
  const times: number[] = [];
  let sink = 0;
  for (let i = 0; i < 300; i++) {
    const p = { ...base, 'sgd.lr': 0.1 + (i % 50) / 100, 'adam.lr': 0.05 + (i % 7) / 20 } as OptimizersValues;
    const t0 = performance.now();
    const trs = trajectories(p);
    times.push(performance.now() - t0);
    sink += trs[0].f[200];
  }
  return [{ bench: 'optimizers-recompute', ms: Number(median(times).toFixed(4)), steps: 200, optimizers: 6, runs: times.length, check: Number.isFinite(sink) ? 1 : 0 }];
};

/** The initialization lesson's histograms at the defaults (1000 × 100, five layers) after an init/activation change. */
const initRecompute: Bench = async () => {
  const times: number[] = [];
  const schemes = ['std1', 'std001', 'xavier', 'he'] as const;
  const acts = ['sigmoid', 'tanh', 'relu'] as const;
  activationHistograms({ act: 'sigmoid', init: 'std1', std: 0.1, layers: 5, units: 100, seed: 1 }); // draws the cached Gaussians once
  for (let i = 0; i < 24; i++) {
    const t0 = performance.now();
    activationHistograms({ act: acts[i % 3], init: schemes[i % 4], std: 0.1, layers: 5, units: 100, seed: 1 });
    times.push(performance.now() - t0);
  }
  return [{ bench: 'init-recompute', ms: Number(median(times).toFixed(2)), layers: 5, units: 100, samples: 1000, runs: times.length }];
};

// The single-run TensorFlow.js benches run before the population benches: they pick the API each peer trains its population with.
const BENCHES: Record<string, Bench> = {
  optimizersRecompute,
  initRecompute,
  ...MLP_BENCHES,
  ...GPU_BENCHES,
  ...TFJS_BENCHES,
  ...OURS_POPULATION_BENCHES,
  ...PEER_POPULATION_BENCHES,
  ...AUGMENT_BENCHES,
};

declare global {
  interface Window {
    __bench?: { done: boolean; records: BenchRecord[]; error?: string };
  }
}

async function main() {
  const only = new URLSearchParams(location.search).get('only');
  const records: BenchRecord[] = [];
  window.__bench = { done: false, records };
  try {
    for (const [name, fn] of Object.entries(BENCHES)) if (!only || only.split(',').includes(name)) records.push(...(await fn()));
  } catch (e) {
    window.__bench.error = String(e);
  }
  window.__bench.done = true;
  document.getElementById('out')!.textContent = records.map((r) => JSON.stringify(r)).join('\n');
}
void main();
