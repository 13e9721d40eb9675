// The playground's plot: P(class 1) as a heat map (or the class alone) with the p = 0.5 boundary, or the fitted curve for
// regression; the training and (optionally) test points; points added by clicking or with a keyboard cursor.
import { contours, geoPath, geoTransform, line, scaleLinear } from 'd3';
import { useId, useMemo, useState, type KeyboardEvent, type PointerEvent } from 'react';
import type { Dataset } from '../../engine/train';
import { Axis } from '../../components/charts/Axis';
import { imageUrl } from '../../components/charts/unitImages';
import { useChartDimensions } from '../../components/charts/useChartDimensions';
import { SERIES } from '../../components/palette';
import { cellCentre } from './model';
import { PLANE } from './params';

const MARGIN = { top: 8, right: 10, bottom: 34, left: 40 };
const CLASS_COLOUR = [SERIES[0].color, SERIES[1].color];
/** The heat map is drawn faded over the plot's background so that points of either class stay visible on it. */
const HEAT_OPACITY = 0.55;
/** Cursor step of one arrow press, in data units. */
const CURSOR_STEP = 0.05;

interface Props {
  train: Dataset | null;
  test: Dataset | null;
  /** Training rows from this index on are the added points (drawn as squares). */
  addedFrom: number;
  /** Draw the test points. */
  showTest: boolean;
  /** Colour by the class (p ≥ 0.5) instead of the probability. */
  discrete: boolean;
  regression: boolean;
  /** g×g P(class 1), row 0 at the top (classification), or g predictions along x (regression); null before the first fetch. */
  values: Float32Array | null;
  grid: number;
  /** The class a plain click adds (Shift adds the other). */
  addClass: 0 | 1;
  onAdd(x1: number, x2: number, c: number): void;
  ariaLabel: string;
  cursorText: (x1: string, x2: string) => string;
  /** Accessible names of the axes. */
  xLabel: string;
  yLabel: string;
}

/** The p = 0.5 contour of a g×g grid (row 0 at the top) as an SVG path in pixel coordinates. */
function boundaryPath(values: Float32Array, g: number, px: (x: number) => number, py: (y: number) => number): string {
  const project = geoTransform({
    point(gx: number, gy: number) {
      this.stream.point(px(-PLANE + (gx / g) * 2 * PLANE), py(PLANE - (gy / g) * 2 * PLANE));
    },
  });
  const [c] = contours().size([g, g]).thresholds([0.5])(Array.from(values));
  return c ? (geoPath(project)(c) ?? '') : '';
}

export function OutputPlot(props: Props) {
  const { train, test, addedFrom, showTest, discrete, regression, values, grid, addClass, onAdd, ariaLabel, cursorText, xLabel, yLabel } = props;
  const [ref, dims] = useChartDimensions<HTMLDivElement>(MARGIN, 1, 260);
  const side = Math.min(dims.innerWidth, dims.innerHeight);
  const x = scaleLinear().domain([-PLANE, PLANE]).range([MARGIN.left, MARGIN.left + side]);
  const y = scaleLinear().domain([-PLANE, PLANE]).range([MARGIN.top + side, MARGIN.top]);
  const [cursor, setCursor] = useState<[number, number] | null>(null);
  const clipId = useId();
  const hintId = useId();

  const heat = useMemo(() => {
    if (regression || !values) return null;
    const shifted = Float32Array.from(values, (p) => (discrete ? (p >= 0.5 ? 1 : -1) : 2 * p - 1));
    return imageUrl(shifted, grid, -1, 1);
  }, [values, grid, regression, discrete]);
  const boundary = !regression && values ? boundaryPath(values, grid, x, y) : '';
  const curve =
    regression && values
      ? (line<number>()
          .x((_, i) => x(cellCentre(i, grid)))
          .y((v) => y(Math.max(-3 * PLANE, Math.min(3 * PLANE, v))))(Array.from(values)) ?? '')
      : '';

  const pointOf = (ds: Dataset, i: number): [number, number] => (regression ? [ds.x[i], ds.y[i]] : [ds.x[2 * i], ds.x[2 * i + 1]]);
  const classOf = (ds: Dataset, i: number) => (regression ? 1 : ds.y[i]);
  const other = (c: number) => 1 - c;

  const add = (x1: number, x2: number, shift: boolean) => {
    if (Math.abs(x1) > PLANE || Math.abs(x2) > PLANE) return;
    onAdd(x1, x2, shift ? other(addClass) : addClass);
  };
  const width = MARGIN.left + side + MARGIN.right;
  const height = MARGIN.top + side + MARGIN.bottom;
  const onClick = (e: PointerEvent<SVGSVGElement>) => {
    // The drawing may be scaled to fit (presentation mode): pixels on screen back to the viewBox's units.
    const box = e.currentTarget.getBoundingClientRect();
    if (!box.width || !box.height) return;
    add(x.invert(((e.clientX - box.left) * width) / box.width), y.invert(((e.clientY - box.top) * height) / box.height), e.shiftKey);
  };
  const onKey = (e: KeyboardEvent<SVGSVGElement>) => {
    const [cx, cy] = cursor ?? [0, 0];
    const move: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, 1], ArrowDown: [0, -1] };
    const m = move[e.key];
    if (m) {
      e.preventDefault();
      const clamp = (v: number) => Math.round(Math.min(PLANE, Math.max(-PLANE, v)) * 1000) / 1000;
      setCursor([clamp(cx + m[0] * CURSOR_STEP), clamp(cy + m[1] * CURSOR_STEP)]);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      add(cx, cy, e.shiftKey);
      setCursor([cx, cy]);
    }
  };

  const dots = (ds: Dataset | null, kind: 'train' | 'test') => {
    if (!ds) return null;
    return Array.from({ length: ds.n }, (_, i) => {
      const [a, b] = pointOf(ds, i);
      const colour = CLASS_COLOUR[classOf(ds, i)] ?? CLASS_COLOUR[1];
      if (kind === 'train' && i >= addedFrom) {
        return <rect key={`a${i}`} x={x(a) - 4} y={y(b) - 4} width={8} height={8} fill={colour} stroke="#000" strokeWidth={1.2} />;
      }
      return kind === 'train' ? (
        <circle key={`r${i}`} cx={x(a)} cy={y(b)} r={3.2} fill={colour} stroke="#fff" strokeWidth={0.8} />
      ) : (
        <circle key={`t${i}`} cx={x(a)} cy={y(b)} r={3} fill="none" stroke={colour} strokeWidth={1.4} />
      );
    });
  };

  return (
    <div ref={ref} className="chart playground-plot">
      <svg
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        role="application"
        aria-label={ariaLabel}
        aria-describedby={hintId}
        tabIndex={0}
        data-plot="output"
        onPointerDown={onClick}
        onKeyDown={onKey}
        onFocus={() => setCursor((c) => c ?? [0, 0])}
        onBlur={() => setCursor(null)}
      >
        <defs>
          <clipPath id={clipId}>
            <rect x={MARGIN.left} y={MARGIN.top} width={side} height={side} />
          </clipPath>
        </defs>
        <rect x={MARGIN.left} y={MARGIN.top} width={side} height={side} className="plot-bg" />
        {heat && <image href={heat} x={MARGIN.left} y={MARGIN.top} width={side} height={side} preserveAspectRatio="none" opacity={HEAT_OPACITY} style={{ imageRendering: 'pixelated' }} />}
        <Axis scale={x} orient="bottom" at={MARGIN.top + side} label={xLabel} ticks={5} />
        <Axis scale={y} orient="left" at={MARGIN.left} label={yLabel} ticks={5} />
        <g clipPath={`url(#${clipId})`}>
          {boundary && <path d={boundary} fill="none" stroke="#000" strokeWidth={2} data-series="boundary" />}
          {curve && <path d={curve} fill="none" stroke={SERIES[1].color} strokeWidth={2.5} data-series="fit" />}
          {showTest && <g data-points="test">{dots(test, 'test')}</g>}
          <g data-points="train">{dots(train, 'train')}</g>
          {cursor && (
            <g data-cursor={`${cursor[0]},${cursor[1]}`} pointerEvents="none">
              <circle cx={x(cursor[0])} cy={y(cursor[1])} r={7} fill="none" stroke="#000" strokeWidth={2} />
              <circle cx={x(cursor[0])} cy={y(cursor[1])} r={7} fill="none" stroke="#fff" strokeWidth={1} strokeDasharray="3 3" />
            </g>
          )}
        </g>
      </svg>
      <p id={hintId} className="plot-cursor" aria-live="polite">
        {cursor ? cursorText(cursor[0].toFixed(2), cursor[1].toFixed(2)) : ''}
      </p>
    </div>
  );
}
