// The panels where this run stopped a network as diverged, drawn as the book's figure draws them: numpy goes on with NaN
// weights and scores every digit as a 0, a flat line at the share of zeros (see bookView.ts); beside it, the sentence that says why.
import { useMemo, type RefObject } from 'react';
import type { Lang } from '../../state/i18n';
import { useT } from '../../state/useText';
import type { RunView } from '../../components/run';
import { Figure } from '../../components/Figure';
import { fmt, fmt6 } from '../../components/format';
import { PointLineChart, type PointSeries } from '../../components/charts/PointLineChart';
import { SERIES } from '../../components/palette';
import { Prose } from '../../components/Prose';
import { useMnistLabels } from '../../components/useMnistLabels';
import { BOOK_VIEW_COLUMNS, bookViewRows, nanAccuracy, stoppedPanels, type BookViewRow, type GridRow, type Stopped } from './bookView';
import { memberOf, stdLabel } from './model';
import { TEXT } from './text';

const pct = (x: number) => (Number.isFinite(x) ? `${fmt(100 * x, 3)} %` : '…');

/** The networks of the grid that stopped as diverged, in panel order, BN first. */
export function stoppedNetworks(clients: readonly RunView[], count: number): Stopped[] {
  return Array.from({ length: count }, (_, k) => k).flatMap((k) =>
    [true, false].flatMap((bn) => {
      const p = clients[memberOf(k, bn)]?.status.progress;
      return p?.stopped === 'diverged' ? [{ k, bn, at: p.divergedAt }] : [];
    }),
  );
}

interface PanelProps {
  k: number;
  std: number;
  rows: readonly BookViewRow[];
  stopped: readonly Stopped[];
  epochs: number;
  nanAcc: number;
}

function BookPanel({ k, std, rows, stopped, epochs, nanAcc }: PanelProps) {
  const t = useT();
  const series: PointSeries[] = [true, false].map((bn, i) => ({
    label: t(bn ? TEXT.withBn : TEXT.withoutBn),
    style: SERIES[i],
    split: 'train',
    markers: true,
    points: rows.filter((r) => r.std === std && r.bn === (bn ? 1 : 0)).map((r) => [r.epoch, r.train_acc] as const),
  }));
  return (
    <div className="bn-book-panel" data-panel={k + 1} data-std={std}>
      <h3>{t(TEXT.panelTitle, { k: k + 1, std: stdLabel(std) })}</h3>
      <PointLineChart series={series} xScale="linear" xDomain={[1, Math.max(2, epochs)]} yScale="linear" yDomain={[0, 1]} xLabel={t(TEXT.epoch)} yLabel={t(TEXT.accuracy)} aspect={0.62} />
      {stopped.map((s) => (
        <p key={String(s.bn)} className="panel-diverged" data-book-nan={s.bn ? 'bn' : 'plain'}>
          {t(TEXT.bookViewNote, { net: t(s.bn ? TEXT.withBn : TEXT.withoutBn), step: s.at, acc: pct(nanAcc) })}
        </p>
      ))}
    </div>
  );
}

interface Props {
  clients: readonly RunView[];
  stds: readonly number[];
  grid: readonly GridRow[];
  epochs: number;
  n: number;
  /** The run trains while this figure is on screen too (an embed may show it without the grid). */
  figureRef: RefObject<HTMLDivElement | null>;
  /** The figure's Python export (the script for the current settings). */
  python: (lang: Lang) => string;
}

export function BookViewSection({ clients, stds, grid, epochs, n, figureRef, python }: Props) {
  const t = useT();
  const { labels, error } = useMnistLabels();
  // The statuses are read at every render; the list keeps its identity until a network stops.
  const key = JSON.stringify(stoppedNetworks(clients, stds.length));
  const stopped = useMemo<Stopped[]>(() => JSON.parse(key), [key]);
  const nanAcc = labels ? nanAccuracy(labels, n) : NaN;
  const zeros = labels ? Math.round(nanAcc * Math.min(n, labels.length)) : NaN;
  const rows = useMemo(() => bookViewRows(stopped, stds, grid, epochs, nanAcc), [stopped, stds, grid, epochs, nanAcc]);
  const panels = stoppedPanels(stopped);
  return (
    <section className="lesson-figure-row bn-book-row" data-embed="book-view">
      <div className="figure-col" ref={figureRef}>
        <h2>{t(TEXT.bookViewTitle)}</h2>
        <Figure id="batch-norm/book-view" caption={t(TEXT.bookViewCaption, { n, epochs, acc: pct(nanAcc) })} columns={BOOK_VIEW_COLUMNS} rows={rows} format={fmt6} python={python}>
          {panels.length ? (
            <div className="bn-book-panels" data-nan-acc={Number.isFinite(nanAcc) ? nanAcc : ''}>
              {panels.map((k) => (
                <BookPanel key={k} k={k} std={stds[k]} rows={rows} stopped={stopped.filter((s) => s.k === k)} epochs={epochs} nanAcc={nanAcc} />
              ))}
            </div>
          ) : (
            <p role="status">{t(TEXT.bookViewNone)}</p>
          )}
          {error && <p role="alert">{error.message}</p>}
        </Figure>
      </div>
      <div className="side-col prose" data-reading="book-nan" data-zeros={Number.isFinite(zeros) ? zeros : ''} data-n={n}>
        <Prose text={t(TEXT.bookView, { zeros: Number.isFinite(zeros) ? zeros : '…', n, acc: pct(nanAcc) })} />
      </div>
    </section>
  );
}
