// The one backend policy: backend=auto|gpu|cpu decided by the rules of ./backendRules and applied here, on one adapter request per page or worker.
import { paramLayout, resolveSpec, type ModelSpec } from '../engine/nn/spec';
import { createTrainer, type CpuTrainer } from '../engine/train/trainer';
import type { HyperUpdate, TrainData } from '../engine/train/types';
import { autoRule, preDecide, SMALL_MODEL_PARAMS, type AutoRule } from './backendRules';
import type { BackendChoice, BackendStatus } from '../engine/backendStatus';
import { acquireGpu, type GpuContext } from './device';
import { ManagedTrainer } from './managedTrainer';
import { createGpuTrainer, type GpuTrainOptions, type GpuTrainer } from './trainer';

export { autoRule, ManagedTrainer, preDecide, SMALL_MODEL_PARAMS, type AutoRule };

export interface BackendOptions {
  /** Default 'auto' (see autoRule). */
  backend?: BackendChoice;
  /** The WebGPU entry point (default navigator.gpu). */
  gpu?: GPU;
  /** Called with the first status and on every later change (e.g. device lost → CPU). */
  onBackend?: (status: BackendStatus) => void;
  /** Updates timed on each engine by a measurement (default 3, after one warm-up). */
  measureSteps?: number;
  /** Under 'auto': time both engines for this model whatever the rule says, and do not use the page's earlier timing (bench, tests). */
  measure?: boolean;
  /** Networks trained together (default 1; see autoRule). */
  members?: number;
  /** Called once the GPU is chosen, before its programs (pipelines) compile: the slow part on a software adapter. */
  onCompile?: () => void;
}

/** What a measurement found for one model shape: the faster engine and the timings. */
interface Measured {
  backend: 'cpu' | 'webgpu';
  detail: string;
}

/** Measurements of this page (or worker), by model shape: each shape is timed once. */
const measured = new Map<string, Measured>();

/** The model shape a measurement holds for: layer sizes, activations, batch norm, loss and batch size. */
function shapeKey(spec: ModelSpec, hp: HyperUpdate): string {
  return JSON.stringify([spec.inputSize, spec.hidden, spec.outputSize, spec.batchNorm ?? null, spec.loss, hp.batchSize ?? null]);
}

/** The policy's answer: the CPU engine, or the GPU on this context; status says which rule decided. */
export type Decision = { backend: 'cpu'; status: BackendStatus } | { backend: 'webgpu'; status: BackendStatus; ctx: GpuContext };

/**
 * Decides the backend of a run of `spec` (see autoRule; 'gpu' and 'cpu' force one). Never rejects for GPU
 * reasons. The adapter and device come from acquireGpu (requested once, then shared); a measurement for a
 * very small model times throwaway trainers of this run once per model shape and page.
 */
export async function decideBackend(
  spec: ModelSpec,
  data: TrainData,
  hp: HyperUpdate = {},
  seed = 0,
  options: GpuTrainOptions = {},
  choice: BackendOptions = {},
): Promise<Decision> {
  const want = choice.backend ?? 'auto';
  if (want === 'cpu') return { backend: 'cpu', status: { backend: 'cpu', reason: 'requested-cpu' } };
  if ((options.dtype ?? 'f32') !== 'f32') return { backend: 'cpu', status: { backend: 'cpu', reason: 'float64' } };
  const acquired = await acquireGpu(choice.gpu);
  if (!acquired.ok) return { backend: 'cpu', status: { backend: 'cpu', reason: acquired.reason, detail: acquired.message } };
  const ctx = acquired.ctx;
  const found = { adapter: ctx.adapterName, fallbackAdapter: ctx.fallback };
  const rule: AutoRule | 'requested-gpu' =
    want === 'gpu' ? 'requested-gpu' : choice.measure ? 'measure' : autoRule(ctx.fallback, paramLayout(resolveSpec(spec)).size, choice.members ?? 1);
  if (rule === 'software-adapter') return { backend: 'cpu', status: { backend: 'cpu', reason: rule, ...found } };
  if (rule !== 'measure') return { backend: 'webgpu', ctx, status: { backend: 'webgpu', reason: rule, ...found } };
  const key = shapeKey(spec, hp);
  let result = choice.measure ? undefined : measured.get(key);
  if (!result) {
    let gpu: GpuTrainer;
    choice.onCompile?.();
    try {
      gpu = await createGpuTrainer(ctx, spec, data, hp, seed, options);
    } catch (e) {
      if (e instanceof RangeError) throw e;
      return { backend: 'cpu', status: { backend: 'cpu', reason: 'gpu-init-failed', detail: String(e), ...found } };
    }
    const reference = createTrainer(spec, data, hp, seed, options);
    try {
      result = await timeBoth(gpu, reference, Math.max(1, choice.measureSteps ?? 3));
    } catch (e) {
      return { backend: 'cpu', status: { backend: 'cpu', reason: 'gpu-error', detail: String(e), ...found } };
    } finally {
      gpu.dispose();
      reference.dispose();
    }
    measured.set(key, result);
  }
  return result.backend === 'cpu'
    ? { backend: 'cpu', status: { backend: 'cpu', reason: 'auto-cpu-faster', detail: result.detail, ...found } }
    : { backend: 'webgpu', ctx, status: { backend: 'webgpu', reason: 'auto-gpu-faster', detail: result.detail, ...found } };
}

/**
 * Creates the trainer of a run on the backend decideBackend picks and wraps it so that a lost device, an
 * uncaught GPU error or a failed read-back moves the run to the CPU engine, which resumes from the last state
 * synced from the GPU. Never rejects for GPU reasons: the CPU engine is always there.
 */
export async function createBestTrainer(
  spec: ModelSpec,
  data: TrainData,
  hp: HyperUpdate = {},
  seed = 0,
  options: GpuTrainOptions = {},
  choice: BackendOptions = {},
): Promise<ManagedTrainer> {
  const decision = await decideBackend(spec, data, hp, seed, options, choice);
  return createTrainerOn(decision, spec, data, hp, seed, options, choice.onBackend, choice.onCompile);
}

/** The managed trainer of one run on a decided backend ('gpu-init-failed' on the CPU when the GPU cannot set it up). */
export async function createTrainerOn(
  decision: Decision,
  spec: ModelSpec,
  data: TrainData,
  hp: HyperUpdate,
  seed: number,
  options: GpuTrainOptions,
  onBackend?: (status: BackendStatus) => void,
  onCompile?: () => void,
): Promise<ManagedTrainer> {
  const wrap = (inner: GpuTrainer | CpuTrainer, status: BackendStatus) => new ManagedTrainer(inner, status, spec, data, options, onBackend);
  if (decision.backend === 'cpu') return wrap(createTrainer(spec, data, hp, seed, options), decision.status);
  onCompile?.();
  try {
    return wrap(await createGpuTrainer(decision.ctx, spec, data, hp, seed, options), decision.status);
  } catch (e) {
    if (e instanceof RangeError) throw e;
    const { adapter, fallbackAdapter } = decision.status;
    return wrap(createTrainer(spec, data, hp, seed, options), { backend: 'cpu', reason: 'gpu-init-failed', detail: String(e), adapter, fallbackAdapter });
  }
}

/** Times k updates on each engine after one warm-up each (the caller resets the one it keeps). */
async function timeBoth(gpu: GpuTrainer, reference: CpuTrainer, k: number): Promise<Measured> {
  reference.step(1);
  let t0 = performance.now();
  reference.step(k);
  const cpuMs = (performance.now() - t0) / k;
  await gpu.step(1);
  await gpu.flush();
  t0 = performance.now();
  await gpu.step(k);
  await gpu.flush();
  const gpuMs = (performance.now() - t0) / k;
  return { backend: cpuMs < gpuMs ? 'cpu' : 'webgpu', detail: `ms per update: gpu ${gpuMs.toFixed(2)}, cpu ${cpuMs.toFixed(2)}` };
}
