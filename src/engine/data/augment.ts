// Label-preserving transforms of square images (MNIST's 28×28): shifts, rotations, elastic distortion, pixel noise; and a
// mini-batch's augmented rows, drawn from the counter-based RNG keyed by (seed, epoch, data row) so both engines agree.
//
// Coordinates: pixel (x, y) is column x, row y (y grows downwards, as an image is shown), index y·side + x; the centre
// is c = ((side − 1)/2, (side − 1)/2). Every geometric transform maps each output pixel p to a source point and samples
// the source bilinearly there, with 0 (background) outside the image.
import { STREAM, gaussian, streamWord, uniform } from '../rng';

/** Writable image rows. */
type Pixels = Float32Array | Float64Array;

/**
 * Transform strengths; 0 switches a transform off. shift: largest |Δx|, |Δy| in whole pixels; rotate: largest |θ| in
 * degrees; elastic: displacement scale α in pixels of Simard et al.'s elastic distortion (2003), smoothed with a Gaussian
 * of elasticSigma pixels (default 4); noise: standard deviation of the Gaussian noise added to each pixel (result
 * clipped to [0, 1]); side: the image side (default 28, so a row has side² values).
 */
export interface Augment {
  shift: number;
  rotate: number;
  elastic: number;
  elasticSigma?: number;
  noise: number;
  side?: number;
}

export const NO_AUGMENT: Augment = { shift: 0, rotate: 0, elastic: 0, noise: 0 };

/** Whether any transform is on. */
export function augmentActive(a: Augment | undefined | null): a is Augment {
  return !!a && (a.shift > 0 || a.rotate > 0 || a.elastic > 0 || a.noise > 0);
}

/** Throws RangeError unless the strengths are valid for rows of d values (side² = d). */
export function checkAugment(a: Augment, d?: number): void {
  const side = a.side ?? 28;
  if (!Number.isInteger(side) || side < 1) throw new RangeError(`augment side must be a positive integer, got ${side}`);
  if (d !== undefined && side * side !== d) throw new RangeError(`augmenting ${side}×${side} images needs rows of ${side * side} values, got ${d}`);
  if (!Number.isInteger(a.shift) || a.shift < 0 || a.shift >= side) throw new RangeError(`augment shift must be an integer in [0, ${side - 1}], got ${a.shift}`);
  if (!(a.rotate >= 0 && a.rotate <= 180)) throw new RangeError(`augment rotate must be in [0, 180] degrees, got ${a.rotate}`);
  if (!(a.elastic >= 0 && Number.isFinite(a.elastic))) throw new RangeError(`augment elastic must be ≥ 0, got ${a.elastic}`);
  if (!((a.elasticSigma ?? 4) > 0)) throw new RangeError(`augment elasticSigma must be > 0, got ${a.elasticSigma}`);
  if (!(a.noise >= 0 && Number.isFinite(a.noise))) throw new RangeError(`augment noise must be ≥ 0, got ${a.noise}`);
}

/** Draws one row uses (its counter indices are row·augmentStride(side) + draw): Δx, Δy, θ, two displacement fields, the noise. */
export function augmentStride(side: number): number {
  return 3 + 3 * side * side;
}

/** A coordinate within 1e-9 of a whole pixel, snapped to it (so 90° turns and whole shifts sample exactly). */
function snap(v: number): number {
  const r = Math.round(v);
  return Math.abs(v - r) < 1e-9 ? r : v;
}

/** The source image at (sx, sy), bilinear, 0 outside. */
export function sampleBilinear(src: ArrayLike<number>, side: number, sx: number, sy: number): number {
  sx = snap(sx);
  sy = snap(sy);
  const x0 = Math.floor(sx);
  const y0 = Math.floor(sy);
  const fx = sx - x0;
  const fy = sy - y0;
  const at = (x: number, y: number) => (x >= 0 && x < side && y >= 0 && y < side ? src[y * side + x] : 0);
  let v = (1 - fx) * (1 - fy) * at(x0, y0);
  if (fx > 0) v += fx * (1 - fy) * at(x0 + 1, y0);
  if (fy > 0) v += (1 - fx) * fy * at(x0, y0 + 1);
  if (fx > 0 && fy > 0) v += fx * fy * at(x0 + 1, y0 + 1);
  return v;
}

/** out(x, y) = src(x − dx, y − dy) (0 where that is outside): the content moves dx pixels right, dy down. Shapes: side². */
export function shiftImage<T extends Pixels>(src: ArrayLike<number>, side: number, dx: number, dy: number, out: T): T {
  return warpImage(src, side, 0, dx, dy, null, null, out);
}

/** The content turned counter-clockwise (as shown, y down) by `degrees` about the centre, bilinear. Shapes: side². */
export function rotateImage<T extends Pixels>(src: ArrayLike<number>, side: number, degrees: number, out: T): T {
  return warpImage(src, side, degrees, 0, 0, null, null, out);
}

/** out(p) = src(p + e(p)) for the displacement field e = (ex, ey) (each side², pixels), bilinear. */
export function displaceImage<T extends Pixels>(src: ArrayLike<number>, side: number, ex: ArrayLike<number>, ey: ArrayLike<number>, out: T): T {
  return warpImage(src, side, 0, 0, 0, ex, ey, out);
}

/**
 * The general warp: out(p) = src(R₋θ(p − t − c) + c + e(p)), θ in degrees counter-clockwise as shown, t = (dx, dy), e the
 * displacement field (null: none). In screen coordinates R₋θ(u, v) = (u cos θ − v sin θ, u sin θ + v cos θ).
 */
export function warpImage<T extends Pixels>(
  src: ArrayLike<number>, side: number, degrees: number, dx: number, dy: number,
  ex: ArrayLike<number> | null, ey: ArrayLike<number> | null, out: T,
): T {
  const th = (degrees * Math.PI) / 180;
  const cos = Math.cos(th);
  const sin = Math.sin(th);
  const c = (side - 1) / 2;
  for (let y = 0; y < side; y++) {
    for (let x = 0; x < side; x++) {
      const u = x - dx - c;
      const v = y - dy - c;
      const i = y * side + x;
      let sx = u * cos - v * sin + c;
      let sy = u * sin + v * cos + c;
      if (ex && ey) {
        sx += ex[i];
        sy += ey[i];
      }
      out[i] = sampleBilinear(src, side, sx, sy);
    }
  }
  return out;
}

/** The normalised 1-D Gaussian kernel of σ pixels, truncated at ⌈3σ⌉ (length 2⌈3σ⌉ + 1). */
export function gaussianKernel(sigma: number): Float64Array {
  const r = Math.ceil(3 * sigma);
  const k = new Float64Array(2 * r + 1);
  let sum = 0;
  for (let i = -r; i <= r; i++) sum += k[i + r] = Math.exp(-(i * i) / (2 * sigma * sigma));
  return k.map((w) => w / sum);
}

/** field ← α · (G_σ ∗ field), separable, zeros beyond the edge; `tmp` is scratch of side². */
export function smoothField<T extends Pixels>(field: T, side: number, sigma: number, alpha: number, tmp: Pixels): T {
  const k = gaussianKernel(sigma);
  const r = (k.length - 1) / 2;
  for (let y = 0; y < side; y++) {
    for (let x = 0; x < side; x++) {
      let s = 0;
      for (let j = -r; j <= r; j++) if (x + j >= 0 && x + j < side) s += k[j + r] * field[y * side + x + j];
      tmp[y * side + x] = s;
    }
  }
  for (let y = 0; y < side; y++) {
    for (let x = 0; x < side; x++) {
      let s = 0;
      for (let j = -r; j <= r; j++) if (y + j >= 0 && y + j < side) s += k[j + r] * tmp[(y + j) * side + x];
      field[y * side + x] = alpha * s;
    }
  }
  return field;
}

/** out = clip(src + σ·z, 0, 1) with z = the standard normals of (seed, stream, offset + i). Shapes: side². */
export function noiseImage<T extends Pixels>(src: ArrayLike<number>, sigma: number, seed: number, stream: number, offset: number, out: T): T {
  for (let i = 0; i < out.length; i++) out[i] = Math.min(1, Math.max(0, src[i] + sigma * gaussian(seed, stream, offset + i)));
  return out;
}

/** Scratch for augmentRow: two fields and a row (side² each) and a smoothing buffer. */
export interface AugmentScratch {
  ex: Float64Array;
  ey: Float64Array;
  tmp: Float64Array;
  row: Float64Array;
}

export function augmentScratch(side: number): AugmentScratch {
  const n = side * side;
  return { ex: new Float64Array(n), ey: new Float64Array(n), tmp: new Float64Array(n), row: new Float64Array(n) };
}

/**
 * Data row `row` (src, side² values) augmented for (seed, epoch): Δx, Δy = ⌊u·(2k + 1)⌋ − k (k = shift), θ = (2u − 1)·rotate,
 * e = α·G_σ ∗ U(−1, 1) per axis, all one warp (warpImage), then noise. Draw j of the row is counter index
 * row·augmentStride(side) + j on stream (augment, epoch): j = 0 Δx, 1 Δy, 2 θ, 3… the fields (uniforms), 3 + 2side²… the
 * noise (normals); a transform that is off draws nothing and the others keep their draws.
 */
export function augmentRow<T extends Pixels>(
  src: ArrayLike<number>, row: number, a: Augment, seed: number, epoch: number, out: T, scratch?: AugmentScratch,
): T {
  const side = a.side ?? 28;
  const n = side * side;
  const stream = streamWord(STREAM.augment, epoch);
  const base = row * augmentStride(side);
  const s = scratch ?? augmentScratch(side);
  const k = a.shift;
  const dx = k > 0 ? Math.floor(uniform(seed, stream, base) * (2 * k + 1)) - k : 0;
  const dy = k > 0 ? Math.floor(uniform(seed, stream, base + 1) * (2 * k + 1)) - k : 0;
  const deg = a.rotate > 0 ? (2 * uniform(seed, stream, base + 2) - 1) * a.rotate : 0;
  const elastic = a.elastic > 0;
  if (elastic) {
    const sigma = a.elasticSigma ?? 4;
    for (let i = 0; i < n; i++) {
      s.ex[i] = 2 * uniform(seed, stream, base + 3 + i) - 1;
      s.ey[i] = 2 * uniform(seed, stream, base + 3 + n + i) - 1;
    }
    smoothField(s.ex, side, sigma, a.elastic, s.tmp);
    smoothField(s.ey, side, sigma, a.elastic, s.tmp);
  }
  const warped = dx !== 0 || dy !== 0 || deg !== 0 || elastic;
  const mid: ArrayLike<number> = warped ? warpImage(src, side, deg, dx, dy, elastic ? s.ex : null, elastic ? s.ey : null, s.row) : src;
  if (a.noise > 0) return noiseImage(mid, a.noise, seed, stream, base + 3 + 2 * n, out);
  for (let i = 0; i < n; i++) out[i] = mid[i];
  return out;
}

/**
 * The augmented mini-batch: out row r = augmentRow(x row rows[r], keyed by the data row rows[r]). Shapes: x n×d, rows m,
 * out m×d (d = side²). Labels are untouched: the transforms preserve them.
 */
export function augmentBatch<T extends Pixels>(
  x: ArrayLike<number>, d: number, rows: ArrayLike<number>, a: Augment, seed: number, epoch: number, out: T, scratch?: AugmentScratch,
): T {
  const s = scratch ?? augmentScratch(a.side ?? 28);
  const src = new Float64Array(d);
  const dst = new Float64Array(d);
  for (let r = 0; r < rows.length; r++) {
    const i = rows[r];
    for (let p = 0; p < d; p++) src[p] = x[i * d + p];
    augmentRow(src, i, a, seed, epoch, dst, s);
    for (let p = 0; p < d; p++) out[r * d + p] = dst[p];
  }
  return out;
}
