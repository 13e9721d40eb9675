// A small chart of given series (x, y points): linear x, or log x with a separate slot for x = 0 at the left; linear or log y.
import { line, scaleLinear, scaleLog, type ScaleContinuousNumeric } from 'd3';
import { fmt } from '../../components/format';
import { useChartDimensions } from '../../components/charts/useChartDimensions';
import type { SeriesStyle } from '../../components/palette';

export interface PointSeries {
  label: string;
  style: SeriesStyle;
  /** Points in x order; non-finite (or, on a log axis, non-positive) values leave gaps. */
  points: readonly (readonly [number, number])[];
  /** Draw a marker at every point (the sweep) or only the line (curves over epochs). */
  markers?: boolean;
}

interface Props {
  series: readonly PointSeries[];
  /** 'log0': log x over [xMin, xMax] plus a slot for x = 0 left of it. */
  xScale: 'linear' | 'log0';
  xDomain: [number, number];
  yScale: 'linear' | 'log';
  xLabel: string;
  yLabel: string;
  aspect?: number;
}

const MARGIN = { top: 10, right: 12, bottom: 38, left: 52 };
/** Width of the x = 0 slot of a 'log0' axis, in pixels. */
const ZERO_SLOT = 56;

/** The [lo, hi] of the plottable y values, widened to whole decades on a log axis. */
function yExtent(series: readonly PointSeries[], log: boolean): [number, number] {
  let lo = Infinity, hi = -Infinity;
  for (const s of series) {
    for (const [, y] of s.points) {
      if (!Number.isFinite(y) || (log && y <= 0)) continue;
      lo = Math.min(lo, y);
      hi = Math.max(hi, y);
    }
  }
  if (lo > hi) return log ? [1e-3, 1] : [0, 1];
  if (log) return [Math.pow(10, Math.floor(Math.log10(lo))), Math.pow(10, Math.ceil(Math.log10(hi === lo ? hi * 10 : hi)))];
  return scaleLinear().domain([Math.min(0, lo), hi === lo ? hi + 1 : hi]).nice(5).domain() as [number, number];
}

export function PointChart({ series, xScale, xDomain, yScale, xLabel, yLabel, aspect = 0.62 }: Props) {
  const [ref, dims] = useChartDimensions<HTMLDivElement>(MARGIN, aspect);
  const log0 = xScale === 'log0';
  const left = MARGIN.left, right = MARGIN.left + dims.innerWidth;
  const xLog = scaleLog().domain(xDomain).range([left + ZERO_SLOT, right]);
  const xLin = scaleLinear().domain(xDomain).range([left, right]);
  const x = (v: number) => (log0 ? (v === 0 ? left + ZERO_SLOT / 2 : xLog(v)) : xLin(v));
  const logY = yScale === 'log';
  const y: ScaleContinuousNumeric<number, number> = (logY ? scaleLog() : scaleLinear())
    .domain(yExtent(series, logY))
    .range([MARGIN.top + dims.innerHeight, MARGIN.top])
    .clamp(true);
  const ok = (p: readonly [number, number]) => Number.isFinite(p[1]) && (!logY || p[1] > 0) && (!log0 || p[0] >= 0);
  const xTicks = log0 ? [0, ...xLog.ticks().filter((v) => Number.isInteger(Math.log10(v)))] : xLin.ticks(6);
  const xText = (v: number) => (log0 ? (v === 0 ? '0' : `1e${Math.log10(v)}`) : xLin.tickFormat(6)(v));
  const yTicks = logY ? y.ticks(4).filter((v) => Number.isInteger(Math.log10(v))) : y.ticks(5);
  const yText = logY ? (v: number) => `1e${Math.log10(v)}` : y.tickFormat(5);
  const bottom = MARGIN.top + dims.innerHeight;
  return (
    <div ref={ref} className="chart point-chart">
      <svg width={dims.width} height={dims.height} viewBox={`0 0 ${dims.width} ${dims.height}`}>
        <g className="axis axis-bottom">
          <line x1={left} x2={right} y1={bottom} y2={bottom} stroke="currentColor" />
          {log0 && <line x1={left + ZERO_SLOT} x2={left + ZERO_SLOT} y1={bottom - 6} y2={bottom + 6} stroke="currentColor" />}
          {xTicks.map((v) => (
            <text key={v} x={x(v)} y={bottom + 16} textAnchor="middle">
              {xText(v).replace('-', '−')}
            </text>
          ))}
          <text className="axis-label" x={right} y={dims.height - 4} textAnchor="end">
            {xLabel}
          </text>
        </g>
        <g className="axis axis-left">
          <line x1={left} x2={left} y1={MARGIN.top} y2={bottom} stroke="currentColor" />
          {yTicks.map((v) => (
            <g key={v}>
              <line x1={left} x2={right} y1={y(v)} y2={y(v)} className="gridline" />
              <text x={left - 6} y={y(v)} dy="0.32em" textAnchor="end">
                {yText(v).replace('-', '−')}
              </text>
            </g>
          ))}
          <text className="axis-label" transform={`translate(12,${MARGIN.top}) rotate(-90)`} textAnchor="end">
            {yLabel}
          </text>
        </g>
        {series.map((s) => {
          const pts = s.points.filter(ok);
          // λ = 0 sits in its own slot: the line joins the log axis only from the first λ > 0.
          const joined = log0 ? pts.filter((p) => p[0] > 0) : pts;
          const path = line<readonly [number, number]>()
            .x((p) => x(p[0]))
            .y((p) => y(p[1]))(joined);
          return (
            <g key={s.label} data-series={s.label}>
              <path d={path ?? ''} fill="none" stroke={s.style.color} strokeWidth={2} strokeDasharray={s.style.dash} />
              {s.markers &&
                pts.map((p) => (
                  <circle key={p[0]} cx={x(p[0])} cy={y(p[1])} r={3.5} fill={s.style.dash ? 'var(--bg, #fff)' : s.style.color} stroke={s.style.color} strokeWidth={1.5}>
                    <title>{`${s.label}: ${xLabel} = ${fmt(p[0])}, ${fmt(p[1])}`}</title>
                  </circle>
                ))}
            </g>
          );
        })}
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
