// The axes' domains of a ring line chart, rounded outward to "nice" values so the axes change rarely.
import { scaleLinear } from 'd3';
import type { RingTable } from '../../worker/page/ringTable';

/** What the domain is computed from: per series, its ring, x/y columns and x offset. */
export interface DomainSeries {
  ring: () => RingTable<string>;
  x: string;
  y: string;
  xOffset?: number;
}

export interface ChartDomain {
  x: [number, number];
  y: [number, number];
}

/** Rounds [lo, hi] outward to a nice domain (decades on a log axis); hi > lo is assumed. */
export function niceDomain(lo: number, hi: number, log: boolean): [number, number] {
  if (log) return [Math.pow(10, Math.floor(Math.log10(lo))), Math.pow(10, Math.ceil(Math.log10(hi)))];
  const s = scaleLinear().domain([lo, hi]).nice(5).domain();
  return [s[0], s[1]];
}

/** A value the chart can place: finite, and positive on a log axis. */
export const plottable = (v: number, log: boolean): boolean => Number.isFinite(v) && (!log || v > 0);

/**
 * The domain that shows every plottable row of `series`: x from 0 to xMax (or the nice ceiling of the largest x),
 * y = yFixed, or the nice extent of the values, or `fallbackY` when there are none. Never empty or non-finite: a
 * single value v gets [v, v + 1] (linear) or its decade (log). Reads the rings in place, allocates nothing per row.
 */
export function ringDomain(series: readonly DomainSeries[], log: boolean, fallbackY: [number, number], yFixed?: [number, number], xMax?: number): ChartDomain {
  let xHi = xMax ?? 1;
  let yLo = Infinity, yHi = -Infinity;
  for (const s of series) {
    const ring = s.ring();
    if (ring.length === 0) continue;
    const last = ring.last(s.x) + (s.xOffset ?? 0);
    if (Number.isFinite(last)) xHi = Math.max(xHi, last);
    for (let k = 0; k < ring.length; k++) {
      const v = ring.get(s.y, k);
      if (!plottable(v, log)) continue;
      if (v < yLo) yLo = v;
      if (v > yHi) yHi = v;
    }
  }
  let y = fallbackY;
  if (yFixed) y = yFixed;
  else if (yLo <= yHi) y = niceDomain(yLo, yHi > yLo ? yHi : log ? yLo * 10 : yLo + 1, log);
  const x: [number, number] = [0, xMax ?? niceDomain(0, xHi, false)[1]];
  return { x, y };
}

/** Index of the row of `ring` whose x column is nearest to `x` (the column ascends), or −1 when the ring is empty. */
export function nearestRow(ring: RingTable<string>, column: string, x: number): number {
  let lo = 0, hi = ring.length - 1;
  if (hi < 0) return -1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ring.get(column, mid) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && Math.abs(ring.get(column, lo - 1) - x) <= Math.abs(ring.get(column, lo) - x) ? lo - 1 : lo;
}
