// The one backend policy: backend=auto|gpu|cpu is decided here and nowhere else, on one adapter request per page or worker.
import { paramLayout, resolveSpec, type ModelSpec } from '../engine/nn/spec';
import { createTrainer, type CpuTrainer } from '../engine/train/trainer';
import type { HyperUpdate, TrainData } from '../engine/train/types';
import { BACKEND_REASONS, type BackendChoice, type BackendReason, type BackendStatus } from './backendReasons';
import { acquireGpu } from './device';
import { ManagedTrainer } from './managedTrainer';
import { createGpuTrainer, type GpuTrainOptions, type GpuTrainer } from './trainer';

export { BACKEND_REASONS, ManagedTrainer, type BackendChoice, type BackendReason, type BackendStatus };

/** Models of at most this many parameters are "very small": on a hardware adapter, auto times both engines. */
export const SMALL_MODEL_PARAMS = 20_000;

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
}

/** What 'auto' does with an adapter: the CPU on a software one, the GPU on hardware, both timed for a very small model. */
export type AutoRule = 'software-adapter' | 'auto-gpu' | 'measure';

/**
 * The rule 'auto' applies (pure): a software (fallback) adapter → the CPU engine; a hardware adapter → the GPU,
 * unless the model has at most SMALL_MODEL_PARAMS parameters, where both are plausible and are timed.
 */
export function autoRule(fallbackAdapter: boolean, params: number): AutoRule {
  if (fallbackAdapter) return 'software-adapter';
  return params <= SMALL_MODEL_PARAMS ? 'measure' : 'auto-gpu';
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

/**
 * Creates the trainer of a run on the backend the policy picks (see autoRule; 'gpu' and 'cpu' force one) and
 * wraps it so that a lost device, an uncaught GPU error or a failed read-back moves the run to the CPU engine,
 * which resumes from the last state synced from the GPU. Never rejects for GPU reasons: the CPU engine is
 * always there. The adapter and device come from acquireGpu (requested once, then shared).
 */
export async function createBestTrainer(
  spec: ModelSpec,
  data: TrainData,
  hp: HyperUpdate = {},
  seed = 0,
  options: GpuTrainOptions = {},
  choice: BackendOptions = {},
): Promise<ManagedTrainer> {
  const want = choice.backend ?? 'auto';
  const cpu = () => createTrainer(spec, data, hp, seed, options);
  const wrap = (inner: GpuTrainer | CpuTrainer, status: BackendStatus) => new ManagedTrainer(inner, status, spec, data, options, choice.onBackend);
  if (want === 'cpu') return wrap(cpu(), { backend: 'cpu', reason: 'requested-cpu' });
  if ((options.dtype ?? 'f32') !== 'f32') return wrap(cpu(), { backend: 'cpu', reason: 'float64' });
  const acquired = await acquireGpu(choice.gpu);
  if (!acquired.ok) return wrap(cpu(), { backend: 'cpu', reason: acquired.reason, detail: acquired.message });
  const ctx = acquired.ctx;
  const found = { adapter: ctx.adapterName, fallbackAdapter: ctx.fallback };
  const rule: AutoRule | 'requested-gpu' =
    want === 'gpu' ? 'requested-gpu' : choice.measure ? 'measure' : autoRule(ctx.fallback, paramLayout(resolveSpec(spec)).size);
  if (rule === 'software-adapter') return wrap(cpu(), { backend: 'cpu', reason: rule, ...found });
  const key = shapeKey(spec, hp);
  const known = rule === 'measure' && !choice.measure ? measured.get(key) : undefined;
  if (known?.backend === 'cpu') return wrap(cpu(), { backend: 'cpu', reason: 'auto-cpu-faster', detail: known.detail, ...found });
  let gpu: GpuTrainer;
  try {
    gpu = await createGpuTrainer(ctx, spec, data, hp, seed, options);
  } catch (e) {
    if (e instanceof RangeError) throw e;
    return wrap(cpu(), { backend: 'cpu', reason: 'gpu-init-failed', detail: String(e), ...found });
  }
  if (rule !== 'measure') return wrap(gpu, { backend: 'webgpu', reason: rule, ...found });
  if (known) return wrap(gpu, { backend: 'webgpu', reason: 'auto-gpu-faster', detail: known.detail, ...found });
  const reference = cpu();
  try {
    const result = await timeBoth(gpu, reference, Math.max(1, choice.measureSteps ?? 3));
    measured.set(key, result);
    if (result.backend === 'cpu') {
      gpu.dispose();
      reference.reset(seed);
      return wrap(reference, { backend: 'cpu', reason: 'auto-cpu-faster', detail: result.detail, ...found });
    }
    gpu.reset(seed);
    return wrap(gpu, { backend: 'webgpu', reason: 'auto-gpu-faster', detail: result.detail, ...found });
  } catch (e) {
    gpu.dispose();
    reference.reset(seed);
    return wrap(reference, { backend: 'cpu', reason: 'gpu-error', detail: String(e), ...found });
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
