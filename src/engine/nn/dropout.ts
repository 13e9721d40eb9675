// Dropout with counter-RNG masks, two variants: inverted (scale 1/(1 − p) in training) and the book's (scale 1 − p at test).
import { STREAM, randomU32, streamWord } from '../rng';
import type { Vec } from '../optimizers/types';

/**
 * Where the factor that keeps E[output] equal to the test-time output goes:
 * 'inverted': training Y = X ⊙ ξ / (1 − p), evaluation Y = X (every framework today);
 * 'book': training Y = X ⊙ ξ, evaluation Y = X·(1 − p) ("Deep Learning from Scratch" common/layers.py Dropout).
 * ξ is the keep mask, 1 with probability 1 − p.
 */
export type DropoutVariant = 'inverted' | 'book';
export const DROPOUT_VARIANTS: readonly DropoutVariant[] = ['inverted', 'book'];

/** Throws RangeError unless `v` names a dropout variant. */
export function checkDropoutVariant(v: string): asserts v is DropoutVariant {
  if (!DROPOUT_VARIANTS.includes(v as DropoutVariant)) throw new RangeError(`unknown dropout variant ${v} (inverted or book)`);
}

/**
 * The two factors of a variant at ratio p: `train` multiplies kept units in training (and their gradients),
 * `eval` multiplies every unit at evaluation. inverted: (1/(1 − p), 1); book: (1, 1 − p).
 */
export function dropoutScales(p: number, variant: DropoutVariant): { train: number; eval: number } {
  return variant === 'book' ? { train: 1, eval: 1 - p } : { train: 1 / (1 - p), eval: 1 };
}

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
 * Training forward: mask = keep bits (1 kept, 0 dropped), Y = X ⊙ mask · s with s = dropoutScales(p, variant).train
 * (inverted: 1/(1 − p), so E[Y] = X; book: 1, so E[Y] = (1 − p)·X). Shapes: X, Y n×u (Y may be X), mask n×u.
 */
export function dropoutForward(
  X: Vec, Y: Vec, mask: Uint8Array, n: number, u: number, p: number, seed: number, step: number, layer: number,
  variant: DropoutVariant = 'inverted',
): void {
  const threshold = dropoutThreshold(p);
  const scale = dropoutScales(p, variant).train;
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

/** Training backward: dX = dY ⊙ mask · dropoutScales(p, variant).train. Shapes: len = n·u; dX may be dY. */
export function dropoutBackward(dY: Vec, dX: Vec, mask: Uint8Array, len: number, p: number, variant: DropoutVariant = 'inverted'): void {
  const scale = dropoutScales(p, variant).train;
  for (let i = 0; i < len; i++) dX[i] = mask[i] ? dY[i] * scale : 0;
}

/**
 * Evaluation forward (and, being linear, its backward): Y = X · dropoutScales(p, variant).eval — X·(1 − p) for the
 * book's variant, X for inverted dropout. Shapes: len entries; Y may be X.
 */
export function dropoutEval(X: Vec, Y: Vec, len: number, p: number, variant: DropoutVariant): void {
  const scale = dropoutScales(p, variant).eval;
  for (let i = 0; i < len; i++) Y[i] = X[i] * scale;
}
