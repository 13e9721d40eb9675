// What the book's figure draws where this run stops a network as diverged: numpy carries on with NaN weights, and np.argmax of a
// row of NaN is 0, so such a network calls every digit a 0 (the book's ch06/batch_norm_test.py and MultiLayerNetExtend.accuracy).
/**
 * The training accuracy the book's code reports for a network whose outputs are NaN: np.argmax of an all-NaN row is 0, so
 * every digit is called 0, and the accuracy is the share of zeros among the first n labels (NaN when n is 0).
 */
export function nanAccuracy(labels: ArrayLike<number>, n: number): number {
  const m = Math.min(n, labels.length);
  let zeros = 0;
  for (let i = 0; i < m; i++) if (labels[i] === 0) zeros++;
  return m > 0 ? zeros / m : NaN;
}

/** A network the run stopped: panel k (0-based), with (bn) or without batch norm, diverged at update `at`. */
export interface Stopped {
  k: number;
  bn: boolean;
  at: number;
}

/** Panels the inset shows at most (the first ones with a stopped network). */
export const BOOK_VIEW_PANELS = 4;

/** A row of the grid table: one network's training accuracy after an epoch (1-based); bn 1 with batch norm, 0 without. */
export interface GridRow {
  std: number;
  bn: 0 | 1;
  epoch: number;
  train_acc: number;
}

/** A row of the inset's table: a grid row, and nan (1: what the book's code draws for a network stopped here, else 0). */
export interface BookViewRow extends GridRow {
  nan: 0 | 1;
}

export const BOOK_VIEW_COLUMNS = ['std', 'bn', 'epoch', 'train_acc', 'nan'] as const;

/** The panels (0-based, ascending, at most BOOK_VIEW_PANELS) that hold a stopped network. */
export function stoppedPanels(stopped: readonly Stopped[]): number[] {
  return [...new Set(stopped.map((s) => s.k))].sort((a, b) => a - b).slice(0, BOOK_VIEW_PANELS);
}

/**
 * The inset's rows, panel by panel (stoppedPanels), BN first: a stopped network at `nanAcc` for epochs 1…epochs (nan = 1), as
 * numpy would go on scoring it; the other network's rows of the grid table as the run has them
 * (nan = 0). No rows for a stopped network until nanAcc is known.
 */
export function bookViewRows(stopped: readonly Stopped[], stds: readonly number[], grid: readonly GridRow[], epochs: number, nanAcc: number): BookViewRow[] {
  const rows: BookViewRow[] = [];
  for (const k of stoppedPanels(stopped)) {
    for (const bn of [true, false]) {
      if (stopped.some((s) => s.k === k && s.bn === bn)) {
        if (Number.isFinite(nanAcc)) for (let e = 1; e <= epochs; e++) rows.push({ std: stds[k], bn: bn ? 1 : 0, epoch: e, train_acc: nanAcc, nan: 1 });
      } else {
        for (const r of grid) if (r.std === stds[k] && r.bn === (bn ? 1 : 0)) rows.push({ ...r, nan: 0 });
      }
    }
  }
  return rows;
}
