// An axis rendered by React from a D3 scale's ticks.
import type { ScaleLinear } from 'd3';

interface AxisProps {
  scale: ScaleLinear<number, number>;
  orient: 'bottom' | 'left';
  /** Offset of the axis line: y for bottom axes, x for left axes. */
  at: number;
  label?: string;
  ticks?: number;
}

export function Axis({ scale, orient, at, label, ticks = 6 }: AxisProps) {
  const [r0, r1] = scale.range();
  const format = scale.tickFormat(ticks);
  const values = scale.ticks(ticks);
  if (orient === 'bottom') {
    return (
      <g className="axis axis-bottom" transform={`translate(0,${at})`}>
        <line x1={r0} x2={r1} stroke="currentColor" />
        {values.map((v) => (
          <g key={v} transform={`translate(${scale(v)},0)`}>
            <line y2={5} stroke="currentColor" />
            <text y={17} textAnchor="middle">
              {format(v).replace('-', '−')}
            </text>
          </g>
        ))}
        {label && (
          <text className="axis-label" x={r1} y={32} textAnchor="end">
            {label}
          </text>
        )}
      </g>
    );
  }
  return (
    <g className="axis axis-left" transform={`translate(${at},0)`}>
      <line y1={r0} y2={r1} stroke="currentColor" />
      {values.map((v) => (
        <g key={v} transform={`translate(0,${scale(v)})`}>
          <line x2={-5} stroke="currentColor" />
          <text x={-8} dy="0.32em" textAnchor="end">
            {format(v).replace('-', '−')}
          </text>
        </g>
      ))}
      {label && (
        <text className="axis-label" transform={`translate(${-34},${r1}) rotate(-90)`} textAnchor="end">
          {label}
        </text>
      )}
    </g>
  );
}
