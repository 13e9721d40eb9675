// Gradient clipping over the whole flat gradient: by global L2 norm and by value.
import type { Vec } from '../optimizers/types';

/** ‖v‖₂ over v[start, end). */
export function norm2(v: Vec, start = 0, end = v.length): number {
  let s = 0;
  for (let i = start; i < end; i++) s += v[i] * v[i];
  return Math.sqrt(s);
}

/** If ‖g‖₂ > maxNorm > 0, g ← g · maxNorm/‖g‖₂. Returns ‖g‖₂ before clipping. Shape: g length n. */
export function clipByGlobalNorm(g: Vec, maxNorm: number): number {
  const norm = norm2(g);
  if (maxNorm > 0 && norm > maxNorm) {
    const scale = maxNorm / norm;
    for (let i = 0; i < g.length; i++) g[i] *= scale;
  }
  return norm;
}

/** g_i ← clamp(g_i, −c, c) for c > 0 (c ≤ 0: no clipping). Shape: g length n. */
export function clipByValue(g: Vec, c: number): void {
  if (!(c > 0)) return;
  for (let i = 0; i < g.length; i++) {
    const v = g[i];
    g[i] = v > c ? c : v < -c ? -c : v;
  }
}
