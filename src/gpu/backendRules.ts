// The backend policy's rules (pure, light enough for the page): what the page asks for, which rule decides, the status a run reports.
import type { BackendInfo } from './device';

/** What the page asks for (`backend=` in the URL). */
export type BackendChoice = 'auto' | 'gpu' | 'cpu';

/**
 * Every rule that can put a run on its backend, and the backend it leads to. The header renders one line
 * per reason (en + zh), so adding a reason here without its text fails to compile there.
 */
export const BACKEND_REASONS = {
  /** backend=cpu in the URL. */
  'requested-cpu': 'cpu',
  /** backend=gpu in the URL. */
  'requested-gpu': 'webgpu',
  /** auto, hardware adapter, a model large enough for the GPU to win. */
  'auto-gpu': 'webgpu',
  /** auto, hardware adapter, a small model: both engines timed for this model shape, the GPU was faster. */
  'auto-gpu-faster': 'webgpu',
  /** auto, hardware adapter, a small model: both engines timed, the CPU engine was faster. */
  'auto-cpu-faster': 'cpu',
  /** auto and the only adapter is a software one (isFallbackAdapter). */
  'software-adapter': 'cpu',
  /** No navigator.gpu. */
  'no-webgpu': 'cpu',
  /** requestAdapter() gave null. */
  'no-adapter': 'cpu',
  /** requestAdapter() threw. */
  'adapter-error': 'cpu',
  /** requestDevice() failed. */
  'device-error': 'cpu',
  /** Creating the GPU trainer failed (e.g. a limit of this device). */
  'gpu-init-failed': 'cpu',
  /** The device was lost mid-run: the run goes on on the CPU from its last state. */
  'device-lost': 'cpu',
  /** An uncaught GPU error or a failed read-back mid-run (or during the measurement). */
  'gpu-error': 'cpu',
  /** A float64 run: only the CPU engine stores f64. */
  float64: 'cpu',
} as const satisfies Record<string, 'cpu' | 'webgpu'>;

/** Why the run is on its backend (a key of BACKEND_REASONS). */
export type BackendReason = keyof typeof BACKEND_REASONS;

/** Which backend runs a run and why. */
export interface BackendStatus {
  backend: 'webgpu' | 'cpu';
  reason: BackendReason;
  /** The adapter, when one was found. */
  adapter?: string;
  /** Whether that adapter is a software one. */
  fallbackAdapter?: boolean;
  /** Error text or the measured timings behind the choice. */
  detail?: string;
}

/** Models of at most this many parameters are "very small": on a hardware adapter, auto times both engines. */
export const SMALL_MODEL_PARAMS = 20_000;

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

/**
 * What the page can decide before any worker asks for a device (pure): the CPU engine with its reason when
 * the choice is 'cpu', or when the page's own detection found no WebGPU, no adapter, or (under 'auto') a
 * software adapter; null when only the worker holding the GPU device can tell (it then runs createBest…).
 */
export function preDecide(choice: BackendChoice, detected: BackendInfo | null): BackendStatus | null {
  if (choice === 'cpu') return { backend: 'cpu', reason: 'requested-cpu' };
  if (!detected || choice === 'gpu') return null;
  if (detected.kind === 'cpu') return { backend: 'cpu', reason: detected.reason };
  if (detected.fallback) return { backend: 'cpu', reason: 'software-adapter', adapter: detected.name, fallbackAdapter: true };
  return null;
}

