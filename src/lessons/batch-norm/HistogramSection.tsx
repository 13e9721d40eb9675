// Activation histograms per hidden layer of the inspected scale's two networks, with and without batch norm, from the run.
import { max, scaleLinear } from 'd3';
import { useEffect, useMemo, useState, type RefObject } from 'react';
import type { Lang } from '../../state/i18n';
import { useT } from '../../state/useText';
import type { LayerHistogram } from '../../engine/train';
import type { RunView } from '../../components/run';
import { Figure } from '../../components/Figure';
import { fmt, fmt6 } from '../../components/format';
import { SERIES } from '../../components/palette';
import { useChartDimensions } from '../../components/charts/useChartDimensions';
import { stdLabel } from './model';
import { HIST_BINS, INSPECT_COLUMNS } from './pythonInspect';
import { TEXT } from './text';

const COLUMNS = INSPECT_COLUMNS.histograms;
const BINS = HIST_BINS;
const MARGIN = { top: 4, right: 4, bottom: 20, left: 4 };

/** Both members' histograms (BN first), asked again whenever `key` changes; null until both answered. */
export function useHistogramPair(bn: RunView | undefined, plain: RunView | undefined, key: string, ready: boolean): [LayerHistogram[], LayerHistogram[]] | null {
  const [pair, setPair] = useState<[LayerHistogram[], LayerHistogram[]] | null>(null);
  useEffect(() => {
    if (!bn || !plain || !ready) return;
    let live = true;
    Promise.all([bn.histograms({ bins: BINS }), plain.histograms({ bins: BINS })]).then(
      ([a, b]) => live && setPair([a, b]),
      () => undefined, // a replaced or disposed run: the next key asks again
    );
    return () => {
      live = false;
    };
  }, [bn, plain, key, ready]);
  return bn && plain ? pair : null;
}

/** A histogram bar of one layer's activations (bn 1 or 0, layer 1-based). */
export interface HistogramRow {
  bn: 0 | 1;
  layer: number;
  bin_start: number;
  bin_end: number;
  count: number;
}

/** The table rows of both networks' histograms, BN first. */
export function histogramRows(pair: readonly [LayerHistogram[], LayerHistogram[]] | null): HistogramRow[] {
  if (!pair) return [];
  return pair.flatMap((layers, m) =>
    layers.flatMap((h) =>
      Array.from(h.counts, (count, i): HistogramRow => ({
        bn: m === 0 ? 1 : 0,
        layer: h.layer + 1,
        bin_start: h.lo + ((h.hi - h.lo) * i) / h.counts.length,
        bin_end: h.lo + ((h.hi - h.lo) * (i + 1)) / h.counts.length,
        count,
      })),
    ),
  );
}

function Bars({ h, color, title }: { h: LayerHistogram; color: string; title: string }) {
  const [ref, dims] = useChartDimensions<HTMLDivElement>(MARGIN, 0.7, 90);
  const n = h.counts.length;
  const x = scaleLinear().domain([0, n]).range([MARGIN.left, MARGIN.left + dims.innerWidth]);
  const y = scaleLinear().domain([0, max(h.counts) || 1]).range([MARGIN.top + dims.innerHeight, MARGIN.top]);
  return (
    <div className="bn-hist-cell">
      <h4>{title}</h4>
      <div ref={ref} className="chart">
        <svg width={dims.width} height={dims.height} viewBox={`0 0 ${dims.width} ${dims.height}`} aria-hidden="true">
          {Array.from(h.counts, (c, i) => (
            <rect key={i} x={x(i) + 0.5} width={Math.max(0, x(i + 1) - x(i) - 1)} y={y(c)} height={y(0) - y(c)} fill={color} />
          ))}
          <line x1={MARGIN.left} x2={MARGIN.left + dims.innerWidth} y1={y(0)} y2={y(0)} stroke="currentColor" />
          <text x={MARGIN.left} y={dims.height - 5} className="axis-tick">
            {fmt(h.lo, 2)}
          </text>
          <text x={MARGIN.left + dims.innerWidth} y={dims.height - 5} textAnchor="end" className="axis-tick">
            {fmt(h.hi, 2)}
          </text>
        </svg>
      </div>
    </div>
  );
}

interface Props {
  bn?: RunView;
  plain?: RunView;
  std: number;
  panel: number;
  epoch: number;
  ready: boolean;
  figureRef: RefObject<HTMLDivElement | null>;
  /** The figure's Python export (the script for the current settings). */
  python: (lang: Lang) => string;
}

export function HistogramFigure({ bn, plain, std, panel, epoch, ready, figureRef, python }: Props) {
  const t = useT();
  const pair = useHistogramPair(bn, plain, `${epoch}`, ready);
  const rows = useMemo(() => histogramRows(pair), [pair]);
  const zeros = (layers: LayerHistogram[]) => layers.map((h) => (h.total ? h.counts[0] / h.total : NaN));
  return (
    <div ref={figureRef}>
      <Figure id="batch-norm/histograms" caption={t(TEXT.histCaption, { std: stdLabel(std), panel, bins: BINS })} columns={COLUMNS} rows={rows} format={fmt6} python={python}>
        {pair ? (
          <div className="bn-hists" data-epoch={epoch}>
            {pair.map((layers, m) => (
              <div key={m} className="bn-hist-row" data-bn={m === 0 ? 1 : 0} data-zero-share={zeros(layers).join(' ')}>
                <h3>{t(m === 0 ? TEXT.withBn : TEXT.withoutBn)}</h3>
                <div className="bn-hist-layers">
                  {layers.map((h) => (
                    <Bars key={h.layer} h={h} color={SERIES[m].color} title={t(TEXT.layer, { k: h.layer + 1 })} />
                  ))}
                </div>
              </div>
            ))}
          </div>
        ) : (
          <p role="status">{t(TEXT.traceWaiting)}</p>
        )}
      </Figure>
    </div>
  );
}
