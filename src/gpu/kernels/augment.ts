// Wrapper of augment.wgsl (and augment_field.wgsl): a population's augmented mini-batch rows made on the GPU from the training rows already there.
import { gaussianKernel, type Augment } from '../../engine/data/augment';
import { STREAM, streamWord } from '../../engine/rng';
import { defineStruct } from '../struct';
import { getKernel, type Kernel } from './kernel';
import { shader } from './shared';
import code from './augment.wgsl?raw';
import { augmentFieldKernels } from './augment_field';

/** One member's augmentation in one pass (a storage array indexed run.record·run.members + m). */
export const AUG_REC = defineStruct('AugRec', [
  ['on', 'u32'], // 1: write this member's rows (augmented, or copied when every strength is 0)
  ['rows', 'u32'], // this member's batch rows
  ['side', 'u32'], // image side (rows of side² values)
  ['shift', 'u32'], // largest |Δx|, |Δy| in pixels
  ['rotate', 'f32'], // largest |θ| in degrees
  ['alpha', 'f32'], // elastic α in pixels (0: off)
  ['radius', 'u32'], // taps of the elastic smoothing: w[−radius…radius]
  ['noise', 'f32'], // σ of the pixel noise
  ['seed', 'u32'],
  ['stream', 'u32'], // streamWord(STREAM.augment, epoch)
  ['outRow', 'u32'], // first output row of this member's batch
  ['pad0', 'u32'],
] as const);

/** Largest image the kernel augments (MNIST's; the taps per record cover its offsets); larger ones stay on the CPU. */
export const AUG_MAX_PIXELS = 784;
/** Gaussian taps per record: 2·27 + 1 covers every offset a 28-pixel side can reach. */
export const AUG_TAPS = 64;
/** Invocations per workgroup: pixels of one batch row of one member. */
export const AUG_THREADS = 64;

/** Floats of the elastic field buffer per member and batch row (ex, ey, and both smoothed along rows). */
export const fieldWords = (side: number): number => 4 * side * side;

/**
 * How augmented rows reach a GPU population: 'upload' (the worker's CPU augments, one writeBuffer per submit) or 'kernel'
 * (these kernels). On SwiftShader the upload is 3–10× faster per batch (bench/augment.ts, augmentPaths and augmentGpu), so
 * it is the engine's path; populations made while 'kernel' is set compile and use the kernels (the bench, the parity tests).
 */
export type AugmentPath = 'kernel' | 'upload';
let path: AugmentPath = 'upload';

/** Sets the path of GPU populations created from now on. */
export function setAugmentPath(p: AugmentPath): void {
  path = p;
}

/** The path GPU populations created now take. */
export const augmentPath = (): AugmentPath => path;

/** Whether the kernel can augment images of `side`. */
export const kernelAugments = (side: number): boolean => side * side <= AUG_MAX_PIXELS;

/**
 * Writes member slot `at`'s record (byte offset at·AUG_REC.size of `view`) and Gaussian taps (at·AUG_TAPS of `taps`):
 * `a` null or all zero copies the rows. Taps beyond side − 1 pixels never meet a pixel, so they are cut there.
 */
export function writeAugRec(view: DataView, taps: Float32Array, at: number, a: Augment | null | undefined, rows: number, outRow: number, seed: number, epoch: number, side: number): void {
  const alpha = a?.elastic ?? 0;
  let radius = 0;
  if (alpha > 0) {
    const k = gaussianKernel(a?.elasticSigma ?? 4);
    const full = (k.length - 1) / 2;
    radius = Math.min(full, side - 1);
    for (let j = -radius; j <= radius; j++) taps[at * AUG_TAPS + j + radius] = k[j + full];
  }
  AUG_REC.write(view, at * AUG_REC.size, {
    on: 1,
    rows,
    side,
    shift: a?.shift ?? 0,
    rotate: a?.rotate ?? 0,
    alpha,
    radius,
    noise: a?.noise ?? 0,
    seed: seed >>> 0,
    stream: streamWord(STREAM.augment, epoch),
    outRow,
    pad0: 0,
  });
}

/** The kernels of an augmented pass, in dispatch order: the elastic field's three phases, then the warp and noise. */
export interface AugmentKernels {
  field: Kernel[];
  warp: Kernel;
}

/**
 * The kernels. field (augment_field.wgsl) bindings: recs, taps, batchIdx, field; warp (augment.wgsl): recs, field, x,
 * batchIdx, out. Dispatch each with the pass's uniform slot over (augmentGrid(side, axes), rows, R): member = workgroup z.
 */
export async function augmentKernels(device: GPUDevice): Promise<AugmentKernels> {
  const preamble = AUG_REC.wgsl + `const AUG_TAPS: u32 = ${AUG_TAPS}u;\n`;
  const [field, warp] = await Promise.all([augmentFieldKernels(device, preamble), getKernel(device, 'augment', shader(code, ['philox'], preamble))]);
  return { field, warp };
}

/** Workgroups along x for `axes` values (1: pixels, 2: both field axes) of a side×side image. */
export const augmentGrid = (side: number, axes: number): number => Math.ceil((axes * side * side) / AUG_THREADS);
