// The book's best-k panels: validation (dashed) and training (solid) accuracy per epoch of the k trials with the best validation accuracy.
import { useMemo, type RefObject } from 'react';
import { useT } from '../../state/useText';
import type { RunView } from '../../components/run';
import { Figure } from '../../components/Figure';
import { fmt, fmt6 } from '../../components/format';
import { RingLineChart, type RingSeries } from '../../components/charts/RingLineChart';
import { SERIES } from '../../components/palette';
import { BEST_COLUMNS, type TrialResult } from './model';
import { TEXT } from './text';

export { BEST_COLUMNS };

/** One epoch (1-based) of one of the best trials. */
export interface BestRow {
  rank: number;
  trial: number;
  epoch: number;
  train_acc: number;
  val_acc: number;
}

/** The epochs of the best trials, from their epoch rings. */
export function bestRows(best: readonly TrialResult[], clients: readonly RunView[]): BestRow[] {
  return best.flatMap((b, k) => {
    const r = clients[b.trial - 1]?.epochs;
    if (!r) return [];
    return Array.from({ length: r.length }, (_, i) => ({ rank: k + 1, trial: b.trial, epoch: r.get('epoch', i) + 1, train_acc: r.get('trainAccuracy', i), val_acc: r.get('validationAccuracy', i) }));
  });
}

function Panel({ client, result, rank, epochs }: { client?: RunView; result: TrialResult; rank: number; epochs: number }) {
  const t = useT();
  const series = useMemo<RingSeries[]>(
    () =>
      client
        ? [
            { ring: () => client.epochs, x: 'epoch', xOffset: 1, y: 'validationAccuracy', label: t(TEXT.seriesVal), style: SERIES[0], split: 'test' },
            { ring: () => client.epochs, x: 'epoch', xOffset: 1, y: 'trainAccuracy', label: t(TEXT.seriesTrain), style: SERIES[1], split: 'train' },
          ]
        : [],
    [client, t],
  );
  const sources = useMemo(() => (client ? [client] : []), [client]);
  return (
    <div className="hp-panel" data-rank={rank} data-trial={result.trial}>
      <h3>{t(TEXT.panelTitle, { rank, acc: fmt(100 * result.valAcc, 3) })}</h3>
      <p className="hp-panel-sub">{t(TEXT.panelSub, { lr: fmt(result.lr, 2), wd: fmt(result.weightDecay, 2) })}</p>
      <RingLineChart series={series} sources={sources} yDomain={[0, 1]} xMax={epochs} xLabel={t(TEXT.epoch)} yLabel={t(TEXT.accuracy)} aspect={0.62} />
    </div>
  );
}

interface Props {
  best: readonly TrialResult[];
  clients: readonly RunView[];
  epochs: number;
  figureRef?: RefObject<HTMLDivElement | null>;
  /** The figure's "Export → Python" script for the page's language. */
  python?: (lang: 'zh' | 'en') => string;
}

export function BestCurves({ best, clients, epochs, figureRef, python }: Props) {
  const t = useT();
  const rows = useMemo(() => bestRows(best, clients), [best, clients]);
  return (
    <div ref={figureRef}>
      <Figure id="hyperparameter-search/best" caption={t(TEXT.bestCaption, { k: best.length })} columns={BEST_COLUMNS} rows={rows} format={fmt6} python={python}>
        <div className="hp-best">
          {best.map((b, k) => (
            <Panel key={b.trial} client={clients[b.trial - 1]} result={b} rank={k + 1} epochs={epochs} />
          ))}
        </div>
      </Figure>
    </div>
  );
}
