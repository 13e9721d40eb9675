// The dropout lesson's mask figure: a slice of the network around one hidden layer (zeroed units greyed, their
// outgoing connections gone) beside the whole layer's mask as a grid.
import { useChartDimensions } from '../../components/charts/useChartDimensions';
import { SERIES } from '../../components/palette';

const MARGIN = { top: 24, right: 8, bottom: 8, left: 8 };
/** Units of the hidden layer drawn as neurons with their connections. */
export const SHOWN_UNITS = 10;
const PREV_SHOWN = 6;
const NEXT_SHOWN = 6;
const KEPT = SERIES[1].color;
const DROPPED_FILL = '#d9d9d9';
const DROPPED_STROKE = '#777777';

interface Props {
  /** Row of the mask: one entry per unit of the layer, 1 = kept, 0 = zeroed; null before the first step. */
  mask: Uint8Array | null;
  /** 1/(1 − p), written beside kept units. */
  scale: string;
  labels: { prev: string; layer: string; next: string; more: string; kept: string; dropped: string; step: string };
}

/** A unit: a filled circle when kept, a grey dashed circle with a cross when zeroed (shape differs, not only colour). */
function Unit({ x, y, r, kept }: { x: number; y: number; r: number; kept: boolean }) {
  if (kept) return <circle cx={x} cy={y} r={r} fill={KEPT} stroke="#003a5c" strokeWidth={1.2} />;
  const d = r * 0.55;
  return (
    <g>
      <circle cx={x} cy={y} r={r} fill={DROPPED_FILL} stroke={DROPPED_STROKE} strokeWidth={1.2} strokeDasharray="3 2" />
      <path d={`M${x - d},${y - d}L${x + d},${y + d}M${x - d},${y + d}L${x + d},${y - d}`} stroke={DROPPED_STROKE} strokeWidth={1.2} />
    </g>
  );
}

/** Below this width (px) the layer grid goes under the network slice instead of beside it. */
const STACK_BELOW = 520;
/** Width (px) of the "×1.429" tag after each unit; outgoing connections start at its right end. */
const TAG_W = 42;

export function MaskDiagram({ mask, scale, labels }: Props) {
  const [ref, dims] = useChartDimensions<HTMLDivElement>(MARGIN, 0.62);
  // An empty mask (a run with no step recorded yet) draws like none: no zero-sized grid, no NaN or ∞ sizes.
  const shown = mask && mask.length > 0 ? mask : null;
  const units = shown?.length ?? 100;
  const keptAt = (j: number) => (shown ? shown[j] === 1 : true);
  const stacked = dims.width < STACK_BELOW;
  const side = Math.ceil(Math.sqrt(units));
  // Network slice: the left 60 % beside the grid, or the full width above it on narrow screens.
  const leftW = stacked ? dims.innerWidth : dims.innerWidth * 0.6;
  const top = MARGIN.top + 10;
  const h = stacked ? Math.round(dims.innerWidth * 0.72) : dims.innerHeight - 20;
  const gridCell = stacked ? Math.min(22, dims.innerWidth / side) : Math.min((dims.innerWidth - leftW - 16) / side, (dims.innerHeight - 12) / side);
  const height = stacked ? top + h + 16 + side * gridCell + MARGIN.bottom : dims.height;
  const r = Math.max(5, Math.min(12, h / (SHOWN_UNITS + 1) / 2.6));
  // Columns: the previous layer at the left edge, the layer and its tags, the next layer at the right edge.
  const colX = [MARGIN.left + r + 2, MARGIN.left + leftW * 0.42, MARGIN.left + leftW - r - 2];
  const tagX = colX[1] + r + 4;
  const outX = tagX + TAG_W;
  const ys = (k: number) => Array.from({ length: k }, (_, i) => top + ((i + 0.5) * h) / k);
  const prevY = ys(PREV_SHOWN);
  const layerY = ys(SHOWN_UNITS + 1).slice(0, SHOWN_UNITS);
  const nextY = ys(NEXT_SHOWN);
  const cell = Math.max(0, gridCell);
  const gridX0 = stacked ? MARGIN.left + (dims.innerWidth - side * cell) / 2 : MARGIN.left + leftW + 16;
  const gridY0 = stacked ? top + h + 16 : top;
  return (
    <div ref={ref} className="chart mask-diagram" data-layout={stacked ? 'stacked' : 'side'}>
      <svg width={dims.width} height={height} viewBox={`0 0 ${dims.width} ${height}`} role="img" aria-label={labels.step}>
        {/* Column titles: the outer two anchored at the edges, the middle one centred, so they never overlap. */}
        <text x={colX[0] - r} y={MARGIN.top - 6} textAnchor="start" className="mask-col-label">
          {labels.prev}
        </text>
        <text x={colX[1]} y={MARGIN.top - 6} textAnchor="middle" className="mask-col-label">
          {labels.layer}
        </text>
        <text x={colX[2] + r} y={MARGIN.top - 6} textAnchor="end" className="mask-col-label">
          {labels.next}
        </text>
        {/* Incoming connections reach every unit (a zeroed unit is still computed, then multiplied by 0). */}
        <g stroke="#999" strokeOpacity={0.35} strokeWidth={0.8}>
          {prevY.flatMap((y0, i) => layerY.map((y1, j) => <line key={`in${i}-${j}`} x1={colX[0]} y1={y0} x2={colX[1]} y2={y1} />))}
        </g>
        {/* Outgoing connections only from kept units, after their ×1/(1−p) tag. */}
        <g stroke={KEPT} strokeOpacity={0.55} strokeWidth={1}>
          {layerY.flatMap((y0, j) =>
            keptAt(j) ? nextY.map((y1, k) => <line key={`out${j}-${k}`} x1={outX} y1={y0} x2={colX[2]} y2={y1} data-out={j} />) : [],
          )}
        </g>
        {prevY.map((y, i) => (
          <circle key={`p${i}`} className="mask-io" cx={colX[0]} cy={y} r={r * 0.8} fill="#fff" stroke="#555" />
        ))}
        {nextY.map((y, i) => (
          <circle key={`n${i}`} className="mask-io" cx={colX[2]} cy={y} r={r * 0.8} fill="#fff" stroke="#555" />
        ))}
        {layerY.map((y, j) => (
          <g key={`u${j}`} data-unit={j} data-kept={keptAt(j) ? 1 : 0}>
            <Unit x={colX[1]} y={y} r={r} kept={keptAt(j)} />
            <line x1={colX[1] + r} x2={tagX} y1={y} y2={y} stroke={keptAt(j) ? KEPT : DROPPED_STROKE} strokeWidth={1} />
            <rect x={tagX} y={y - 7} width={TAG_W} height={14} rx={3} className="mask-tag" />
            <text x={tagX + TAG_W / 2} y={y} dy="0.32em" textAnchor="middle" className="mask-factor">
              {keptAt(j) ? `×${scale}` : '×0'}
            </text>
          </g>
        ))}
        <text x={colX[1]} y={top + h - 2} textAnchor="middle" className="mask-more">
          {labels.more}
        </text>
        <g>
          {Array.from({ length: units }, (_, j) => {
            const cx = gridX0 + (j % side) * cell + cell / 2;
            const cy = gridY0 + Math.floor(j / side) * cell + cell / 2;
            return <Unit key={`g${j}`} x={cx} y={cy} r={cell * 0.38} kept={keptAt(j)} />;
          })}
          <rect x={gridX0} y={gridY0} width={side * cell} height={cell} fill="none" stroke="currentColor" strokeWidth={1.5} strokeDasharray="4 2" />
        </g>
      </svg>
      <ul className="legend">
        <li>
          <svg width={16} height={16} aria-hidden="true">
            <Unit x={8} y={8} r={6} kept />
          </svg>
          {labels.kept}
        </li>
        <li>
          <svg width={16} height={16} aria-hidden="true">
            <Unit x={8} y={8} r={6} kept={false} />
          </svg>
          {labels.dropped}
        </li>
      </ul>
    </div>
  );
}
