// Final losses per polynomial degree on a log axis: one line per split, the two chosen degrees marked; a title on every point reads it.
import { line, scaleLinear } from 'd3';
import { Axis } from '../../components/charts/Axis';
import { useChartDimensions } from '../../components/charts/useChartDimensions';
import { fmt } from '../../components/format';
import type { SeriesStyle } from '../../components/palette';

/** One line: y[i] at degree i + 1 (NaN or ≤ 0 is skipped). */
export interface DegreeSeries {
  label: string;
  y: readonly number[];
  style: SeriesStyle;
}

interface Props {
  series: readonly DegreeSeries[];
  maxDegree: number;
  /** Degrees to mark with a labelled vertical rule. */
  marks: readonly { degree: number; label: string }[];
  xLabel: string;
  yLabel: string;
}

const MARGIN = { top: 14, right: 12, bottom: 38, left: 52 };

export function SelectChart({ series, maxDegree, marks, xLabel, yLabel }: Props) {
  const [ref, dims] = useChartDimensions<HTMLDivElement>(MARGIN, 0.45);
  const logs = series.flatMap((s) => s.y.filter((v) => v > 0 && Number.isFinite(v)).map(Math.log10));
  const lo = logs.length ? Math.floor(Math.min(...logs)) : -1;
  const hi = logs.length ? Math.ceil(Math.max(...logs)) : 1;
  const x = scaleLinear().domain([1, maxDegree]).range([MARGIN.left, MARGIN.left + dims.innerWidth]);
  const y = scaleLinear().domain([lo, Math.max(hi, lo + 1)]).range([MARGIN.top + dims.innerHeight, MARGIN.top]);
  const path = line<[number, number]>()
    .defined((d) => d[1] > 0 && Number.isFinite(d[1]))
    .x((d) => x(d[0]))
    .y((d) => y(Math.log10(d[1])));
  const ticks = Array.from({ length: Math.max(hi, lo + 1) - lo + 1 }, (_, i) => lo + i);
  return (
    <div ref={ref} className="chart">
      <svg width={dims.width} height={dims.height} role="img" aria-label={`${yLabel} / ${xLabel}`}>
        <Axis scale={x} orient="bottom" at={MARGIN.top + dims.innerHeight} label={xLabel} ticks={maxDegree} />
        <g className="axis axis-left">
          <line x1={MARGIN.left} x2={MARGIN.left} y1={y.range()[0]} y2={y.range()[1]} stroke="currentColor" />
          {ticks.map((v) => (
            <g key={v} transform={`translate(${MARGIN.left},${y(v)})`}>
              <line x2={-5} stroke="currentColor" />
              <text x={-8} dy="0.32em" textAnchor="end">
                {fmt(10 ** v, 2)}
              </text>
            </g>
          ))}
          <text className="axis-label" transform={`translate(12,${MARGIN.top}) rotate(-90)`} textAnchor="end">
            {yLabel}
          </text>
        </g>
        {marks.map((m) => (
          <g key={m.label} className="select-mark">
            <line x1={x(m.degree)} x2={x(m.degree)} y1={MARGIN.top} y2={MARGIN.top + dims.innerHeight} stroke="currentColor" strokeOpacity={0.4} />
            <text x={x(m.degree) + 3} y={MARGIN.top + 2} dy="0.7em">
              {m.label}
            </text>
          </g>
        ))}
        {series.map((s) => {
          const pts = s.y.map((v, i) => [i + 1, v] as [number, number]);
          return (
            <g key={s.label}>
              <path d={path(pts) ?? ''} fill="none" stroke={s.style.color} strokeWidth={2} strokeDasharray={s.style.dash} />
              {pts
                .filter((d) => d[1] > 0 && Number.isFinite(d[1]))
                .map((d) => (
                  <circle key={d[0]} cx={x(d[0])} cy={y(Math.log10(d[1]))} r={3.5} fill={s.style.color}>
                    <title>{`${s.label} · ${xLabel} ${d[0]}: ${fmt(d[1], 4)}`}</title>
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
