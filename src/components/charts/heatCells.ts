// The heat strip's cells: per-row values of a ring bucketed into columns of steps, averaged in log10, and their colour levels.

/** What the rows of one table give the strip: the x of row i, and the value of strip row r at table row i. */
export interface HeatSource {
  length: number;
  x(i: number): number;
  value(r: number, i: number): number;
}

/** The strip's cells: `cols` columns × `rows` rows, mean log10 of the positive finite values (NaN: none; −Inf never). */
export interface HeatCells {
  cols: number;
  rows: number;
  /** Steps per column: column c holds x in (c·bucket, (c + 1)·bucket]. */
  bucket: number;
  /** cols × rows, column-major: log10 mean of cell (c, r) at [c·rows + r]. */
  log10: Float64Array;
  /** 1 where a cell holds a value that is not finite or ≤ 0 (e.g. a diverged update), else 0. */
  bad: Uint8Array;
  /** [min, max] of the finite log10 cells ([NaN, NaN] when none). */
  extent: [number, number];
}

/**
 * Buckets x = 1 … xMax into at most maxCols columns of equal width (`bucket` = ⌈xMax / maxCols⌉ steps) and averages
 * each row's values in log10 (the geometric mean) per column. Rows with x outside [1, xMax] are ignored.
 */
export function heatCells(src: HeatSource, rows: number, xMax: number, maxCols: number): HeatCells {
  const bucket = Math.max(1, Math.ceil(xMax / maxCols));
  const cols = Math.max(1, Math.ceil(xMax / bucket));
  const sum = new Float64Array(cols * rows);
  const count = new Uint32Array(cols * rows);
  const bad = new Uint8Array(cols * rows);
  for (let i = 0; i < src.length; i++) {
    const x = src.x(i);
    if (!(x >= 1 && x <= xMax)) continue;
    const c = Math.floor((x - 1) / bucket);
    for (let r = 0; r < rows; r++) {
      const v = src.value(r, i);
      const k = c * rows + r;
      if (Number.isFinite(v) && v > 0) {
        sum[k] += Math.log10(v);
        count[k]++;
      } else bad[k] = 1;
    }
  }
  const log10 = new Float64Array(cols * rows);
  let lo = Infinity;
  let hi = -Infinity;
  for (let k = 0; k < log10.length; k++) {
    log10[k] = count[k] ? sum[k] / count[k] : NaN;
    if (count[k]) {
      lo = Math.min(lo, log10[k]);
      hi = Math.max(hi, log10[k]);
    }
  }
  return { cols, rows, bucket, log10, bad, extent: lo <= hi ? [lo, hi] : [NaN, NaN] };
}

/** The colour domain in whole decades around `extent` (at least one decade wide); [−1, 0] when nothing is known. */
export function decadeDomain(extent: readonly [number, number]): [number, number] {
  if (!Number.isFinite(extent[0])) return [-1, 0];
  const lo = Math.floor(extent[0]);
  const hi = Math.max(lo + 1, Math.ceil(extent[1]));
  return [lo + 0, hi + 0]; // + 0 turns −0 into 0
}

/** The level 0 … levels − 1 of log10 value v in domain [lo, hi] (clamped). */
export function levelOf(v: number, lo: number, hi: number, levels: number): number {
  const t = (v - lo) / (hi - lo);
  return Math.min(levels - 1, Math.max(0, Math.floor(t * levels)));
}
