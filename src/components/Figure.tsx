// <figure data-figure="<lesson>/<name>"> with a caption and the data table of what it plots (always in the DOM).
import { memo, useId, useState, type ReactNode } from 'react';
import { useSettledValue } from './useSettledValue';
import { useT } from '../app/useText';

export type Cell = string | number;

/** How long the figure's input must be still before its data table is rewritten. */
export const TABLE_SETTLE_MS = 150;

export interface FigureProps {
  /** "<lesson-id>/<name>". */
  id: string;
  caption: ReactNode;
  columns: readonly string[];
  rows: readonly (readonly Cell[])[];
  /** Formats numeric cells for display; the exact value stays in data-v. */
  format?: (x: number) => string;
  children: ReactNode;
}

export function Figure({ id, caption, columns, rows, format = String, children }: FigureProps) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const tableId = useId();
  // The table may hold thousands of cells: it catches up once a drag pauses, so the figure keeps answering within a frame.
  const deferredRows = useSettledValue(rows, TABLE_SETTLE_MS);
  return (
    <figure className="figure" data-figure={id}>
      <div className="figure-body">{children}</div>
      <figcaption>
        {caption}{' '}
        <button type="button" className="linkish" aria-expanded={open} aria-controls={tableId} onClick={() => setOpen(!open)}>
          {open ? t('hideData') : t('showData')}
        </button>
      </figcaption>
      <div id={tableId} className={open ? 'data-table open' : 'data-table sr-only'}>
        <DataTable
          id={id}
          caption={`${t('dataTableOf')}${id} ${t('rowsTruncated', { n: deferredRows.length })}`}
          columns={columns}
          rows={deferredRows}
          format={format}
          stale={deferredRows !== rows}
        />
      </div>
    </figure>
  );
}

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

interface DataTableProps {
  id: string;
  caption: string;
  columns: readonly string[];
  rows: readonly (readonly Cell[])[];
  format: (x: number) => string;
  /** True while the table still shows the previous rows (data-stale lets tests wait for it). */
  stale: boolean;
}

/** The table body is written as one HTML string: far cheaper than reconciling one React element per cell. */
const DataTable = memo(function DataTable({ id, caption, columns, rows, format, stale }: DataTableProps) {
  let body = '';
  for (const r of rows) {
    body += '<tr>';
    for (const c of r) body += typeof c === 'number' ? `<td data-v="${c}">${escape(format(c))}</td>` : `<td>${escape(c)}</td>`;
    body += '</tr>';
  }
  return (
    <table data-table={id} data-stale={stale || undefined}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c} scope="col">
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody dangerouslySetInnerHTML={{ __html: body }} />
    </table>
  );
});
