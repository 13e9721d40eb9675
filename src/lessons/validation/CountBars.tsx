// Grouped bars of per-digit counts: one solid and one hatched bar per digit, each with a title that reads it.
import { scaleBand, scaleLinear } from 'd3';
import { Axis } from '../../components/charts/Axis';
import { useChartDimensions } from '../../components/charts/useChartDimensions';

interface Props {
  /** Two groups of 10 counts: [solid, hatched]. */
  groups: readonly [{ label: string; counts: readonly number[] }, { label: string; counts: readonly number[] }];
  xLabel: string;
  yLabel: string;
  color: string;
}

const MARGIN = { top: 10, right: 12, bottom: 38, left: 44 };

export function CountBars({ groups, xLabel, yLabel, color }: Props) {
  const [ref, dims] = useChartDimensions<HTMLDivElement>(MARGIN, 0.42);
  const max = Math.max(1, ...groups.flatMap((g) => g.counts));
  const x = scaleBand<number>().domain(Array.from({ length: 10 }, (_, i) => i)).range([MARGIN.left, MARGIN.left + dims.innerWidth]).padding(0.2);
  const y = scaleLinear().domain([0, max]).nice().range([MARGIN.top + dims.innerHeight, MARGIN.top]);
  const w = x.bandwidth() / 2;
  const base = MARGIN.top + dims.innerHeight;
  return (
    <div ref={ref} className="chart">
      <svg width={dims.width} height={dims.height} role="img" aria-label={`${yLabel} / ${xLabel}`}>
        <defs>
          <pattern id="holdout-hatch" width={6} height={6} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width={6} height={6} fill="var(--bg, #fff)" />
            <line y2={6} stroke={color} strokeWidth={3} />
          </pattern>
        </defs>
        <Axis scale={y} orient="left" at={MARGIN.left} label={yLabel} ticks={4} />
        <g className="axis axis-bottom" transform={`translate(0,${base})`}>
          <line x1={MARGIN.left} x2={MARGIN.left + dims.innerWidth} stroke="currentColor" />
          {x.domain().map((d) => (
            <text key={d} x={(x(d) ?? 0) + x.bandwidth() / 2} y={17} textAnchor="middle">
              {d}
            </text>
          ))}
          <text className="axis-label" x={MARGIN.left + dims.innerWidth} y={32} textAnchor="end">
            {xLabel}
          </text>
        </g>
        {groups.map((g, gi) =>
          g.counts.map((c, d) => (
            <rect
              key={`${gi}-${d}`}
              x={(x(d) ?? 0) + gi * w}
              y={y(c)}
              width={w - 1}
              height={base - y(c)}
              fill={gi === 0 ? color : 'url(#holdout-hatch)'}
              stroke={color}
            >
              <title>{`${g.label} · ${xLabel} ${d}: ${c}`}</title>
            </rect>
          )),
        )}
      </svg>
    </div>
  );
}
