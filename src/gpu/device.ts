// Detects which compute backend this browser offers: a WebGPU adapter (and whether it is software) or the CPU.

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

/** Asks for an adapter without creating a device; never throws. */
export async function detectBackend(gpu: GPU | undefined = globalThis.navigator?.gpu): Promise<BackendInfo> {
  if (!gpu) return { kind: 'cpu', reason: 'no-webgpu' };
  try {
    const adapter = await gpu.requestAdapter();
    if (!adapter) return { kind: 'cpu', reason: 'no-adapter' };
    const info = adapter.info as GPUAdapterInfo & { isFallbackAdapter?: boolean };
    const legacy = adapter as GPUAdapter & { isFallbackAdapter?: boolean };
    const fallback = !!(info?.isFallbackAdapter ?? legacy.isFallbackAdapter);
    return { kind: 'gpu', name: adapterName(info), fallback };
  } catch {
    return { kind: 'cpu', reason: 'adapter-error' };
  }
}
