// The cells of a confusion matrix: count, row share, and the neighbour an arrow key moves to.

/** One cell: true class t (row), predicted class p (column), its count and its share of row t (NaN for an empty row). */
export interface ConfusionCell {
  t: number;
  p: number;
  count: number;
  share: number;
}

/** Every cell of c×c counts (row-major, row = true class), row by row. */
export function confusionCells(counts: ArrayLike<number>, c: number): ConfusionCell[] {
  const cells: ConfusionCell[] = [];
  for (let t = 0; t < c; t++) {
    let row = 0;
    for (let p = 0; p < c; p++) row += counts[t * c + p];
    for (let p = 0; p < c; p++) cells.push({ t, p, count: counts[t * c + p], share: row > 0 ? counts[t * c + p] / row : NaN });
  }
  return cells;
}

/** The cell an arrow key leads to from (t, p) in a c×c grid (clamped at the edges); null for another key. */
export function moveCell(t: number, p: number, key: string, c: number): [number, number] | null {
  const clamp = (v: number) => Math.max(0, Math.min(c - 1, v));
  switch (key) {
    case 'ArrowUp': return [clamp(t - 1), p];
    case 'ArrowDown': return [clamp(t + 1), p];
    case 'ArrowLeft': return [t, clamp(p - 1)];
    case 'ArrowRight': return [t, clamp(p + 1)];
    case 'Home': return [t, 0];
    case 'End': return [t, c - 1];
    default: return null;
  }
}
