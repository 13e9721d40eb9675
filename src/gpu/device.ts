// Device handling in one place: which backend this browser offers, the shared GPU device, and its failures (loss, uncaught errors).

export type BackendInfo =
  | { kind: 'gpu'; name: string; fallback: boolean }
  | { kind: 'cpu'; reason: 'no-webgpu' | 'no-adapter' | 'adapter-error' };

/** Names an adapter from its info: description, else vendor + architecture. */
export function adapterName(info: Partial<GPUAdapterInfo> | undefined): string {
  if (!info) return 'unknown adapter';
  if (info.description) return info.description;
  const parts = [info.vendor, info.architecture].filter((s): s is string => !!s);
  return parts.length ? parts.join(' ') : 'unknown adapter';
}

/** Whether the adapter is a software (fallback) one; older browsers put the flag on the adapter itself. */
export function isFallbackAdapter(adapter: GPUAdapter): boolean {
  const info = adapter.info as (GPUAdapterInfo & { isFallbackAdapter?: boolean }) | undefined;
  const legacy = adapter as GPUAdapter & { isFallbackAdapter?: boolean };
  return !!(info?.isFallbackAdapter ?? legacy.isFallbackAdapter);
}

const detections = new WeakMap<GPU, Promise<BackendInfo>>();

/** Asks for an adapter without creating a device, once per page (later calls share the answer); never throws. */
export function detectBackend(gpu: GPU | undefined = globalThis.navigator?.gpu): Promise<BackendInfo> {
  if (!gpu) return Promise.resolve({ kind: 'cpu', reason: 'no-webgpu' });
  let detection = detections.get(gpu);
  if (!detection) {
    detection = requestInfo(gpu);
    detections.set(gpu, detection);
  }
  return detection;
}

async function requestInfo(gpu: GPU): Promise<BackendInfo> {
  try {
    const adapter = await gpu.requestAdapter();
    if (!adapter) return { kind: 'cpu', reason: 'no-adapter' };
    return { kind: 'gpu', name: adapterName(adapter.info), fallback: isFallbackAdapter(adapter) };
  } catch {
    return { kind: 'cpu', reason: 'adapter-error' };
  }
}

/** How long a failed call waits for the device to say why (GpuContext.verdict) before it is called a plain GPU error. */
export const VERDICT_MS = 5000;

/** Why a device stopped being usable. */
export interface GpuFailure {
  kind: 'device-lost' | 'device-error';
  message: string;
}

/**
 * A device shared by every GPU population of this page or worker. `failure` is set once the device is
 * lost or reports an uncaptured error; the listeners hear about it once. A failed context is never
 * handed out again: the next acquireGpu() requests a new device.
 */
export class GpuContext {
  failure: GpuFailure | null = null;
  private readonly listeners = new Set<(f: GpuFailure) => void>();

  constructor(
    readonly device: GPUDevice,
    readonly adapterName: string,
    readonly fallback: boolean,
  ) {
    device.lost.then(
      (info) => this.fail({ kind: 'device-lost', message: info.message || `device lost (${info.reason})` }),
      () => undefined,
    );
    device.addEventListener('uncapturederror', (event) => {
      // Handled here: the run moves to the CPU, so the error is not also printed to the console.
      event.preventDefault();
      const error = (event as GPUUncapturedErrorEvent).error;
      this.fail({ kind: 'device-error', message: error?.message ?? 'uncaptured WebGPU error' });
    });
  }

  /** Calls `listener` once when the device fails (at once if it already has); returns an unsubscribe. */
  onFailure(listener: (f: GpuFailure) => void): () => void {
    if (this.failure) {
      const f = this.failure;
      queueMicrotask(() => listener(f));
      return () => undefined;
    }
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * The device's own account of a failure, for a caller whose GPU call has just failed: the failure once the device
   * reports it (its lost promise, or an uncaptured error, after which fail() destroys the device, so one of the two
   * comes), or null after `timeoutMs`, a bound so that nothing waits forever. A destroyed device fails its read-backs
   * before its lost promise settles, and on a busy machine that can take far longer than a frame.
   */
  verdict(timeoutMs = VERDICT_MS): Promise<GpuFailure | null> {
    if (this.failure) return Promise.resolve(this.failure);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        off();
        resolve(null);
      }, timeoutMs);
      const off = this.onFailure((f) => {
        clearTimeout(timer);
        resolve(f);
      });
    });
  }

  /** Marks the context failed (first failure wins) and tells the listeners; an erroring device is destroyed. */
  fail(failure: GpuFailure): void {
    if (this.failure) return;
    this.failure = failure;
    if (shared?.ctx === this) shared = null;
    const listeners = [...this.listeners];
    this.listeners.clear();
    for (const l of listeners) l(failure);
    if (failure.kind === 'device-error') this.device.destroy();
  }
}

export type AcquireFailure = { ok: false; reason: 'no-webgpu' | 'no-adapter' | 'adapter-error' | 'device-error'; message: string };
export type AcquireResult = { ok: true; ctx: GpuContext } | AcquireFailure;

let shared: { gpu: GPU; ctx: GpuContext } | null = null;
let pending: Promise<AcquireResult> | null = null;

/**
 * The shared GPU context, created on first use (adapter + device with the adapter's buffer-size limits).
 * Never throws: a missing API, adapter or device comes back as { ok: false, reason, message }.
 */
export function acquireGpu(gpu: GPU | undefined = globalThis.navigator?.gpu): Promise<AcquireResult> {
  if (!gpu) return Promise.resolve({ ok: false, reason: 'no-webgpu', message: 'navigator.gpu is not available' });
  if (shared && shared.gpu === gpu && !shared.ctx.failure) return Promise.resolve({ ok: true, ctx: shared.ctx });
  if (!pending) {
    pending = requestContext(gpu).finally(() => {
      pending = null;
    });
  }
  return pending;
}

/**
 * Test hook (worker protocol's debugLoseGpu): destroys the shared device as a driver reset or a GPU process crash
 * would, so its lost promise resolves and every run on it falls back to the CPU. True when there was a live one.
 */
export function destroySharedDevice(): boolean {
  const ctx = shared?.ctx;
  if (!ctx || ctx.failure) return false;
  ctx.device.destroy();
  return true;
}

async function requestContext(gpu: GPU): Promise<AcquireResult> {
  let adapter: GPUAdapter | null;
  try {
    adapter = await gpu.requestAdapter();
  } catch (e) {
    return { ok: false, reason: 'adapter-error', message: String(e) };
  }
  if (!adapter) return { ok: false, reason: 'no-adapter', message: 'no WebGPU adapter' };
  try {
    const device = await adapter.requestDevice({
      label: 'training device',
      requiredLimits: {
        maxStorageBufferBindingSize: adapter.limits.maxStorageBufferBindingSize,
        maxBufferSize: adapter.limits.maxBufferSize,
      },
    });
    const ctx = new GpuContext(device, adapterName(adapter.info), isFallbackAdapter(adapter));
    shared = { gpu, ctx };
    return { ok: true, ctx };
  } catch (e) {
    return { ok: false, reason: 'device-error', message: String(e) };
  }
}
