// What the book's figure draws where the run stops a network: the share of zeros (numpy's argmax of NaN is 0), and the inset's rows.
import { describe, expect, it } from 'vitest';
import { tableCells } from '../../../src/components/Table';
import { BOOK_VIEW_COLUMNS, BOOK_VIEW_PANELS, bookViewRows, nanAccuracy, stoppedPanels, type GridRow } from '../../../src/lessons/batch-norm/bookView';
import { initStds } from '../../../src/lessons/batch-norm/model';
import { loadMnistNode } from '../../helpers/mnistNode';

describe('nanAccuracy(labels, n)', () => {
  it('is the share of zeros among the first n labels', () => {
    expect(nanAccuracy([0, 3, 0, 7, 0], 4)).toBe(0.5);
    expect(nanAccuracy([1, 2, 3], 3)).toBe(0);
    expect(nanAccuracy([0, 1], 10)).toBe(0.5);
    expect(nanAccuracy([], 0)).toBeNaN();
  });

  it('on the first 1000 MNIST training digits is 0.097: what the book’s batch_norm_test.py printed for std 0.541 without BN once its weights were NaN (np.random.seed(1))', () => {
    expect(nanAccuracy(loadMnistNode().train.y as Uint8Array, 1000)).toBe(0.097);
  });
});

describe('bookViewRows(stopped, stds, grid, epochs, nanAcc)', () => {
  const stds = initStds(4);
  const grid: GridRow[] = [
    { std: stds[0], bn: 1, epoch: 1, train_acc: 0.2 },
    { std: stds[0], bn: 1, epoch: 2, train_acc: 0.3 },
    { std: stds[1], bn: 1, epoch: 1, train_acc: 0.5 },
    { std: stds[1], bn: 0, epoch: 1, train_acc: 0.4 },
  ];
  /** The rows as the table shows them, columns std, bn, epoch, train_acc, nan. */
  const cells = (rows: ReturnType<typeof bookViewRows>) => tableCells(BOOK_VIEW_COLUMNS, rows);

  it('draws a stopped network flat at nanAcc for every epoch (nan = 1) and its partner as the run has it (nan = 0)', () => {
    const rows = bookViewRows([{ k: 0, bn: false, at: 4 }], stds, grid, 3, 0.097);
    expect(cells(rows)).toEqual([
      [1, 1, 1, 0.2, 0],
      [1, 1, 2, 0.3, 0],
      [1, 0, 1, 0.097, 1],
      [1, 0, 2, 0.097, 1],
      [1, 0, 3, 0.097, 1],
    ]);
  });

  it('leaves out the flat line until the labels give nanAcc, and panels without a stopped network', () => {
    expect(cells(bookViewRows([{ k: 0, bn: false, at: 4 }], stds, grid, 3, NaN))).toEqual([
      [1, 1, 1, 0.2, 0],
      [1, 1, 2, 0.3, 0],
    ]);
    expect(bookViewRows([], stds, grid, 3, 0.1)).toEqual([]);
  });

  it('shows at most BOOK_VIEW_PANELS panels, in panel order, each once', () => {
    const stopped = [5, 1, 1, 3, 0, 4, 2].map((k, i) => ({ k, bn: i % 2 === 0, at: 3 }));
    expect(stoppedPanels(stopped)).toEqual([0, 1, 2, 3].slice(0, BOOK_VIEW_PANELS));
  });
});
