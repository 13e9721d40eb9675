// Every GPU buffer goes through here: labelled creation, a live-buffer count, and the read-back helpers.

let live = 0;
const tracked = new WeakSet<GPUBuffer>();

/** Buffers created through createBuffer and not yet destroyed through destroyBuffer (all devices). */
export function liveBufferCount(): number {
  return live;
}

/** Creates a labelled buffer and counts it (size rounded up to a multiple of 4, at least 16 bytes). */
export function createBuffer(device: GPUDevice, label: string, size: number, usage: GPUBufferUsageFlags): GPUBuffer {
  const buffer = device.createBuffer({ label, size: Math.max(16, Math.ceil(size / 4) * 4), usage });
  tracked.add(buffer);
  live++;
  return buffer;
}

/** Destroys a buffer made by createBuffer; a second call on the same buffer does nothing. */
export function destroyBuffer(buffer: GPUBuffer): void {
  if (!tracked.has(buffer)) return;
  tracked.delete(buffer);
  live--;
  buffer.destroy();
}

/** A storage buffer (copy source and destination too) holding `data`. */
export function uploadBuffer(device: GPUDevice, label: string, data: Float32Array | Uint32Array, extraUsage: GPUBufferUsageFlags = 0): GPUBuffer {
  const buffer = createBuffer(device, label, data.byteLength, GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_SRC | GPUBufferUsage.COPY_DST | extraUsage);
  if (data.byteLength > 0) device.queue.writeBuffer(buffer, 0, data.buffer, data.byteOffset, data.byteLength);
  return buffer;
}

/** The buffers one owner (a population group, a test) made; disposes them all at once. */
export class BufferSet {
  private readonly buffers: GPUBuffer[] = [];
  constructor(readonly device: GPUDevice, readonly prefix: string) {}

  /** A counted buffer labelled `prefix/label`. */
  create(label: string, size: number, usage: GPUBufferUsageFlags): GPUBuffer {
    const b = createBuffer(this.device, `${this.prefix}/${label}`, size, usage);
    this.buffers.push(b);
    return b;
  }

  /** A storage buffer (also copy source/destination) of `size` bytes. */
  storage(label: string, size: number): GPUBuffer {
    return this.create(label, size, GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_SRC | GPUBufferUsage.COPY_DST);
  }

  /** A uniform buffer of `size` bytes, written with queue.writeBuffer. */
  uniform(label: string, size: number): GPUBuffer {
    return this.create(label, size, GPUBufferUsage.UNIFORM | GPUBufferUsage.COPY_DST);
  }

  /** A storage buffer holding `data`. */
  upload(label: string, data: Float32Array | Uint32Array): GPUBuffer {
    const b = uploadBuffer(this.device, `${this.prefix}/${label}`, data);
    this.buffers.push(b);
    return b;
  }

  /** A MAP_READ staging buffer. */
  staging(label: string, size: number): GPUBuffer {
    return this.create(label, size, GPUBufferUsage.MAP_READ | GPUBufferUsage.COPY_DST);
  }

  /** Destroys one buffer of this set early (e.g. a workspace being replaced). */
  release(buffer: GPUBuffer): void {
    const i = this.buffers.indexOf(buffer);
    if (i >= 0) this.buffers.splice(i, 1);
    destroyBuffer(buffer);
  }

  /** Destroys every buffer of the set. */
  destroyAll(): void {
    for (const b of this.buffers) destroyBuffer(b);
    this.buffers.length = 0;
  }

  get size(): number {
    return this.buffers.length;
  }
}

/** A window of a buffer to read back. */
export interface ReadPart {
  buffer: GPUBuffer;
  offset?: number;
  /** Bytes (default: the rest of the buffer). */
  size?: number;
}

/**
 * Copies the parts into one fresh staging buffer in one submit and resolves with a copy of each.
 * For occasional reads (state, probes, histograms); the step loop uses its own staging ring instead.
 */
export async function readBuffers(device: GPUDevice, parts: readonly ReadPart[], label: string): Promise<ArrayBuffer[]> {
  const spans = parts.map((p) => {
    const offset = p.offset ?? 0;
    const size = p.size ?? p.buffer.size - offset;
    return { offset, size, padded: Math.max(4, Math.ceil(size / 4) * 4) };
  });
  const total = spans.reduce((t, s) => t + s.padded, 0);
  const staging = createBuffer(device, `${label}/staging`, total, GPUBufferUsage.MAP_READ | GPUBufferUsage.COPY_DST);
  try {
    const encoder = device.createCommandEncoder({ label: `${label}/copy` });
    let at = 0;
    parts.forEach((p, i) => {
      const { offset, size, padded } = spans[i];
      if (size > 0) encoder.copyBufferToBuffer(p.buffer, offset, staging, at, Math.min(padded, p.buffer.size - offset));
      at += padded;
    });
    device.queue.submit([encoder.finish()]);
    await staging.mapAsync(GPUMapMode.READ);
    const mapped = staging.getMappedRange();
    at = 0;
    return spans.map(({ size, padded }) => {
      const out = mapped.slice(at, at + size);
      at += padded;
      return out;
    });
  } finally {
    destroyBuffer(staging);
  }
}
