// The book's 16 small multiples: training accuracy per epoch with and without batch norm at each initial weight scale.
import { useCallback, useMemo, type RefObject } from 'react';
import { useT } from '../../state/useText';
import type { RunView } from '../../components/run';
import { Figure } from '../../components/Figure';
import { fmt6 } from '../../components/format';
import { RingLineChart, type RingSeries } from '../../components/charts/RingLineChart';
import { SERIES } from '../../components/palette';
import { useRingRows } from '../../components/useRingRows';
import { faster, memberOf, stdLabel, type PanelCurves } from './model';
import { TEXT } from './text';
import type { GridRow } from './bookView';
import { GRID_COLUMNS } from './python';
import type { Lang } from '../../state/i18n';

const [BN_STYLE, PLAIN_STYLE] = [SERIES[0], SERIES[1]];

/** The grid table's rows from the members' epoch rings. */
export function useGridRows(clients: readonly RunView[], stds: readonly number[]): GridRow[] {
  const read = useCallback(() => {
    const rows: GridRow[] = [];
    stds.forEach((std, k) => {
      for (const bn of [true, false]) {
        const r = clients[memberOf(k, bn)]?.epochs;
        if (!r) continue;
        for (let i = 0; i < r.length; i++) rows.push({ std, bn: bn ? 1 : 0, epoch: r.get('epoch', i) + 1, train_acc: r.get('trainAccuracy', i) });
      }
    });
    return rows;
  }, [clients, stds]);
  return useRingRows(clients, read, 500);
}

const divergedRun = (c: RunView | undefined) => c?.status.progress?.stopped === 'diverged';

/** Each panel's accuracies with and without BN, from the grid table, and which of its networks diverged. */
export function panelCurves(rows: readonly GridRow[], stds: readonly number[], clients: readonly RunView[]): PanelCurves[] {
  return stds.map((std, k) => {
    const of = (bn: 0 | 1) => rows.filter((r) => r.std === std && r.bn === bn).map((r) => r.train_acc);
    return { bn: of(1), plain: of(0), bnDiverged: divergedRun(clients[memberOf(k, true)]), plainDiverged: divergedRun(clients[memberOf(k, false)]) };
  });
}

interface Props {
  clients: readonly RunView[];
  stds: readonly number[];
  rows: GridRow[];
  curves: readonly PanelCurves[];
  epochs: number;
  focus: number;
  figureRef: RefObject<HTMLDivElement | null>;
  /** The figure's "Export → Python" script for the page's language. */
  python: (lang: Lang) => string;
}

function Panel({ client, plain, std, k, epochs, verdict, focus }: { client?: RunView; plain?: RunView; std: number; k: number; epochs: number; verdict: string; focus: boolean }) {
  const t = useT();
  const series = useMemo<RingSeries[]>(
    () =>
      client && plain
        ? [
            { ring: () => client.epochs, x: 'epoch', xOffset: 1, y: 'trainAccuracy', label: t(TEXT.withBn), style: BN_STYLE, split: 'train' },
            { ring: () => plain.epochs, x: 'epoch', xOffset: 1, y: 'trainAccuracy', label: t(TEXT.withoutBn), style: PLAIN_STYLE, split: 'train' },
          ]
        : [],
    [client, plain, t],
  );
  const sources = useMemo(() => (client && plain ? [client, plain] : []), [client, plain]);
  const diverged = [client, plain].map((c) => (c?.status.progress?.stopped === 'diverged' ? c.status.progress.divergedAt : null));
  return (
    <div className={`grid-panel${focus ? ' grid-panel-focus' : ''}`} data-panel={k + 1} data-std={std} data-faster={verdict}>
      <h3>{t(TEXT.panelTitle, { k: k + 1, std: stdLabel(std) })}</h3>
      <RingLineChart series={series} sources={sources} yDomain={[0, 1]} xMax={epochs} xLabel={t(TEXT.epoch)} yLabel={t(TEXT.accuracy)} aspect={0.75} />
      {diverged.map((at, i) =>
        at === null ? null : (
          <p key={i} className="panel-diverged" data-diverged={i === 0 ? 'bn' : 'plain'}>
            {t(TEXT.panelDiverged, { net: t(i === 0 ? TEXT.withBn : TEXT.withoutBn), step: at })}
          </p>
        ),
      )}
    </div>
  );
}

export function GridFigure({ clients, stds, rows, curves, epochs, focus, figureRef, python }: Props) {
  const t = useT();
  return (
    <div ref={figureRef}>
      <Figure id="batch-norm/grid" caption={t(TEXT.gridCaption, { count: stds.length })} columns={GRID_COLUMNS} rows={rows} format={fmt6} python={python}>
        <div className="bn-grid">
          {stds.map((std, k) => (
            <Panel
              key={k}
              k={k}
              std={std}
              client={clients[memberOf(k, true)]}
              plain={clients[memberOf(k, false)]}
              epochs={epochs}
              verdict={faster(curves[k]) ?? 'none'}
              focus={k === focus}
            />
          ))}
        </div>
      </Figure>
    </div>
  );
}
