// The augmentation transforms against hand-worked images: a one-pixel shift, quarter turns of a 3×3 pattern, a constant
// displacement field = a shift, zero elastic strength = identity, the noise's mean and variance, the draws keyed by (seed, epoch, row).
import { describe, expect, it } from 'vitest';
import {
  augmentBatch, augmentRow, checkAugment, displaceImage, gaussianKernel, rotateImage, shiftImage, smoothField, type Augment,
} from '../../../src/engine/data/augment';

const OFF: Augment = { shift: 0, rotate: 0, elastic: 0, noise: 0 };
const PATTERN = [1, 2, 3, 4, 5, 6, 7, 8, 9]; // 3×3, row-major

/** A side×side image, 0 except 1 at (x, y). */
function dot(side: number, x: number, y: number): Float64Array {
  const im = new Float64Array(side * side);
  im[y * side + x] = 1;
  return im;
}

describe('shiftImage(src, side, dx, dy, out)', () => {
  it('moves a single pixel at (1, 2) of a 5×5 image by (+2, −1) to (3, 1), nothing else lit', () => {
    const out = shiftImage(dot(5, 1, 2), 5, 2, -1, new Float64Array(25));
    expect(Array.from(out)).toEqual(Array.from(dot(5, 3, 1)));
  });
  it('fills with 0 what comes in from outside: shifting the pixel off the right edge leaves an empty image', () => {
    const out = shiftImage(dot(5, 3, 0), 5, 2, 0, new Float64Array(25));
    expect(out.every((v) => v === 0)).toBe(true);
  });
});

describe('rotateImage(src, side, degrees, out)', () => {
  it('turns a 3×3 pattern 90° counter-clockwise as shown: the top row 1 2 3 becomes the left column read upwards', () => {
    expect(Array.from(rotateImage(PATTERN, 3, 90, new Float64Array(9)))).toEqual([3, 6, 9, 2, 5, 8, 1, 4, 7]);
  });
  it('turns it 180° into the pattern read backwards, and −90° clockwise', () => {
    expect(Array.from(rotateImage(PATTERN, 3, 180, new Float64Array(9)))).toEqual([9, 8, 7, 6, 5, 4, 3, 2, 1]);
    expect(Array.from(rotateImage(PATTERN, 3, -90, new Float64Array(9)))).toEqual([7, 4, 1, 8, 5, 2, 9, 6, 3]);
  });
  it('keeps the centre pixel of an odd image where it is at any angle, and 0° is the identity', () => {
    const out = rotateImage(dot(5, 2, 2), 5, 37, new Float64Array(25));
    expect(out[12]).toBeCloseTo(1, 12);
    expect(Array.from(rotateImage(PATTERN, 3, 0, new Float64Array(9)))).toEqual(PATTERN);
  });
  it('samples bilinearly: turning [1 0; 0 0] by 45°, output pixel (0, 0) reads 0.5·(1 + s) of the 1, s = 0.5 − √½', () => {
    // Output (0, 0) is (−0.5, −0.5) from the centre (0.5, 0.5); R₋₄₅ maps that to (0, −√½), so the source point is
    // (0.5, s), s = 0.5 − √½ ≈ −0.207: half-way between columns 0 and 1, a share 1 + s of the way from row −1 (outside, 0)
    // to row 0. Only src(0, 0) = 1 is lit: weight (1 − 0.5)·(1 + s).
    const out = rotateImage([1, 0, 0, 0], 2, 45, new Float64Array(4));
    expect(out[0]).toBeCloseTo(0.5 * (1 + 0.5 - Math.SQRT1_2), 12);
  });
});

describe('displaceImage and elastic distortion', () => {
  it('a constant field e = (1, 0) reads each pixel from its right neighbour: the same as shifting by −1', () => {
    const src = dot(4, 2, 1);
    const ex = new Float64Array(16).fill(1);
    const ey = new Float64Array(16);
    expect(Array.from(displaceImage(src, 4, ex, ey, new Float64Array(16)))).toEqual(Array.from(dot(4, 1, 1)));
  });
  it('zero elastic strength is the identity, on a real-looking image and through augmentRow', () => {
    const src = Float64Array.from({ length: 784 }, (_, i) => ((i * 37) % 101) / 100);
    const field = Float64Array.from({ length: 784 }, (_, i) => Math.sin(i));
    expect(smoothField(field, 28, 4, 0, new Float64Array(784)).every((v) => v === 0)).toBe(true);
    expect(Array.from(augmentRow(src, 5, { ...OFF, elastic: 0 }, 1, 0, new Float64Array(784)))).toEqual(Array.from(src));
  });
  it('the smoothing kernel is normalised and symmetric, radius ⌈3σ⌉', () => {
    const k = gaussianKernel(4);
    expect(k.length).toBe(25);
    expect(k.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(k[0]).toBeCloseTo(k[24], 15);
    expect(k[12] / k[16]).toBeCloseTo(Math.exp(16 / 32), 12);
  });
  it('a positive strength moves pixels: the distorted image differs, its values stay in [0, 1]', () => {
    const src = Float64Array.from({ length: 784 }, (_, i) => ((i * 37) % 101) / 100);
    const out = augmentRow(src, 5, { ...OFF, elastic: 34 }, 1, 0, new Float64Array(784));
    expect(out.some((v, i) => Math.abs(v - src[i]) > 0.01)).toBe(true);
    expect(out.every((v) => v >= 0 && v <= 1)).toBe(true);
  });
});

describe('pixel noise', () => {
  it('on a grey 0.5 image with σ = 0.05 (no clipping in practice) has mean 0.5 and variance σ² over 40 rows', () => {
    const n = 40;
    const x = new Float32Array(n * 784).fill(0.5);
    const out = augmentBatch(x, 784, Array.from({ length: n }, (_, i) => i), { ...OFF, noise: 0.05 }, 7, 3, new Float64Array(n * 784));
    const mean = out.reduce((a, b) => a + b, 0) / out.length;
    const variance = out.reduce((a, b) => a + (b - mean) ** 2, 0) / (out.length - 1);
    // Standard error of the mean: 0.05/√31360 ≈ 0.0003; of the variance: σ²·√(2/31360) ≈ 0.8 %.
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.0015);
    expect(variance / 0.0025).toBeGreaterThan(0.96);
    expect(variance / 0.0025).toBeLessThan(1.04);
  });
  it('clips to [0, 1]: a white image with σ = 0.5 stays ≤ 1', () => {
    const out = augmentRow(new Float64Array(784).fill(1), 0, { ...OFF, noise: 0.5 }, 1, 0, new Float64Array(784));
    expect(Math.max(...out)).toBe(1);
    expect(Math.min(...out)).toBeGreaterThanOrEqual(0);
  });
});

describe('augmentRow / augmentBatch draws', () => {
  it('random shifts of ±2 px: a centre dot lands at every one of the 25 offsets over 400 rows, never further', () => {
    const src = dot(28, 14, 14);
    const seen = new Set<string>();
    const out = new Float64Array(784);
    for (let row = 0; row < 400; row++) {
      augmentRow(src, row, { ...OFF, shift: 2 }, 9, 0, out);
      const at = out.indexOf(1);
      const dx = (at % 28) - 14;
      const dy = Math.floor(at / 28) - 14;
      expect(Math.max(Math.abs(dx), Math.abs(dy))).toBeLessThanOrEqual(2);
      seen.add(`${dx},${dy}`);
    }
    expect(seen.size).toBe(25);
  });
  it('are keyed by (seed, epoch, data row): a row reads the same wherever it sits in a batch, another epoch differs', () => {
    const x = Float32Array.from({ length: 3 * 784 }, (_, i) => ((i * 13) % 29) / 29);
    const a: Augment = { shift: 2, rotate: 15, elastic: 20, noise: 0.1 };
    const ab = augmentBatch(x, 784, [0, 2], a, 4, 1, new Float32Array(2 * 784));
    const ba = augmentBatch(x, 784, [2, 0], a, 4, 1, new Float32Array(2 * 784));
    expect(Array.from(ab.subarray(0, 784))).toEqual(Array.from(ba.subarray(784)));
    const next = augmentBatch(x, 784, [0], a, 4, 2, new Float32Array(784));
    expect(Array.from(next)).not.toEqual(Array.from(ab.subarray(0, 784)));
  });
  it('leaves the source untouched', () => {
    const x = Float32Array.from({ length: 784 }, (_, i) => (i % 7) / 7);
    const copy = Float32Array.from(x);
    augmentBatch(x, 784, [0], { shift: 3, rotate: 20, elastic: 30, noise: 0.2 }, 1, 0, new Float32Array(784));
    expect(x).toEqual(copy);
  });
});

describe('checkAugment(a, d)', () => {
  it('rejects negative or fractional strengths and a side that does not fit the rows', () => {
    expect(() => checkAugment({ ...OFF, shift: 1.5 })).toThrow(RangeError);
    expect(() => checkAugment({ ...OFF, rotate: -1 })).toThrow(RangeError);
    expect(() => checkAugment({ ...OFF, noise: -0.1 })).toThrow(RangeError);
    expect(() => checkAugment(OFF, 100)).toThrow(RangeError);
    expect(() => checkAugment({ ...OFF, side: 10 }, 100)).not.toThrow();
  });
});
