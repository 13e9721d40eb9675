// The regression points and each path's current line y = w₁x + w₂.
import { scaleLinear, symbolCircle } from 'd3';
import { useId, useMemo } from 'react';
import { Axis } from '../../components/charts/Axis';
import { symbolsPath } from '../../components/charts/symbolsPath';
import { useChartDimensions } from '../../components/charts/useChartDimensions';
import type { SeriesStyle } from '../../components/palette';
import type { RegressionData } from './model';

const MARGIN = { top: 10, right: 12, bottom: 36, left: 44 };
/** The x range drawn (the points have x in [−1, 2]). */
const XD: [number, number] = [-1.2, 2.2];

interface Props {
  data: RegressionData;
  /** (w₁, w₂) of each line, with its style. */
  lines: readonly { w: readonly [number, number]; style: SeriesStyle; name: string }[];
  title: string;
}

export function DataPlot({ data, lines, title }: Props) {
  const [ref, dims] = useChartDimensions<HTMLDivElement>(MARGIN, 0.7);
  const clipId = useId();
  const yd = useMemo<[number, number]>(() => {
    let lo = Infinity, hi = -Infinity;
    for (const v of data.y) {
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
    return [Math.min(lo, -2) - 0.5, Math.max(hi, 4) + 0.5];
  }, [data]);
  const x = useMemo(() => scaleLinear().domain(XD).range([MARGIN.left, MARGIN.left + dims.innerWidth]), [dims.innerWidth]);
  const y = useMemo(() => scaleLinear().domain(yd).range([MARGIN.top + dims.innerHeight, MARGIN.top]), [yd, dims.innerHeight]);
  const pts = Array.from(data.x, (v, i) => [x(v), y(data.y[i])] as [number, number]);
  const clamp = (v: number) => Math.max(yd[0] - 10, Math.min(yd[1] + 10, v));
  return (
    <div ref={ref} className="chart minibatch-data">
      <svg width={dims.width} height={dims.height} viewBox={`0 0 ${dims.width} ${dims.height}`} role="img" aria-label={title}>
        <defs>
          <clipPath id={clipId}>
            <rect x={MARGIN.left} y={MARGIN.top} width={dims.innerWidth} height={dims.innerHeight} />
          </clipPath>
        </defs>
        <path d={symbolsPath(symbolCircle, 18, pts)} fill="#777" fillOpacity={0.7} />
        <g clipPath={`url(#${clipId})`}>
          {lines.map((l) => (
            <line
              key={l.name}
              x1={x(XD[0])}
              x2={x(XD[1])}
              y1={y(clamp(l.w[0] * XD[0] + l.w[1]))}
              y2={y(clamp(l.w[0] * XD[1] + l.w[1]))}
              stroke={l.style.color}
              strokeWidth={2}
              strokeDasharray={l.style.dash}
            />
          ))}
        </g>
        <Axis scale={x} orient="bottom" at={MARGIN.top + dims.innerHeight} label="x" />
        <Axis scale={y} orient="left" at={MARGIN.left} label="y" />
      </svg>
    </div>
  );
}
