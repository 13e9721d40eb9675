// The one backend policy: backend=auto|gpu|cpu decided by the rules of ./backendRules and applied here, on one adapter request per page or worker.
import { paramLayout, resolveSpec, type ModelSpec } from '../engine/nn/spec';
import { createCpuPopulation } from '../engine/train/population';
import { memberSpec, type MemberConfig, type Population } from '../engine/train/populationTypes';
import type { TrainData } from '../engine/train/types';
import { autoRule, preDecide, SMALL_MODEL_PARAMS, type AutoRule } from './backendRules';
import type { BackendChoice, BackendStatus } from '../engine/backendStatus';
import { acquireGpu, type GpuContext } from './device';
import { ManagedPopulation } from './managedPopulation';
import { createGpuPopulation, type GpuPopulation } from './population';
import type { GpuTrainOptions } from './run';

export { autoRule, preDecide, SMALL_MODEL_PARAMS, type AutoRule };

export interface BackendOptions {
  /** Default 'auto' (see autoRule). */
  backend?: BackendChoice;
  /** A status the page already decided (preDecide): the CPU engine, without touching the device. */
  decided?: BackendStatus | null;
  /** The WebGPU entry point (default navigator.gpu). */
  gpu?: GPU;
  /** Called with the first status and on every later change (e.g. device lost → CPU). */
  onBackend?: (status: BackendStatus) => void;
  /** Updates timed on each engine by a measurement (default 3, after one warm-up). */
  measureSteps?: number;
  /** Under 'auto': time both engines for this model whatever the rule says, and do not use the page's earlier timing (bench, tests). */
  measure?: boolean;
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
function shapeKey(spec: ModelSpec, member: MemberConfig): string {
  return JSON.stringify([spec.inputSize, spec.hidden, spec.outputSize, spec.batchNorm ?? null, spec.loss, member.hyper?.batchSize ?? null]);
}

/** The policy's answer: the CPU engine, or the GPU on this context; status says which rule decided. */
export type Decision = { backend: 'cpu'; status: BackendStatus } | { backend: 'webgpu'; status: BackendStatus; ctx: GpuContext };

/**
 * Decides the backend of a population of `members` of `spec` (see autoRule; 'gpu' and 'cpu' force one; member 0's
 * shape stands for all). Never rejects for GPU reasons. The adapter and device come from acquireGpu (requested once,
 * then shared); a measurement for a very small model times throwaway populations of member 0 alone, once per model
 * shape and page.
 */
export async function decideBackend(
  spec: ModelSpec,
  data: TrainData,
  members: readonly MemberConfig[],
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
  const first = members[0];
  const shape = memberSpec(spec, first);
  const rule: AutoRule | 'requested-gpu' =
    want === 'gpu' ? 'requested-gpu' : choice.measure ? 'measure' : autoRule(ctx.fallback, paramLayout(resolveSpec(shape)).size, members.length);
  if (rule === 'software-adapter') return { backend: 'cpu', status: { backend: 'cpu', reason: rule, ...found } };
  if (rule !== 'measure') return { backend: 'webgpu', ctx, status: { backend: 'webgpu', reason: rule, ...found } };
  const key = shapeKey(shape, first);
  let result = choice.measure ? undefined : measured.get(key);
  if (!result) {
    let gpu: GpuPopulation;
    choice.onCompile?.();
    try {
      gpu = await createGpuPopulation(ctx, spec, data, [first], options);
    } catch (e) {
      if (e instanceof RangeError) throw e;
      return { backend: 'cpu', status: { backend: 'cpu', reason: 'gpu-init-failed', detail: String(e), ...found } };
    }
    const reference = createCpuPopulation(spec, data, [first], options);
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
 * A population of `members` of `spec` (a single run: one member) on the backend decideBackend picks, or on the CPU
 * when choice.decided says so. On the CPU: createCpuPopulation, synchronous. On the GPU, the page's one device: one
 * GPU population (one set of dispatches per step for all members), managed so that a lost device, an uncaught GPU
 * error or a failed read-back hands every member to the CPU engine from its last synced state; a device that cannot
 * set the population up leaves it on the CPU ('gpu-init-failed'). Never rejects for GPU reasons. Status: the deciding rule.
 */
export async function createBestPopulation(
  spec: ModelSpec,
  data: TrainData,
  members: readonly MemberConfig[],
  options: GpuTrainOptions = {},
  choice: BackendOptions = {},
): Promise<{ population: Population; status: BackendStatus }> {
  if (members.length < 1) throw new RangeError('a population needs at least one member, got an empty member list');
  const decision: Decision = choice.decided ? { backend: 'cpu', status: choice.decided } : await decideBackend(spec, data, members, options, choice);
  const onCpu = (status: BackendStatus) => {
    choice.onBackend?.(status);
    return { population: createCpuPopulation(spec, data, members, options), status };
  };
  if (decision.backend === 'cpu') return onCpu(decision.status);
  choice.onCompile?.();
  try {
    const gpu = await createGpuPopulation(decision.ctx, spec, data, members, options);
    const managed = new ManagedPopulation(gpu, decision.ctx, decision.status, spec, data, members, options, choice.onBackend);
    return { population: managed, status: decision.status };
  } catch (e) {
    if (e instanceof RangeError) throw e;
    const { adapter, fallbackAdapter } = decision.status;
    return onCpu({ backend: 'cpu', reason: 'gpu-init-failed', detail: String(e), adapter, fallbackAdapter });
  }
}

/** Times k updates of each engine's population of one after one warm-up each (both are thrown away). */
async function timeBoth(gpu: GpuPopulation, reference: Population, k: number): Promise<Measured> {
  await reference.step(1);
  let t0 = performance.now();
  await reference.step(k);
  const cpuMs = (performance.now() - t0) / k;
  await gpu.step(1);
  await gpu.flush();
  t0 = performance.now();
  await gpu.step(k);
  await gpu.flush();
  const gpuMs = (performance.now() - t0) / k;
  return { backend: cpuMs < gpuMs ? 'cpu' : 'webgpu', detail: `ms per update: gpu ${gpuMs.toFixed(2)}, cpu ${cpuMs.toFixed(2)}` };
}
