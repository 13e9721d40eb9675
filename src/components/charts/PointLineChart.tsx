// A line chart of given (x, y) points: linear, log or 'log0' x, linear or log y, optional markers and labelled vertical marks, with a crosshair.
import { line, scaleLinear, scaleLog, type ScaleContinuousNumeric } from 'd3';
import { useId } from 'react';
import { useT } from '../../state/useText';
import { fmt } from '../format';
import { SPLIT_DASH, type SeriesStyle, type Split } from '../palette';
import { CrosshairLayer, CrosshairReadout } from './Crosshair';
import { GridYAxis } from './GridYAxis';
import { nearestIndex, readableXs, yExtent, type Point } from './pointDomain';
import { SplitLegend } from './SplitLegend';
import { symbolsPath } from './symbolsPath';
import { CHART_TEXT } from './text';
import { useChartDimensions } from './useChartDimensions';
import { useCrosshair } from './useCrosshair';

export interface PointSeries {
  label: string;
  /** Colour and marker of the series (its dash is ignored: `split` decides). */
  style: SeriesStyle;
  /** Measured on training data (solid) or held-out data (dashed): the site's one convention (palette SPLIT_DASH). */
  split: Split;
  /** [x, y] points in x order; non-finite (or, on a log axis, non-positive) values leave gaps. */
  points: readonly Point[];
  /** Draw a marker at every point (a sweep) or only the line (curves over epochs). */
  markers?: boolean;
}

/** A labelled vertical rule at `x` (e.g. a chosen degree). */
export interface XMark {
  x: number;
  label: string;
}

interface Props {
  series: readonly PointSeries[];
  /** 'log0': log x over xDomain plus a slot for x = 0 left of it. */
  xScale: 'linear' | 'log' | 'log0';
  /** [lo, hi] of x (for 'log0': of the positive x). */
  xDomain: [number, number];
  yScale: 'linear' | 'log';
  xLabel: string;
  yLabel: string;
  marks?: readonly XMark[];
  /** Tick count of a linear x axis (default 6). */
  xTicks?: number;
  /** Fixed y domain (e.g. [0, 1] for accuracy); default: the data's extent. */
  yDomain?: [number, number];
  aspect?: number;
}

const MARGIN = { top: 14, right: 12, bottom: 38, left: 52 };
/** Width of the x = 0 slot of a 'log0' axis, in pixels. */
const ZERO_SLOT = 56;

/**
 * Series of [x, y] points as lines (dash by split), optional markers (the style's symbol) and vertical marks. The
 * crosshair reads the x nearest the pointer (or stepped to with the arrow keys) and each series' y there.
 */
export function PointLineChart({ series, xScale, xDomain, yScale, xLabel, yLabel, marks = [], xTicks: xTickCount = 6, yDomain, aspect = 0.62 }: Props) {
  const t = useT();
  const readoutId = useId();
  const [ref, dims] = useChartDimensions<HTMLDivElement>(MARGIN, aspect);
  const log0 = xScale === 'log0';
  const left = MARGIN.left, right = MARGIN.left + dims.innerWidth;
  const bottom = MARGIN.top + dims.innerHeight;
  const xLog = scaleLog().domain(xDomain).range([left + (log0 ? ZERO_SLOT : 0), right]);
  const xLin = scaleLinear().domain(xDomain).range([left, right]);
  const x = (v: number) => (xScale === 'linear' ? xLin(v) : log0 && v === 0 ? left + ZERO_SLOT / 2 : xLog(v));
  const logY = yScale === 'log';
  const y: ScaleContinuousNumeric<number, number> = (logY ? scaleLog() : scaleLinear()).domain(yDomain ?? yExtent(series, logY)).range([bottom, MARGIN.top]).clamp(true);
  const okX = (v: number) => Number.isFinite(v) && (xScale === 'linear' || v > 0 || (log0 && v === 0));
  const ok = (p: Point) => okX(p[0]) && Number.isFinite(p[1]) && (!logY || p[1] > 0);

  const xs = readableXs(series, ok);
  const crosshair = useCrosshair(() => xs.length, (px) => nearestIndex(xs.map(x), px), dims.width, dims.height);
  const at = crosshair.index === null || xs.length === 0 ? NaN : xs[Math.min(crosshair.index, xs.length - 1)];
  const read = Number.isFinite(at) ? series.map((s) => ({ s, v: s.points.find((p) => p[0] === at)?.[1] ?? NaN })) : [];

  const tickXs = xScale === 'linear' ? xLin.ticks(xTickCount) : [...(log0 ? [0] : []), ...xLog.ticks().filter((v) => Number.isInteger(Math.log10(v)))];
  const xText = (v: number) => (xScale === 'linear' ? xLin.tickFormat(xTickCount)(v) : v === 0 ? '0' : `1e${Math.log10(v)}`);
  const yTicks = logY ? y.ticks(4).filter((v) => Number.isInteger(Math.log10(v))) : y.ticks(5);
  const yText = logY ? (v: number) => `1e${Math.log10(v)}` : y.tickFormat(5);
  return (
    <div ref={ref} className="chart point-line-chart" data-y-scale={yScale} data-x-scale={xScale}>
      <svg
        width={dims.width}
        height={dims.height}
        viewBox={`0 0 ${dims.width} ${dims.height}`}
        role="img"
        aria-label={t(CHART_TEXT.lineLabel, { x: xLabel, y: yLabel })}
        aria-describedby={readoutId}
        {...crosshair.bind}
      >
        <g className="axis axis-bottom">
          <line x1={left} x2={right} y1={bottom} y2={bottom} stroke="currentColor" />
          {log0 && <line x1={left + ZERO_SLOT} x2={left + ZERO_SLOT} y1={bottom - 6} y2={bottom + 6} stroke="currentColor" />}
          {tickXs.map((v) => (
            <text key={v} x={x(v)} y={bottom + 16} textAnchor="middle">
              {xText(v).replace('-', '−')}
            </text>
          ))}
          <text className="axis-label" x={right} y={dims.height - 4} textAnchor="end">
            {xLabel}
          </text>
        </g>
        <GridYAxis ticks={yTicks} y={y} text={yText} left={left} right={right} top={MARGIN.top} bottom={bottom} label={yLabel} />
        {marks.map((m) => (
          <g key={m.label} className="x-mark" data-mark={m.label} data-x={m.x}>
            <line x1={x(m.x)} x2={x(m.x)} y1={MARGIN.top} y2={bottom} stroke="currentColor" strokeOpacity={0.4} />
            <text x={x(m.x) + 3} y={MARGIN.top + 2} dy="0.7em">
              {m.label}
            </text>
          </g>
        ))}
        {series.map((s) => {
          const pts = s.points.filter(ok);
          // x = 0 sits in its own slot: the line joins the log axis only from the first x > 0.
          const joined = log0 ? pts.filter((p) => p[0] > 0) : pts;
          const d = line<Point>()
            .x((p) => x(p[0]))
            .y((p) => y(p[1]))(joined);
          return (
            <g key={s.label}>
              <path d={d ?? ''} data-series={s.label} fill="none" stroke={s.style.color} strokeWidth={2} strokeDasharray={SPLIT_DASH[s.split]} />
              {s.markers && (
                <path
                  className="point-markers"
                  d={symbolsPath(
                    s.style.symbol,
                    36,
                    pts.map((p) => [x(p[0]), y(p[1])]),
                  )}
                  fill={s.split === 'test' ? 'var(--bg, #fff)' : s.style.color}
                  stroke={s.style.color}
                  strokeWidth={1.5}
                />
              )}
            </g>
          );
        })}
        {read.length > 0 && (
          <CrosshairLayer
            guideX={x(at)}
            top={MARGIN.top}
            bottom={bottom}
            marks={read.filter((r) => ok([at, r.v])).map((r) => ({ x: x(at), y: y(r.v), color: r.s.style.color }))}
          />
        )}
      </svg>
      <SplitLegend series={series} />
      <CrosshairReadout
        id={readoutId}
        hint={t(CHART_TEXT.lineHint)}
        title={read.length > 0 ? `${xLabel} ${fmt(at, 6)}` : null}
        side={x(at) > left + dims.innerWidth / 2 ? 'left' : 'right'}
        items={read.map((r) => ({ label: r.s.label, value: Number.isFinite(r.v) ? fmt(r.v, 4) : '—', color: r.s.style.color, dash: SPLIT_DASH[r.s.split] }))}
      />
    </div>
  );
}
