// The left axis of the line charts: axis line, a gridline and label at every tick, and the rotated axis title.

interface Props {
  /** Tick values, their positions (y(v), pixels) and their labels (text(v); '-' is shown as '−'). */
  ticks: readonly number[];
  y: (v: number) => number;
  text: (v: number) => string;
  /** The plot box in pixels: the axis runs at `left` from `top` to `bottom`, gridlines to `right`. */
  left: number;
  right: number;
  top: number;
  bottom: number;
  label: string;
}

/** `<g class="axis axis-left">` with plain x/y attributes on every tick label (tests read them back to pixels). */
export function GridYAxis({ ticks, y, text, left, right, top, bottom, label }: Props) {
  return (
    <g className="axis axis-left">
      <line x1={left} x2={left} y1={top} y2={bottom} stroke="currentColor" />
      {ticks.map((v) => (
        <g key={v}>
          <line x1={left} x2={right} y1={y(v)} y2={y(v)} className="gridline" />
          <text x={left - 6} y={y(v)} dy="0.32em" textAnchor="end">
            {text(v).replace('-', '−')}
          </text>
        </g>
      ))}
      <text className="axis-label" transform={`translate(12,${top}) rotate(-90)`} textAnchor="end">
        {label}
      </text>
    </g>
  );
}
