// A small chart of point series on linear or log axes with a crosshair readout (the saddle lesson's two high-dimension charts).
import { scaleLinear, scaleLog, type ScaleContinuousNumeric } from 'd3';
import { useId, useMemo } from 'react';
import { CrosshairLayer, CrosshairReadout } from '../../components/charts/Crosshair';
import { CHART_TEXT } from '../../components/charts/text';
import { symbolsPath } from '../../components/charts/symbolsPath';
import { useChartDimensions } from '../../components/charts/useChartDimensions';
import { usePathCrosshair, type PlotPath } from '../../components/charts/usePathCrosshair';
import type { SeriesStyle } from '../../components/palette';
import { useT } from '../../state/useText';

/** One series: points (x, y) in data units (y = null: not drawn), drawn with a line when `line` is set. */
export interface PointSeries {
  name: string;
  label: string;
  style: SeriesStyle;
  points: readonly [number, number | null][];
  line?: boolean;
}

interface Axis {
  label: string;
  scale: 'linear' | 'log';
  domain: [number, number];
  ticks: readonly number[];
  format(v: number): string;
}

interface Props {
  series: readonly PointSeries[];
  x: Axis;
  y: Axis;
  /** Readout lines for point i of a series. */
  read(series: PointSeries, i: number): { label: string; value: string }[];
  title: string;
  aspect?: number;
}

const MARGIN = { top: 24, right: 14, bottom: 40, left: 64 };

const scaleOf = (a: Axis, range: [number, number]): ScaleContinuousNumeric<number, number> =>
  (a.scale === 'log' ? scaleLog() : scaleLinear()).domain(a.domain).range(range).clamp(true);

export function PointsChart({ series, x: xAxis, y: yAxis, read, title, aspect = 0.5 }: Props) {
  const t = useT();
  const readoutId = useId();
  const [ref, dims] = useChartDimensions<HTMLDivElement>(MARGIN, aspect);
  const bottom = MARGIN.top + dims.innerHeight;
  const right = MARGIN.left + dims.innerWidth;
  const x = useMemo(() => scaleOf(xAxis, [MARGIN.left, right]), [xAxis, right]);
  const y = useMemo(() => scaleOf(yAxis, [bottom, MARGIN.top]), [yAxis, bottom]);
  const plotPaths: PlotPath[] = series.map((s) => ({
    name: s.name,
    color: s.style.color,
    points: s.points.map(([a, b]) => (b === null ? null : [Math.round(x(a) * 10) / 10, Math.round(y(b) * 10) / 10])),
  }));
  const crosshair = usePathCrosshair(plotPaths, dims.width, dims.height);
  const reading = crosshair.reading;
  const readSeries = reading ? series.find((s) => s.name === reading.path.name) : undefined;

  return (
    <div ref={ref} className="chart points-chart">
      <svg width={dims.width} height={dims.height} viewBox={`0 0 ${dims.width} ${dims.height}`} role="group" aria-describedby={readoutId} {...crosshair.bind}>
        <title>{title}</title>
        <g className="axis axis-bottom">
          <line x1={MARGIN.left} x2={right} y1={bottom} y2={bottom} stroke="currentColor" />
          {xAxis.ticks.map((v) => (
            <g key={v} transform={`translate(${x(v)},${bottom})`}>
              <line y2={5} stroke="currentColor" />
              <text y={17} textAnchor="middle">
                {xAxis.format(v)}
              </text>
            </g>
          ))}
          <text className="axis-label" x={right} y={bottom + 33} textAnchor="end">
            {xAxis.label}
          </text>
        </g>
        <g className="axis axis-left">
          <line x1={MARGIN.left} x2={MARGIN.left} y1={MARGIN.top} y2={bottom} stroke="currentColor" />
          {yAxis.ticks.map((v) => (
            <g key={v} transform={`translate(${MARGIN.left},${y(v)})`}>
              <line x2={-5} stroke="currentColor" />
              <text x={-8} dy="0.32em" textAnchor="end">
                {yAxis.format(v)}
              </text>
            </g>
          ))}
          <text className="axis-label" x={MARGIN.left - 8} y={MARGIN.top - 12}>
            {yAxis.label}
          </text>
        </g>
        {series.map((s, j) => {
          const pts = plotPaths[j].points.filter((p): p is [number, number] => p !== null);
          return (
            <g key={s.name} data-series={s.name}>
              {s.line && <polyline points={pts.join(' ')} fill="none" stroke={s.style.color} strokeWidth={2} strokeDasharray={s.style.dash} />}
              <path d={symbolsPath(s.style.symbol, s.line ? 0 : 48, pts)} fill={s.style.color} stroke="white" strokeWidth={0.5} />
            </g>
          );
        })}
        {reading && <CrosshairLayer top={MARGIN.top} bottom={bottom} marks={[{ x: reading.px, y: reading.py, color: reading.path.color }]} />}
      </svg>
      <ul className="legend">
        {series.map((s) => (
          <li key={s.name}>
            <svg width={28} height={12} aria-hidden="true">
              {s.line ? (
                <line x1={0} x2={28} y1={6} y2={6} stroke={s.style.color} strokeWidth={2.5} strokeDasharray={s.style.dash} />
              ) : (
                <path d={symbolsPath(s.style.symbol, 48, [[14, 6]])} fill={s.style.color} />
              )}
            </svg>
            {s.label}
          </li>
        ))}
      </ul>
      <CrosshairReadout
        id={readoutId}
        hint={t(CHART_TEXT.pathHint)}
        side={reading && reading.px > MARGIN.left + dims.innerWidth / 2 ? 'left' : 'right'}
        title={readSeries ? readSeries.label : null}
        items={readSeries && reading ? read(readSeries, reading.step) : []}
      />
    </div>
  );
}
