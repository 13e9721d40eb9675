// Inverted dropout with counter-RNG masks: keep with probability 1 − p and scale by 1/(1 − p) in training.
import { STREAM, randomU32, streamWord } from '../rng';
import type { Vec } from '../optimizers/types';

/**
 * The integer threshold of the keep test: unit kept ⇔ (u32 >>> 8) ≥ ⌈p·2²⁴⌉, which is exactly
 * uniform ≥ p for the 24-bit uniform. The GPU receives this integer, so both backends agree.
 */
export function dropoutThreshold(p: number): number {
  return Math.ceil(p * 16777216);
}

/**
 * The counter index of one mask bit: (layer << 24) | (row·units + unit), drawn under
 * stream word streamWord(STREAM.dropout, step) and key = seed. Requires rows·units < 2²⁴, layer < 256.
 */
export function dropoutIndex(layer: number, row: number, units: number, unit: number): number {
  return ((layer << 24) | (row * units + unit)) >>> 0;
}

/** Whether unit (row, unit) of hidden layer `layer` is kept at training step `step` (0-based). */
export function dropoutKeep(seed: number, step: number, layer: number, row: number, units: number, unit: number, p: number): boolean {
  return randomU32(seed, streamWord(STREAM.dropout, step), dropoutIndex(layer, row, units, unit)) >>> 8 >= dropoutThreshold(p);
}

/**
 * Training forward: mask = keep bits (1 kept, 0 dropped), Y = X ⊙ mask / (1 − p).
 * Shapes: X, Y n×u (Y may be X), mask n×u. E[Y] = X, so evaluation is the identity.
 */
export function dropoutForward(
  X: Vec, Y: Vec, mask: Uint8Array, n: number, u: number, p: number, seed: number, step: number, layer: number,
): void {
  const threshold = dropoutThreshold(p);
  const scale = 1 / (1 - p);
  const stream = streamWord(STREAM.dropout, step);
  for (let i = 0; i < n; i++) {
    const r = i * u;
    for (let j = 0; j < u; j++) {
      const keep = randomU32(seed, stream, dropoutIndex(layer, i, u, j)) >>> 8 >= threshold;
      mask[r + j] = keep ? 1 : 0;
      Y[r + j] = keep ? X[r + j] * scale : 0;
    }
  }
}

/** Backward: dX = dY ⊙ mask / (1 − p). Shapes: len = n·u; dX may be dY. */
export function dropoutBackward(dY: Vec, dX: Vec, mask: Uint8Array, len: number, p: number): void {
  const scale = 1 / (1 - p);
  for (let i = 0; i < len; i++) dX[i] = mask[i] ? dY[i] * scale : 0;
}
