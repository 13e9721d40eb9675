// <figure data-figure="<lesson>/<name>"> with a caption and the data table of what it plots (always in the DOM).
import { useId, useState, type ReactNode } from 'react';
import { useT } from '../app/useText';

export type Cell = string | number;

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
        <table data-table={id}>
          <caption>
            {t('dataTableOf')}
            {id} {t('rowsTruncated', { n: rows.length })}
          </caption>
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c} scope="col">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={i}>
                {r.map((c, j) =>
                  typeof c === 'number' ? (
                    <td key={j} data-v={String(c)}>
                      {format(c)}
                    </td>
                  ) : (
                    <td key={j}>{c}</td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
