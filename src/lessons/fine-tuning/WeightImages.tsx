// First-layer weight images: for each network (row) the 28×28 input weights of its first units, coloured ± the unit's largest
// |w|, with a hover and keyboard readout of one pixel (arrow keys move it, across images at their edges).
import { useMemo, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { imageUrl } from '../../components/charts/unitImages';
import { fmt } from '../../components/format';
import { useT } from '../../state/useText';
import { TEXT } from './text';
import { unitWeights, SIDE } from './weights';

export interface WeightRow {
  label: string;
  /** The network's flat parameters (the first layer's W at 0, 784×units row-major). */
  params: Float32Array;
}

const CELL = 64;
const GAP = 6;
const LEFT = 96;

export function WeightImages({ rows, units, fanOut }: { rows: readonly WeightRow[]; units: number; fanOut: number }) {
  const t = useT();
  const images = useMemo(
    () =>
      rows.map((row) =>
        Array.from({ length: units }, (_, j) => {
          const w = unitWeights(row.params, fanOut, j);
          const m = w.reduce((a, v) => Math.max(a, Math.abs(v)), 0);
          return { w, url: imageUrl(w, SIDE, -m, m) };
        }),
      ),
    [rows, units, fanOut],
  );
  const [at, setAt] = useState<{ row: number; unit: number; r: number; c: number } | null>(null);
  const width = LEFT + units * (CELL + GAP);
  const height = rows.length * (CELL + GAP);
  const onMove = (row: number, unit: number) => (e: MouseEvent<SVGRectElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    const c = Math.min(SIDE - 1, Math.max(0, Math.floor(((e.clientX - box.left) / box.width) * SIDE)));
    const r = Math.min(SIDE - 1, Math.max(0, Math.floor(((e.clientY - box.top) / box.height) * SIDE)));
    setAt({ row, unit, r, c });
  };
  const onKey = (e: KeyboardEvent) => {
    const cur = at ?? { row: 0, unit: 0, r: 0, c: 0 };
    let { row, unit, r, c } = cur;
    if (e.key === 'ArrowRight') c++;
    else if (e.key === 'ArrowLeft') c--;
    else if (e.key === 'ArrowDown') r++;
    else if (e.key === 'ArrowUp') r--;
    else return;
    e.preventDefault();
    if (c >= SIDE) [c, unit] = unit + 1 < units ? [0, unit + 1] : [SIDE - 1, unit];
    if (c < 0) [c, unit] = unit > 0 ? [SIDE - 1, unit - 1] : [0, unit];
    if (r >= SIDE) [r, row] = row + 1 < rows.length ? [0, row + 1] : [SIDE - 1, row];
    if (r < 0) [r, row] = row > 0 ? [SIDE - 1, row - 1] : [0, row];
    setAt({ row, unit, r, c });
  };
  const cur = at && images[at.row]?.[at.unit] ? at : null;
  return (
    <div className="weight-images">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        style={{ maxWidth: width * 1.2 }}
        role="img"
        tabIndex={0}
        aria-label={t(TEXT.weightsTitle)}
        onKeyDown={onKey}
        onFocus={() => setAt((a) => a ?? { row: 0, unit: 0, r: 14, c: 14 })}
        onMouseLeave={() => setAt(null)}
        data-chart="weight-images"
      >
        {rows.map((row, i) => (
          <g key={row.label} data-row={i}>
            <text x={LEFT - 8} y={i * (CELL + GAP) + CELL / 2 + 4} textAnchor="end" fontSize={12}>
              {row.label}
            </text>
            {images[i].map((img, j) => {
              const x = LEFT + j * (CELL + GAP);
              const y = i * (CELL + GAP);
              return (
                <g key={j} data-unit={j}>
                  {img.url && <image href={img.url} x={x} y={y} width={CELL} height={CELL} style={{ imageRendering: 'pixelated' }} preserveAspectRatio="none" />}
                  <rect x={x} y={y} width={CELL} height={CELL} fill="transparent" stroke={cur && cur.row === i && cur.unit === j ? 'currentColor' : '#999'} strokeWidth={cur && cur.row === i && cur.unit === j ? 2 : 0.5} onMouseMove={onMove(i, j)} />
                  {cur && cur.row === i && cur.unit === j && (
                    <rect x={x + (cur.c * CELL) / SIDE} y={y + (cur.r * CELL) / SIDE} width={CELL / SIDE} height={CELL / SIDE} fill="none" stroke="#000" strokeWidth={0.8} pointerEvents="none" />
                  )}
                </g>
              );
            })}
          </g>
        ))}
      </svg>
      <p className="chart-readout" aria-live="polite" data-readout="weights">
        {cur
          ? t(TEXT.pixel, { net: rows[cur.row].label, unit: cur.unit, r: cur.r, c: cur.c, w: fmt(images[cur.row][cur.unit].w[cur.r * SIDE + cur.c], 3) })
          : t(TEXT.pixelHint)}
      </p>
    </div>
  );
}
