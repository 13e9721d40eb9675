// A line chart drawn straight from ring buffers: paths are rewritten through refs once per frame, React only
// re-renders when the axes' rounded domain changes. Linear or log y; each series differs by colour and dash.
import { line, scaleLinear, scaleLog, type ScaleContinuousNumeric } from 'd3';
import { useCallback, useRef, useState } from 'react';
import type { RingTable, Subscribable } from '../../worker/ring/ringTable';
import { useRingSubscription } from '../ring/useRingSubscription';
import type { SeriesStyle } from '../palette';
import { useChartDimensions } from './useChartDimensions';

export interface RingSeries {
  /** The ring to read (a getter: a client replaces its step ring when it creates a new trainer). */
  ring: () => RingTable<string>;
  x: string;
  y: string;
  label: string;
  style: SeriesStyle;
}

interface Props {
  series: readonly RingSeries[];
  /** What to subscribe to (the clients, which are replaced-ring aware). */
  sources: readonly Subscribable[];
  yScale?: 'linear' | 'log';
  xLabel: string;
  yLabel: string;
  /** Fixed y domain (e.g. [0, 1] for accuracy); default: the data's extent. */
  yDomain?: [number, number];
  /** Fixed x domain lower/upper bound (e.g. the epoch budget). */
  xMax?: number;
  aspect?: number;
}

const MARGIN = { top: 10, right: 12, bottom: 38, left: 52 };

/** 0 … n − 1, reused across frames (grown on demand) so drawing does not allocate an index array per frame. */
let indices = new Uint32Array(0);
function rowIndices(n: number): Uint32Array {
  if (indices.length < n) indices = Uint32Array.from({ length: Math.max(n, 2 * indices.length) }, (_, i) => i);
  return indices.subarray(0, n);
}

/** Rounds a domain outward to a "nice" one so axes change rarely. */
function niceDomain(lo: number, hi: number, log: boolean): [number, number] {
  if (log) return [Math.pow(10, Math.floor(Math.log10(lo))), Math.pow(10, Math.ceil(Math.log10(hi)))];
  const s = scaleLinear().domain([lo, hi]).nice(5).domain();
  return [s[0], s[1]];
}

export function RingLineChart({ series, sources, yScale = 'linear', xLabel, yLabel, yDomain, xMax, aspect = 0.55 }: Props) {
  const [ref, dims] = useChartDimensions<HTMLDivElement>(MARGIN, aspect);
  const paths = useRef<(SVGPathElement | null)[]>([]);
  const log = yScale === 'log';
  const [domain, setDomain] = useState<{ x: [number, number]; y: [number, number] }>({ x: [0, xMax ?? 1], y: yDomain ?? (log ? [1e-3, 10] : [0, 1]) });

  const x = scaleLinear().domain(domain.x).range([MARGIN.left, MARGIN.left + dims.innerWidth]);
  const y: ScaleContinuousNumeric<number, number> = (log ? scaleLog() : scaleLinear()).domain(domain.y).range([MARGIN.top + dims.innerHeight, MARGIN.top]).clamp(true);

  const plottable = useCallback((v: number) => Number.isFinite(v) && (!log || v > 0), [log]);
  const draw = useCallback(() => {
    let xHi = xMax ?? 1;
    let yLo = Infinity, yHi = -Infinity;
    // Runs every frame while training: read the rings in place, allocate nothing per row.
    for (const s of series) {
      const ring = s.ring();
      if (ring.length === 0) continue;
      xHi = Math.max(xHi, ring.last(s.x));
      for (let k = 0; k < ring.length; k++) {
        const v = ring.get(s.y, k);
        if (!plottable(v)) continue;
        if (v < yLo) yLo = v;
        if (v > yHi) yHi = v;
      }
    }
    const nextY: [number, number] = yDomain ?? (yLo <= yHi ? niceDomain(yLo, yHi === yLo ? yLo + 1 : yHi, log) : domain.y);
    const nextX: [number, number] = [0, xMax ?? niceDomain(0, xHi, false)[1]];
    if (nextX[0] !== domain.x[0] || nextX[1] !== domain.x[1] || nextY[0] !== domain.y[0] || nextY[1] !== domain.y[1]) {
      setDomain({ x: nextX, y: nextY }); // rare: the axes move; the paths redraw with the new scales
      return;
    }
    series.forEach((s, i) => {
      const el = paths.current[i];
      if (!el) return;
      const ring = s.ring();
      const gen = line<number>()
        .defined((k) => plottable(ring.get(s.y, k)))
        .x((k) => x(ring.get(s.x, k)))
        .y((k) => y(ring.get(s.y, k)));
      el.setAttribute('d', gen(rowIndices(ring.length)) ?? '');
    });
  }, [series, log, yDomain, xMax, domain, x, y, plottable]);

  useRingSubscription(sources, draw);

  const xTicks = x.ticks(6);
  const yTicks = log ? y.ticks(4).filter((v) => Number.isInteger(Math.log10(v))) : y.ticks(5);
  const fmtY = log ? (v: number) => `1e${Math.log10(v)}` : y.tickFormat(5);
  return (
    <div ref={ref} className="chart ring-line-chart">
      <svg width={dims.width} height={dims.height} viewBox={`0 0 ${dims.width} ${dims.height}`}>
        <g className="axis axis-bottom">
          <line x1={MARGIN.left} x2={MARGIN.left + dims.innerWidth} y1={MARGIN.top + dims.innerHeight} y2={MARGIN.top + dims.innerHeight} stroke="currentColor" />
          {xTicks.map((v) => (
            <text key={v} x={x(v)} y={MARGIN.top + dims.innerHeight + 16} textAnchor="middle">
              {x.tickFormat(6)(v)}
            </text>
          ))}
          <text className="axis-label" x={MARGIN.left + dims.innerWidth} y={dims.height - 4} textAnchor="end">
            {xLabel}
          </text>
        </g>
        <g className="axis axis-left">
          <line x1={MARGIN.left} x2={MARGIN.left} y1={MARGIN.top} y2={MARGIN.top + dims.innerHeight} stroke="currentColor" />
          {yTicks.map((v) => (
            <g key={v}>
              <line x1={MARGIN.left} x2={MARGIN.left + dims.innerWidth} y1={y(v)} y2={y(v)} className="gridline" />
              <text x={MARGIN.left - 6} y={y(v)} dy="0.32em" textAnchor="end">
                {fmtY(v).replace('-', '−')}
              </text>
            </g>
          ))}
          <text className="axis-label" transform={`translate(12,${MARGIN.top}) rotate(-90)`} textAnchor="end">
            {yLabel}
          </text>
        </g>
        {series.map((s, i) => (
          <path
            key={s.label}
            ref={(el) => {
              paths.current[i] = el;
            }}
            data-series={s.label}
            fill="none"
            stroke={s.style.color}
            strokeWidth={2}
            strokeDasharray={s.style.dash}
          />
        ))}
      </svg>
      <ul className="legend">
        {series.map((s) => (
          <li key={s.label}>
            <svg width={28} height={10} aria-hidden="true">
              <line x1={0} x2={28} y1={5} y2={5} stroke={s.style.color} strokeWidth={2.5} strokeDasharray={s.style.dash} />
            </svg>
            {s.label}
          </li>
        ))}
      </ul>
    </div>
  );
}
