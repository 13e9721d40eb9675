// Wrappers of histogram_range.wgsl and histogram.wgsl: activation histograms computed on the GPU; only bins come back.
import { defineStruct } from '../struct';
import { getKernel, type Kernel } from './kernel';
import { shader } from './shared';
import rangeCode from './histogram_range.wgsl?raw';
import code from './histogram.wgsl?raw';

/** Per-histogram uniform. */
export const HIST = defineStruct('Hist', [
  ['units', 'u32'], // values per row: a pass reads run.rows × units
  ['act', 'u32'], // ACT_* id: the histogram is of f(x)
  ['bins', 'u32'],
  ['slot', 'u32'], // which histogram of the bounds/counts buffers
  ['fixed', 'u32'], // bit 0: use lo, bit 1: use hi (HIST_FIXED); a bound not fixed comes from histogram_range
  ['lo', 'f32'],
  ['hi', 'f32'],
  ['slope', 'f32'], // leaky-ReLU k
  ['offset', 'u32'], // first value: member m of a population at m·rows·units
] as const);

/** Bits of Hist.fixed: which bounds the caller fixed (the others are measured). */
export const HIST_FIXED = { lo: 1, hi: 2 } as const;

/** Bins one histogram may have (workgroup-memory counters). */
export const MAX_BINS = 1024;

const preamble = HIST.wgsl + `const MAX_BINS: u32 = ${MAX_BINS}u;\n`;

/** Words per histogram slot in the counts buffer: bins, then the total counted. */
export const countsStride = (bins: number): number => bins + 1;

/** Workgroups for `count` values (grid-stride loops; at most 64 workgroups of 256). */
export const histogramGrid = (count: number): number => Math.max(1, Math.min(64, Math.ceil(count / 256)));

/** The range kernel. Bindings: hist, values, bounds (2 words per slot; min initialised to 0xffffffff). */
export function histogramRangeKernel(device: GPUDevice): Promise<Kernel> {
  return getKernel(device, 'histogram_range', shader(rangeCode, ['activation', 'numeric'], preamble));
}

/** The binning kernel. Bindings: hist, values, bounds, counts (countsStride(bins) words per slot, zeroed). */
export function histogramKernel(device: GPUDevice): Promise<Kernel> {
  return getKernel(device, 'histogram', shader(code, ['activation'], preamble));
}

/** Decodes an order key of histogram_range back to the float. */
export function fromOrderKey(key: number): number {
  const bits = key & 0x80000000 ? key & 0x7fffffff : ~key >>> 0;
  const view = new DataView(new ArrayBuffer(4));
  view.setUint32(0, bits >>> 0, true);
  return view.getFloat32(0, true);
}
