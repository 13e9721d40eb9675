// A confusion matrix: a c×c grid of counts (row = true class), each cell shaded by its share of the row, with a hover and
// keyboard readout (arrow keys move through the cells). React owns the SVG; the numbers come from confusionCells.
import { useMemo, useState, type KeyboardEvent } from 'react';
import { useT } from '../../state/useText';
import { confusionCells, moveCell } from './confusionCells';
import { CHART_TEXT } from './text';

interface Props {
  /** c×c counts, row-major, row = true class. */
  counts: ArrayLike<number>;
  classes: number;
  /** Class names (default 0 … c−1). */
  labels?: readonly string[];
}

const CELL = 34;
const MARGIN = { left: 44, top: 36 };

/** Blue ramp by share (colour-blind safe: one hue, lightness only); text turns white on dark cells. */
function fill(share: number): string {
  if (!Number.isFinite(share)) return 'var(--bg-muted, #eee)';
  return `hsl(215, 70%, ${Math.round(96 - 62 * share)}%)`;
}

export function ConfusionMatrix({ counts, classes: c, labels }: Props) {
  const t = useT();
  const names = labels ?? Array.from({ length: c }, (_, k) => String(k));
  const cells = useMemo(() => confusionCells(counts, c), [counts, c]);
  const [at, setAt] = useState<[number, number] | null>(null);
  const size = MARGIN.left + c * CELL + 4;
  const height = MARGIN.top + c * CELL + 4;
  const cur = at ? cells[at[0] * c + at[1]] : null;
  const pct = (x: number) => (Number.isFinite(x) ? `${(100 * x).toFixed(1)}%` : '–');
  const onKey = (e: KeyboardEvent) => {
    const next = moveCell(at?.[0] ?? 0, at?.[1] ?? 0, e.key, c);
    if (next) {
      e.preventDefault();
      setAt(next);
    }
  };
  return (
    <div className="confusion-matrix">
      <svg
        viewBox={`0 0 ${size} ${height}`}
        width="100%"
        style={{ maxWidth: size * 1.4 }}
        role="img"
        tabIndex={0}
        aria-label={t(CHART_TEXT.confusionLabel)}
        onKeyDown={onKey}
        onFocus={() => setAt((a) => a ?? [0, 0])}
        onMouseLeave={() => setAt(null)}
        data-chart="confusion"
      >
        <text x={MARGIN.left + (c * CELL) / 2} y={10} textAnchor="middle" fontSize={10}>{t(CHART_TEXT.confusionPredicted)}</text>
        <text transform={`translate(10, ${MARGIN.top + (c * CELL) / 2}) rotate(-90)`} textAnchor="middle" fontSize={10}>{t(CHART_TEXT.confusionTrue)}</text>
        {names.map((n, k) => (
          <g key={n}>
            <text x={MARGIN.left + k * CELL + CELL / 2} y={MARGIN.top - 6} textAnchor="middle" fontSize={10}>{n}</text>
            <text x={MARGIN.left - 6} y={MARGIN.top + k * CELL + CELL / 2 + 3} textAnchor="end" fontSize={10}>{n}</text>
          </g>
        ))}
        {cells.map((cell) => {
          const x = MARGIN.left + cell.p * CELL, y = MARGIN.top + cell.t * CELL;
          const active = at !== null && at[0] === cell.t && at[1] === cell.p;
          return (
            <g key={`${cell.t}-${cell.p}`} onMouseEnter={() => setAt([cell.t, cell.p])} data-true={cell.t} data-predicted={cell.p} data-count={cell.count}>
              <rect x={x} y={y} width={CELL - 1} height={CELL - 1} fill={fill(cell.share)} stroke={active ? 'currentColor' : 'none'} strokeWidth={2} />
              <text x={x + CELL / 2} y={y + CELL / 2 + 3} textAnchor="middle" fontSize={9} fill={cell.share > 0.55 ? '#fff' : '#222'}>
                {cell.count}
              </text>
            </g>
          );
        })}
      </svg>
      <p className="chart-readout" aria-live="polite" data-readout="confusion">
        {cur
          ? t(CHART_TEXT.confusionCell, { t: names[cur.t], p: names[cur.p], n: cur.count, share: pct(cur.share) })
          : t(CHART_TEXT.confusionHint)}
      </p>
    </div>
  );
}
