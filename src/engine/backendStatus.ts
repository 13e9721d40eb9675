// The words every layer uses for which engine runs a run and why: what the page asks for (backend=), the reasons a run
// lands on its backend, and the status a run reports. The rules that pick a reason live in src/gpu/backendRules.ts.

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
  /** auto and the only adapter is a software one (the adapter says it is a fallback). */
  'software-adapter': 'cpu',
  /** The browser has no WebGPU. */
  'no-webgpu': 'cpu',
  /** Asking for an adapter gave none. */
  'no-adapter': 'cpu',
  /** Asking for an adapter threw. */
  'adapter-error': 'cpu',
  /** Asking the adapter for a device failed. */
  'device-error': 'cpu',
  /** Creating the GPU population failed (e.g. a limit of this device). */
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
