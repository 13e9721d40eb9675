// A figure's data table: rows are objects keyed by column name; the column list fixes the order (and the header text).

export type Cell = string | number;

/**
 * One row of a table: each field is a cell, keyed by its column's header text (e.g. `{ epoch: 3, 'train loss': 0.41 }`).
 * A key may be missing or undefined: the table shows an empty cell and the CSV an empty field.
 */
export type Row<R> = { [K in keyof R]: Cell | undefined };

/** The columns a table of `R` rows may show, in display order: each is a key of the row. */
export type Columns<R> = readonly (keyof R & string)[];

/** Rows of a table together with their columns (for helpers that hand both to a figure). */
export interface Table<R extends Row<R>> {
  columns: Columns<R>;
  rows: readonly R[];
}

/** A row's cells in the columns' order (what the CSV and the rendered table read). */
export function rowCells<R extends Row<R>>(columns: Columns<R>, row: R): (Cell | undefined)[] {
  return columns.map((c) => row[c]);
}

/** Every row's cells in the columns' order, a missing cell as '' (the CSV's fields). */
export function tableCells<R extends Row<R>>(columns: Columns<R>, rows: readonly R[]): Cell[][] {
  return rows.map((r) => rowCells(columns, r).map((c) => c ?? ''));
}
