// Horizontal bars: each shown optimizer's escape step (first f < −1), or a note when it does not escape within the run.
import { scaleLinear } from 'd3';
import { fmt } from '../../components/format';
import { useT } from '../../state/useText';
import type { SaddlePath } from './model';
import { OPT_CHOICES } from './params';
import { styleOf } from './SaddlePlot';
import { TEXT } from './text';

const ROW = 26;
const LABEL = 150;
const WIDTH = 420;

/** One bar per path, length ∝ escape step on 0 … steps; the cursor's step is marked by a thin line. */
export function EscapeBars({ paths, steps, cursor }: { paths: readonly SaddlePath[]; steps: number; cursor: number }) {
  const t = useT();
  const x = scaleLinear().domain([0, steps]).range([LABEL, WIDTH - 70]);
  const height = ROW * paths.length + 6;
  return (
    <svg className="escape-bars" width="100%" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={t(TEXT.escapeCaption)}>
      {paths.map((p, i) => {
        const st = styleOf(p.name);
        const label = t(OPT_CHOICES.find((c) => c.value === p.name)!.label);
        const y = 3 + i * ROW;
        return (
          <g key={p.name} data-escape={p.name}>
            <text x={LABEL - 6} y={y + ROW / 2} dy="0.32em" textAnchor="end">
              {label}
            </text>
            {p.escape !== null ? (
              <>
                <rect x={LABEL} y={y + 4} width={Math.max(1, x(p.escape) - LABEL)} height={ROW - 8} fill={st.color} opacity={cursor >= p.escape ? 1 : 0.35} />
                <text x={x(p.escape) + 4} y={y + ROW / 2} dy="0.32em">
                  {fmt(p.escape)}
                </text>
              </>
            ) : (
              <text x={LABEL + 4} y={y + ROW / 2} dy="0.32em" className="escape-none">
                {t(TEXT.escapeNone, { steps })}
              </text>
            )}
          </g>
        );
      })}
      <line x1={x(Math.min(cursor, steps))} x2={x(Math.min(cursor, steps))} y1={0} y2={height} className="escape-cursor" />
    </svg>
  );
}
