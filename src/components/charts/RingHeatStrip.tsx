// A heat strip drawn from a ring buffer: rows (e.g. layers) × steps, colour = log10 of the value, with a crosshair readout.
import { interpolateViridis, scaleLinear } from 'd3';
import { useCallback, useId, useLayoutEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { useT } from '../../state/useText';
import type { RingTable, Subscribable } from '../../worker/page/ringTable';
import { fmt } from '../format';
import { useRingSubscription } from '../ring/useRingSubscription';
import { CrosshairReadout } from './Crosshair';
import { decadeDomain, heatCells, levelOf, type HeatCells } from './heatCells';
import { CHART_TEXT } from './text';
import { useChartDimensions } from './useChartDimensions';

interface Props {
  ring: () => RingTable<string>;
  sources: readonly Subscribable[];
  /** Strip row r (drawn from the bottom up) reads ring column columns[r]. */
  columns: readonly string[];
  /** Row r's name on the axis and in the readout. */
  rowLabel(r: number): string;
  /** The ring's x column (e.g. 'step', from 1) and the x range drawn, 1 … xMax. */
  x: string;
  xMax: number;
  xLabel: string;
  yLabel: string;
  /** What the colour is, for the legend and the readout (e.g. "‖∂L/∂W‖"). */
  valueLabel: string;
  aspect?: number;
}

const MARGIN = { top: 10, right: 12, bottom: 76, left: 52 };
const LEVELS = 24;
const MAX_COLS = 200;
const BAD_FILL = '#b0b0b0';
const colourOf = (level: number) => interpolateViridis((level + 0.5) / LEVELS);
const EMPTY: HeatCells = { cols: 1, rows: 0, bucket: 1, log10: new Float64Array(0), bad: new Uint8Array(0), extent: [NaN, NaN] };

/** One `M x y h w v h h −w z` rectangle per cell of each colour level: LEVELS + 1 paths, however many cells. */
function levelPaths(cells: HeatCells, domain: [number, number], box: { left: number; top: number; width: number; height: number }): string[] {
  const out = Array.from({ length: LEVELS + 1 }, () => [] as string[]);
  const w = box.width / cells.cols;
  const h = box.height / Math.max(1, cells.rows);
  for (let c = 0; c < cells.cols; c++) {
    for (let r = 0; r < cells.rows; r++) {
      const k = c * cells.rows + r;
      const v = cells.log10[k];
      const level = cells.bad[k] ? LEVELS : Number.isFinite(v) ? levelOf(v, domain[0], domain[1], LEVELS) : -1;
      if (level < 0) continue;
      const x0 = box.left + c * w;
      const y0 = box.top + box.height - (r + 1) * h;
      out[level].push(`M${x0.toFixed(1)},${y0.toFixed(1)}h${(w + 0.3).toFixed(1)}v${(h + 0.3).toFixed(1)}h${(-w - 0.3).toFixed(1)}z`);
    }
  }
  return out.map((p) => p.join(''));
}

export function RingHeatStrip({ ring, sources, columns, rowLabel, x, xMax, xLabel, yLabel, valueLabel, aspect = 0.5 }: Props) {
  const t = useT();
  const readoutId = useId();
  const [ref, dims] = useChartDimensions<HTMLDivElement>(MARGIN, aspect);
  const paths = useRef<(SVGPathElement | null)[]>([]);
  const cellsRef = useRef<HeatCells>(EMPTY);
  const [domain, setDomain] = useState<[number, number]>([-1, 0]);
  const [cursor, setCursor] = useState<{ c: number; r: number } | null>(null);
  const rows = columns.length;
  const box = { left: MARGIN.left, top: MARGIN.top, width: dims.innerWidth, height: dims.innerHeight };

  const draw = useCallback(() => {
    const table = ring();
    const cells = heatCells({ length: table.length, x: (i) => table.get(x, i), value: (r, i) => table.get(columns[r], i) }, rows, xMax, MAX_COLS);
    cellsRef.current = cells;
    const next = decadeDomain(cells.extent);
    const d = levelPaths(cells, next, box);
    d.forEach((p, i) => paths.current[i]?.setAttribute('d', p));
    if (next[0] !== domain[0] || next[1] !== domain[1]) setDomain(next);
    // box is derived from dims each render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ring, x, columns, rows, xMax, domain, dims.innerWidth, dims.innerHeight]);
  useRingSubscription(sources, draw);
  useLayoutEffect(draw, [draw]);

  const cols = Math.max(1, Math.ceil(xMax / Math.max(1, Math.ceil(xMax / MAX_COLS))));
  const cellW = dims.innerWidth / cols;
  const cellH = dims.innerHeight / Math.max(1, rows);
  const xs = scaleLinear().domain([0, xMax]).range([MARGIN.left, MARGIN.left + dims.innerWidth]);
  const bottom = MARGIN.top + dims.innerHeight;
  const rowStep = Math.max(1, Math.ceil(rows / Math.max(1, Math.floor(dims.innerHeight / 14))));
  const legendY = bottom + 46;
  const legend = scaleLinear().domain(domain).range([MARGIN.left, MARGIN.left + Math.min(dims.innerWidth, 320)]);

  const onPointerMove = (e: PointerEvent<SVGSVGElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    if (!r.width || !r.height) return;
    const px = ((e.clientX - r.left) / r.width) * dims.width - MARGIN.left;
    const py = bottom - ((e.clientY - r.top) / r.height) * dims.height;
    if (px < 0 || px > dims.innerWidth || py < 0 || py > dims.innerHeight) return setCursor(null);
    setCursor({ c: Math.min(cols - 1, Math.floor(px / cellW)), r: Math.min(rows - 1, Math.floor(py / cellH)) });
  };
  const onKeyDown = (e: KeyboardEvent<SVGSVGElement>) => {
    const at = cursor ?? { c: Math.max(0, Math.ceil(ring().length ? ring().last(x) / cellsRef.current.bucket : 1) - 1), r: 0 };
    const moves: Record<string, { c: number; r: number }> = {
      ArrowLeft: { c: at.c - 1, r: at.r },
      ArrowRight: { c: at.c + 1, r: at.r },
      ArrowUp: { c: at.c, r: at.r + 1 },
      ArrowDown: { c: at.c, r: at.r - 1 },
      Home: { c: 0, r: at.r },
      End: { c: cols - 1, r: at.r },
    };
    if (e.key === 'Escape') return setCursor(null);
    const to = moves[e.key];
    if (!to) return;
    e.preventDefault();
    setCursor({ c: Math.min(cols - 1, Math.max(0, to.c)), r: Math.min(rows - 1, Math.max(0, to.r)) });
  };

  const cells = cellsRef.current;
  const read = cursor && cursor.c < cells.cols && cursor.r < cells.rows ? cells.log10[cursor.c * cells.rows + cursor.r] : NaN;
  const bucket = cells.bucket;
  const span = cursor ? (bucket === 1 ? `${cursor.c + 1}` : `${cursor.c * bucket + 1}–${Math.min(xMax, (cursor.c + 1) * bucket)}`) : '';
  const title = cursor ? `${xLabel} ${span} · ${yLabel} ${rowLabel(cursor.r)}` : null;
  const bad = cursor ? cells.bad[cursor.c * cells.rows + cursor.r] === 1 : false;
  const value = bad ? t(CHART_TEXT.notFinite) : Number.isFinite(read) ? fmt(10 ** read, 3) : '—';

  return (
    <div ref={ref} className="chart heat-strip" data-lo={domain[0]} data-hi={domain[1]} data-rows={rows}>
      <svg
        width={dims.width}
        height={dims.height}
        viewBox={`0 0 ${dims.width} ${dims.height}`}
        role="img"
        aria-label={t(CHART_TEXT.stripLabel, { x: xLabel, y: yLabel, v: valueLabel })}
        aria-describedby={readoutId}
        tabIndex={0}
        onPointerMove={onPointerMove}
        onPointerLeave={() => setCursor(null)}
        onKeyDown={onKeyDown}
        onBlur={() => setCursor(null)}
      >
        <rect x={MARGIN.left} y={MARGIN.top} width={dims.innerWidth} height={dims.innerHeight} className="heat-empty" />
        {Array.from({ length: LEVELS + 1 }, (_, i) => (
          <path key={i} ref={(el) => void (paths.current[i] = el)} fill={i === LEVELS ? BAD_FILL : colourOf(i)} data-level={i} />
        ))}
        <g className="axis axis-bottom">
          <line x1={MARGIN.left} x2={MARGIN.left + dims.innerWidth} y1={bottom} y2={bottom} stroke="currentColor" />
          {xs.ticks(6).map((v) => (
            <text key={v} x={xs(v)} y={bottom + 16} textAnchor="middle">
              {v}
            </text>
          ))}
          <text className="axis-label" x={MARGIN.left + dims.innerWidth} y={bottom + 32} textAnchor="end">
            {xLabel}
          </text>
        </g>
        <g className="axis axis-left">
          {Array.from({ length: rows }, (_, r) => r)
            .filter((r) => r % rowStep === 0 || r === rows - 1)
            .map((r) => (
              <text key={r} x={MARGIN.left - 6} y={bottom - (r + 0.5) * cellH} dy="0.32em" textAnchor="end">
                {rowLabel(r)}
              </text>
            ))}
          <text className="axis-label" transform={`translate(12,${MARGIN.top}) rotate(-90)`} textAnchor="end">
            {yLabel}
          </text>
        </g>
        <g className="axis heat-legend" aria-hidden="true">
          {Array.from({ length: LEVELS }, (_, i) => (
            <rect key={i} x={legend(domain[0] + ((domain[1] - domain[0]) * i) / LEVELS)} y={legendY} width={(legend.range()[1] - legend.range()[0]) / LEVELS + 0.5} height={8} fill={colourOf(i)} />
          ))}
          {Array.from({ length: domain[1] - domain[0] + 1 }, (_, i) => domain[0] + i)
            .filter((v, i, all) => all.length <= 8 || i % Math.ceil(all.length / 8) === 0 || v === domain[1])
            .map((v) => (
              <text key={v} x={legend(v)} y={legendY + 20} textAnchor="middle">
                {`1e${v}`.replace('-', '−')}
              </text>
            ))}
          <rect x={legend.range()[1] + 16} y={legendY} width={12} height={8} fill={BAD_FILL} />
          <text x={legend.range()[1] + 32} y={legendY + 8}>
            {t(CHART_TEXT.notFinite)}
          </text>
          <text x={MARGIN.left} y={legendY - 5} className="axis-label">
            {valueLabel}
          </text>
        </g>
        {cursor && (
          <rect className="xhair-cell" x={MARGIN.left + cursor.c * cellW} y={bottom - (cursor.r + 1) * cellH} width={cellW} height={cellH} fill="none" stroke="currentColor" strokeWidth={2} pointerEvents="none" />
        )}
      </svg>
      <CrosshairReadout
        id={readoutId}
        hint={t(CHART_TEXT.stripHint)}
        title={title}
        items={title ? [{ label: valueLabel, value }] : []}
        side={cursor && cursor.c > cols / 2 ? 'left' : 'right'}
      />
    </div>
  );
}
