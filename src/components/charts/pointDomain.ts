// A point line chart's y domain, the x values its crosshair steps through, and the one nearest a pixel.
import { scaleLinear } from 'd3';

/** A point, [x, y]. */
export type Point = readonly [number, number];

/** The [lo, hi] of the plottable y values (finite; > 0 on a log axis), widened to whole decades on a log axis. */
export function yExtent(series: readonly { points: readonly Point[] }[], log: boolean): [number, number] {
  let lo = Infinity, hi = -Infinity;
  for (const s of series) {
    for (const [, y] of s.points) {
      if (!Number.isFinite(y) || (log && y <= 0)) continue;
      lo = Math.min(lo, y);
      hi = Math.max(hi, y);
    }
  }
  if (lo > hi) return log ? [1e-3, 1] : [0, 1];
  if (log) return [Math.pow(10, Math.floor(Math.log10(lo))), Math.pow(10, Math.ceil(Math.log10(hi === lo ? hi * 10 : hi)))];
  return scaleLinear().domain([Math.min(0, lo), hi === lo ? hi + 1 : hi]).nice(5).domain() as [number, number];
}

/** Every x that some series has a point at that passes `ok`, ascending and without repeats. */
export function readableXs(series: readonly { points: readonly Point[] }[], ok: (p: Point) => boolean): number[] {
  const xs = new Set<number>();
  for (const s of series) for (const p of s.points) if (ok(p)) xs.add(p[0]);
  return [...xs].sort((a, b) => a - b);
}

/** Index of the pixel position in `ps` nearest `px` (the first on ties), or null when `ps` is empty. */
export function nearestIndex(ps: readonly number[], px: number): number | null {
  let best = -1;
  ps.forEach((p, i) => {
    if (best < 0 || Math.abs(p - px) < Math.abs(ps[best] - px)) best = i;
  });
  return best < 0 ? null : best;
}
