// Counter-based RNG: Philox-2x32-10 keyed by (seed, stream, index), in u32 arithmetic only, so WGSL can run the same bits.
//
// Design
//   A draw is a pure function of three u32 words: the key is the seed, the 64-bit counter is
//   (index, stream). Philox-2x32 with 10 rounds (Salmon et al., "Parallel random numbers: as easy
//   as 1, 2, 3", SC 2011; the Random123 reference) turns that into two u32 words. There is no hidden
//   state: the GPU computes any draw from the same three words, in any order, in parallel.
//   The 32×32 → 64-bit multiply Philox needs is emulated with 16-bit halves (Math.imul on halves,
//   >>>, +): WGSL has no mulhi, so the kernel uses the same emulation.
//
// Stream words
//   stream = (name & 0xff) | (sub << 8): a named stream (STREAM.*) and a 24-bit sub-stream
//   (a layer, an epoch, a step; see streamWord). Indices are u32.
//
// Conversions (exact in float32, so both backends agree bit for bit)
//   uniform  = (w0 >>> 8) · 2⁻²⁴ ∈ [0, 1)             (the 24 high bits of word 0)
//   gaussian = √(−2 ln u1) · cos(2π u2) with u1 = ((w0 >>> 8) + 1) · 2⁻²⁴ ∈ (0, 1],
//              u2 = (w1 >>> 8) · 2⁻²⁴; it consumes both words of ONE counter value, index i.
//   A stream is used either for uniforms or for Gaussians: uniform(s, t, i) and gaussian(s, t, i)
//   share word 0. (log/cos are not correctly rounded on GPUs; Gaussian draws can differ in the
//   last bits between backends, so initial weights are drawn on the CPU and uploaded.)
//
// WGSL twin (the kernels copy this, line for line):
//   const PHILOX_M: u32 = 0xD256D193u;  const PHILOX_W: u32 = 0x9E3779B9u;
//   fn mulhi(a: u32, b: u32) -> u32 {
//     let aL = a & 0xffffu; let aH = a >> 16u; let bL = b & 0xffffu; let bH = b >> 16u;
//     let ll = aL * bL; let lh = aL * bH; let hl = aH * bL; let hh = aH * bH;
//     let mid = (ll >> 16u) + (lh & 0xffffu) + (hl & 0xffffu);
//     return hh + (lh >> 16u) + (hl >> 16u) + (mid >> 16u);
//   }
//   fn philox(index: u32, stream: u32, seed: u32) -> vec2<u32> {
//     var c0 = index; var c1 = stream; var k = seed;
//     for (var r = 0u; r < 10u; r++) {
//       let hi = mulhi(PHILOX_M, c0); let lo = PHILOX_M * c0;
//       c0 = hi ^ k ^ c1; c1 = lo; k = k + PHILOX_W;
//     }
//     return vec2<u32>(c0, c1);
//   }
//   fn uniform01(w: u32) -> f32 { return f32(w >> 8u) * 5.9604644775390625e-8; }

/** Named streams (the low byte of a stream word). Each consumer of randomness owns one. */
export const STREAM = {
  /** Initial weights; sub-stream = dense layer index, index = element of W (row-major). */
  init: 1,
  /** Mini-batch order; sub-stream = epoch, index = Fisher–Yates position. */
  shuffle: 2,
  /** Dropout masks; sub-stream = training step, index = (layer << 24) | (row·units + unit). */
  dropout: 3,
  /** Synthetic data sets. */
  data: 4,
  /** Train/validation split. */
  split: 5,
  /** K-fold assignment. */
  fold: 6,
  /** Random hyperparameter search. */
  search: 7,
  /** Data augmentation; sub-stream = epoch, index = data row · AUGMENT_STRIDE(side) + draw (engine data/augment). */
  augment: 8,
  /** Gradient noise of the saddle lesson; sub-stream 0, index = 2·(step − 1) + coordinate. */
  gradNoise: 20,
  /** Random symmetric matrices of the saddle lesson; sub-stream = dimension n, index = sample·n² + entry. */
  hessian: 21,
} as const;
export type StreamName = keyof typeof STREAM;

const PHILOX_M = 0xd256d193;
const PHILOX_M_LO = PHILOX_M & 0xffff;
const PHILOX_M_HI = PHILOX_M >>> 16;
const PHILOX_W = 0x9e3779b9;
const ROUNDS = 10;
/** 2⁻²⁴: one unit in the last place of a 24-bit uniform. */
const INV_2_24 = 5.9604644775390625e-8;
const TWO_PI = 2 * Math.PI;

/** Composes a stream word from a named stream and a 24-bit sub-stream (wraps modulo 2²⁴). */
export function streamWord(stream: number, sub = 0): number {
  return ((stream & 0xff) | ((sub & 0xffffff) << 8)) >>> 0;
}

/** High 32 bits of the 64-bit product a·b of two u32, from 16-bit halves (every partial sum < 2³²). */
export function mulhi32(a: number, b: number): number {
  const aL = a & 0xffff;
  const aH = a >>> 16;
  const bL = b & 0xffff;
  const bH = b >>> 16;
  const ll = Math.imul(aL, bL) >>> 0;
  const lh = Math.imul(aL, bH) >>> 0;
  const hl = Math.imul(aH, bL) >>> 0;
  const hh = Math.imul(aH, bH) >>> 0;
  const mid = (ll >>> 16) + (lh & 0xffff) + (hl & 0xffff);
  return (hh + (lh >>> 16) + (hl >>> 16) + (mid >>> 16)) >>> 0;
}

/** The second output word of the last philox call (avoids allocating a pair per draw). */
let word1 = 0;

/** Philox-2x32-10 of counter (c0, c1) under key k; returns word 0 and leaves word 1 in `word1`. */
function philox(c0: number, c1: number, k: number): number {
  c0 >>>= 0;
  c1 >>>= 0;
  k >>>= 0;
  for (let r = 0; r < ROUNDS; r++) {
    // mulhi(M, c0) inlined with M's halves precomputed.
    const cL = c0 & 0xffff;
    const cH = c0 >>> 16;
    const ll = Math.imul(PHILOX_M_LO, cL) >>> 0;
    const lh = Math.imul(PHILOX_M_LO, cH) >>> 0;
    const hl = Math.imul(PHILOX_M_HI, cL) >>> 0;
    const hh = Math.imul(PHILOX_M_HI, cH) >>> 0;
    const mid = (ll >>> 16) + (lh & 0xffff) + (hl & 0xffff);
    const hi = (hh + (lh >>> 16) + (hl >>> 16) + (mid >>> 16)) >>> 0;
    const lo = Math.imul(PHILOX_M, c0) >>> 0;
    c0 = (hi ^ k ^ c1) >>> 0;
    c1 = lo;
    k = (k + PHILOX_W) >>> 0;
  }
  word1 = c1;
  return c0;
}

/** Both words of Philox-2x32-10 for counter (c0, c1) and key k, written to out[0], out[1]. */
export function philox2x32(c0: number, c1: number, k: number, out: Uint32Array): Uint32Array {
  out[0] = philox(c0, c1, k);
  out[1] = word1;
  return out;
}

/** A u32 draw: word 0 of philox(counter = (index, stream), key = seed). */
export function randomU32(seed: number, stream: number, index: number): number {
  return philox(index, stream, seed);
}

/** Uniform in [0, 1) from the 24 high bits of word 0 (exact in float32). */
export function uniform(seed: number, stream: number, index: number): number {
  return (philox(index, stream, seed) >>> 8) * INV_2_24;
}

/** Standard normal via Box–Muller on both words of counter `index` (see the header). */
export function gaussian(seed: number, stream: number, index: number): number {
  const w0 = philox(index, stream, seed);
  const u1 = ((w0 >>> 8) + 1) * INV_2_24;
  const u2 = (word1 >>> 8) * INV_2_24;
  return Math.sqrt(-2 * Math.log(u1)) * Math.cos(TWO_PI * u2);
}

/** Writable numeric array the fill helpers accept. */
export type NumArray = Float32Array | Float64Array | number[];

/** out[i] = lo + (hi − lo)·uniform(seed, stream, offset + i) for i < out.length. */
export function fillUniform(out: NumArray, seed: number, stream: number, lo = 0, hi = 1, offset = 0): NumArray {
  const span = hi - lo;
  for (let i = 0; i < out.length; i++) out[i] = lo + span * uniform(seed, stream, offset + i);
  return out;
}

/** out[i] = mean + std·gaussian(seed, stream, offset + i) for i < out.length. */
export function fillGaussian(out: NumArray, seed: number, stream: number, mean = 0, std = 1, offset = 0): NumArray {
  for (let i = 0; i < out.length; i++) out[i] = mean + std * gaussian(seed, stream, offset + i);
  return out;
}

/**
 * Fisher–Yates shuffle of perm[0..n) in place, n = perm.length ≤ 2³².
 * For i = n−1 … 1: j = mulhi(randomU32(seed, stream, i), i + 1) ∈ [0, i], swap perm[i], perm[j]
 * (Lemire's multiply-shift: bias ≤ n/2³², negligible for any data set here).
 */
export function shuffleInPlace<T extends Uint32Array | Int32Array | Float32Array | Float64Array | number[]>(
  perm: T,
  seed: number,
  stream: number,
): T {
  for (let i = perm.length - 1; i > 0; i--) {
    const j = mulhi32(randomU32(seed, stream, i), i + 1);
    const t = perm[i];
    perm[i] = perm[j];
    perm[j] = t;
  }
  return perm;
}

/** Writes the identity 0…n−1 into perm (length n) and shuffles it; no allocation. */
export function permutationInto(perm: Uint32Array, seed: number, stream: number): Uint32Array {
  for (let i = 0; i < perm.length; i++) perm[i] = i;
  return shuffleInPlace(perm, seed, stream);
}

/** A fresh random permutation of 0…n−1 (Uint32Array of length n). */
export function permutation(n: number, seed: number, stream: number): Uint32Array {
  return permutationInto(new Uint32Array(n), seed, stream);
}
