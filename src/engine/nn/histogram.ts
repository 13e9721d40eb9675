// Fixed-range histograms of activation values, for the per-layer activation plots.
import type { Vec } from '../optimizers/types';

/**
 * Adds values[0, len) into counts (length = bins) over [lo, hi]: bin = ⌊(v − lo)/(hi − lo)·bins⌋,
 * hi itself in the last bin; values outside [lo, hi] or NaN are not counted. Returns how many were counted.
 */
export function histogramInto(values: Vec, len: number, lo: number, hi: number, counts: Uint32Array): number {
  const bins = counts.length;
  const scale = hi > lo ? bins / (hi - lo) : 0;
  let counted = 0;
  for (let i = 0; i < len; i++) {
    const v = values[i];
    if (!(v >= lo && v <= hi)) continue;
    let b = Math.floor((v - lo) * scale);
    if (b >= bins) b = bins - 1;
    counts[b]++;
    counted++;
  }
  return counted;
}

/** [min, max] of values[0, len), ignoring non-finite values; [0, 0] when none are finite. */
export function finiteRange(values: Vec, len: number): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < len; i++) {
    const v = values[i];
    if (!Number.isFinite(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return lo <= hi ? [lo, hi] : [0, 0];
}
