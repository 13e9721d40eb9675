// <figure data-figure="<lesson>/<name>"> with a caption, the data table of what it plots (always in the DOM) and exports.
import { memo, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { currentSettingsJson, toCsv } from '../state/exportData';
import type { Lang } from '../state/i18n';
import { useStore } from '../state/store';
import { shareUrl } from '../state/urlSync';
import { useT } from '../state/useText';
import { download, exportSvg, svgToPng } from './figureExport';
import { tableCells, type Cell, type Columns, type Row } from './Table';
import { useFocusWhileOverflowing } from './useFocusWhileOverflowing';
import { useSettledValue } from './useSettledValue';

export type { Cell, Columns, Row, Table } from './Table';

/** How long the figure's input must be still before its data table is rewritten. */
export const TABLE_SETTLE_MS = 150;

export interface FigureProps<R extends Row<R>> {
  /** "<lesson-id>/<name>"; the name is what embed links pick with figure=<name>. */
  id: string;
  caption: ReactNode;
  /** Column keys of the rows, in display order; each is also the column's header text. */
  columns: Columns<R>;
  /** One object per row, keyed by column; a missing key is an empty cell. */
  rows: readonly R[];
  /** Formats numeric cells for display; the exact value stays in data-v. */
  format?: (x: number) => string;
  /** "Reproduce in Python": the figure's current settings as a numpy script (comments in `lang`) that prints its table. */
  python?: (lang: Lang) => string;
  children: ReactNode;
}

type ExportKind = 'png' | 'svg' | 'csv' | 'json' | 'py';
const EXPORTS: { kind: ExportKind; label: string; text: 'downloadPng' | 'downloadSvg' | 'downloadCsv' | 'downloadJson' }[] = [
  { kind: 'png', label: 'PNG', text: 'downloadPng' },
  { kind: 'svg', label: 'SVG', text: 'downloadSvg' },
  { kind: 'csv', label: 'CSV', text: 'downloadCsv' },
  { kind: 'json', label: 'JSON', text: 'downloadJson' },
];

export function Figure<R extends Row<R>>({ id, caption, columns, rows, format = String, python, children }: FigureProps<R>) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const tableId = useId();
  const ref = useRef<HTMLElement>(null);
  const tableBox = useRef<HTMLDivElement>(null);
  useFocusWhileOverflowing(tableBox);
  const registerFigure = useStore((s) => s.registerFigure);
  useEffect(() => registerFigure(id), [id, registerFigure]);
  // The table may hold thousands of cells: it catches up once a drag pauses, so the figure keeps answering within a frame.
  const deferredRows = useSettledValue(rows, TABLE_SETTLE_MS);

  const save = async (kind: ExportKind) => {
    setError(null);
    const s = useStore.getState();
    const base = id.replace(/\//g, '-');
    try {
      if (kind === 'csv') return download(new Blob([toCsv(columns, tableCells(columns, rows))], { type: 'text/csv;charset=utf-8' }), `${base}.csv`);
      if (kind === 'py' && python) return download(new Blob([python(s.lang)], { type: 'text/x-python;charset=utf-8' }), `${base}.py`);
      if (kind === 'json') {
        return download(new Blob([currentSettingsJson(s)], { type: 'application/json' }), `${s.lessonId ?? 'lesson'}-settings.json`);
      }
      const fig = ref.current;
      if (!fig) return;
      const captionText = fig.querySelector('.figure-caption-text')?.textContent?.trim() ?? '';
      const svg = exportSvg(fig, { caption: captionText, lang: s.lang, credit: shareUrl(s) });
      if (kind === 'svg') return download(new Blob([svg.text], { type: 'image/svg+xml' }), `${base}-${s.lang}.svg`);
      download(await svgToPng(svg.text, svg.width, svg.height), `${base}-${s.lang}.png`);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <figure className="figure" data-figure={id} ref={ref}>
      <div className="figure-body">{children}</div>
      <figcaption>
        <span className="figure-caption-text">{caption}</span>{' '}
        <button type="button" className="linkish" aria-expanded={open} aria-controls={tableId} onClick={() => setOpen(!open)}>
          {open ? t('hideData') : t('showData')}
        </button>
      </figcaption>
      <div className="figure-tools" role="group" aria-label={t('download')}>
        <span className="figure-tools-label" aria-hidden="true">
          {t('labelColon', { label: t('download') })}
        </span>
        {EXPORTS.map((x) => (
          <button key={x.kind} type="button" data-export={x.kind} aria-label={t(x.text)} title={t(x.text)} onClick={() => void save(x.kind)}>
            {x.label}
          </button>
        ))}
        {python && (
          <button type="button" data-export="py" aria-label={t('downloadPython')} title={t('downloadPython')} onClick={() => void save('py')}>
            Python
          </button>
        )}
        {error && (
          <span className="export-error" role="alert">
            {t('exportFailed', { msg: error })}
          </span>
        )}
      </div>
      <div ref={tableBox} id={tableId} className={open ? 'data-table open' : 'data-table sr-only'}>
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

/** One cell's HTML: a number keeps its exact value in data-v; a missing cell (undefined, null) is an empty cell, never an exception. */
export function cellHtml(c: Cell | null | undefined, format: (x: number) => string): string {
  if (typeof c === 'number') return `<td data-v="${c}">${escape(format(c))}</td>`;
  return c === undefined || c === null ? '<td data-missing></td>' : `<td>${escape(String(c))}</td>`;
}

interface DataTableProps {
  id: string;
  caption: string;
  columns: readonly string[];
  rows: readonly Readonly<Record<string, Cell | undefined>>[];
  format: (x: number) => string;
  /** True while the table still shows the previous rows (data-stale lets tests wait for it). */
  stale: boolean;
}

/** The table body's HTML: one row per object, its cells in the columns' order (a key the row lacks is an empty cell). */
export function tableBodyHtml(columns: readonly string[], rows: DataTableProps['rows'], format: (x: number) => string): string {
  let body = '';
  for (const r of rows) {
    body += '<tr>';
    for (const c of columns) body += cellHtml(r[c], format);
    body += '</tr>';
  }
  return body;
}

/** The table body is written as one HTML string: far cheaper than reconciling one React element per cell. */
const DataTable = memo(function DataTable({ id, caption, columns, rows, format, stale }: DataTableProps) {
  const body = tableBodyHtml(columns, rows, format);
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
