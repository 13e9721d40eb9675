// A figure's table rows are objects keyed by column: the table and the CSV read them in the columns' order, a missing key is an empty cell.
import { describe, expect, it } from 'vitest';
import { tableBodyHtml } from '../../src/components/Figure';
import { rowCells, tableCells, type Columns, type Table } from '../../src/components/Table';
import { toCsv } from '../../src/state/exportData';

interface Row {
  epoch: number;
  variant: string;
  'train loss': number;
  note?: string;
}

// Keys written in another order than the columns: the columns decide.
const rows: Row[] = [
  { variant: 'plain', 'train loss': 0.5, epoch: 1 },
  { note: 'x,y', epoch: 2, 'train loss': 0.25, variant: 'l2' },
];
const columns: Columns<Row> = ['epoch', 'variant', 'train loss', 'note'];

describe('rowCells / tableCells', () => {
  it('read a row in the columns’ order', () => {
    expect(rowCells(columns, rows[1])).toEqual([2, 'l2', 0.25, 'x,y']);
    expect(rowCells(['variant', 'epoch'], rows[0])).toEqual(['plain', 1]);
  });
  it('give a missing key as undefined (rowCells) and as an empty field (tableCells)', () => {
    expect(rowCells(columns, rows[0])).toEqual([1, 'plain', 0.5, undefined]);
    expect(tableCells(columns, rows)).toEqual([
      [1, 'plain', 0.5, ''],
      [2, 'l2', 0.25, 'x,y'],
    ]);
  });
  it('leave out keys that are not columns', () => {
    expect(tableCells(['epoch'], rows)).toEqual([[1], [2]]);
  });
});

describe('the CSV of object rows', () => {
  it('has the header, then each row in the columns’ order, full precision, quoted where needed, a missing cell empty', () => {
    const table: Table<Row> = { columns, rows: [...rows, { epoch: 3, variant: 'a"b', 'train loss': 0.1 + 0.2 }] };
    expect(toCsv(table.columns, tableCells(table.columns, table.rows))).toBe(
      'epoch,variant,train loss,note\r\n1,plain,0.5,\r\n2,l2,0.25,"x,y"\r\n3,"a""b",0.30000000000000004,\r\n',
    );
  });
});

describe('tableBodyHtml', () => {
  it('writes one <tr> per row with its cells in the columns’ order, numbers with data-v', () => {
    expect(tableBodyHtml(['variant', 'epoch'], [{ epoch: 3, variant: 'l2' }], (x) => x.toFixed(1))).toBe(
      '<tr><td>l2</td><td data-v="3">3.0</td></tr>',
    );
  });
  it('writes a key the row lacks as an empty, marked cell', () => {
    expect(tableBodyHtml(['a', 'b', 'c'], [{ a: 1, c: 'z' }], String)).toBe('<tr><td data-v="1">1</td><td data-missing></td><td>z</td></tr>');
  });
  it('writes no rows as an empty body', () => {
    expect(tableBodyHtml(['a'], [], String)).toBe('');
  });
});

describe('the column type', () => {
  it('only takes keys of the row (checked by tsc)', () => {
    // @ts-expect-error 'loss' is not a key of Row
    const wrong: Columns<Row> = ['epoch', 'loss'];
    expect(wrong).toHaveLength(2);
  });
});
