// The range of an activation histogram: each bound the caller fixed is kept, a missing one comes from the data's finite range.
import type { HistogramOptions } from './types';

/** Whether `opts` leaves a bound to be measured (lo or hi missing). */
export function needsMeasuredRange(opts: HistogramOptions): boolean {
  return opts.lo === undefined || opts.hi === undefined;
}

/**
 * [lo, hi] of a histogram: opts.lo and opts.hi where given, else the bounds of `measured()` (the finite
 * [min, max] of the values; called only when a bound is missing). A request with only lo keeps that lo.
 */
export function histogramRange(opts: HistogramOptions, measured: () => readonly [number, number]): [number, number] {
  if (!needsMeasuredRange(opts)) return [opts.lo as number, opts.hi as number];
  const [lo, hi] = measured();
  return [opts.lo ?? lo, opts.hi ?? hi];
}
