// Contour plot of a saddle surface with each optimizer's path up to the cursor, the escape level and a draggable start point.
import { scaleLinear } from 'd3';
import { useId, useMemo } from 'react';
import { useT } from '../../state/useText';
import { Axis } from '../../components/charts/Axis';
import { ContourLayer } from '../../components/charts/ContourLayer';
import { CrosshairLayer, CrosshairReadout } from '../../components/charts/Crosshair';
import { StartHandle, useStartDrag } from '../../components/charts/StartHandle';
import { CHART_TEXT } from '../../components/charts/text';
import { usePathCrosshair, type PlotPath } from '../../components/charts/usePathCrosshair';
import { symbolsPath } from '../../components/charts/symbolsPath';
import { useChartDimensions } from '../../components/charts/useChartDimensions';
import { fmt } from '../../components/format';
import { SERIES } from '../../components/palette';
import type { Objective2D } from '../../engine/objectives/types';
import { OPTIMIZER_NAMES, type OptimizerName } from '../../engine/optimizers';
import { ESCAPE_LEVEL, type SaddlePath } from './model';
import { TEXT } from './text';

const MARGIN = { top: 12, right: 16, bottom: 40, left: 48 };
/** The escape level, traced as a dashed line. */
const ESCAPE_THRESHOLD = [ESCAPE_LEVEL];
/** Contour levels, ascending; the first band (below −12) is the darkest, so every part of the plot is shaded. */
const LEVELS = [-1e9, -12, -8, -6, -4, -3, -2, -1.5, ESCAPE_LEVEL, -0.5, -0.25, 0, 0.25, 0.5, 1, 1.5, 2, 3, 4, 6, 8, 12];

interface Props {
  obj: Objective2D;
  paths: readonly SaddlePath[];
  cursor: number;
  x0: readonly [number, number];
  onMoveStart(x0: [number, number]): void;
}

/** Colour, dash and marker of an optimizer (the same as in the optimizers lesson). */
export function styleOf(name: OptimizerName) {
  return SERIES[OPTIMIZER_NAMES.indexOf(name)];
}

export function SaddlePlot({ obj, paths, cursor, x0, onMoveStart }: Props) {
  const t = useT();
  const clipId = useId();
  const readoutId = useId();
  const [dx, dy] = obj.domain;
  const [ref, dims] = useChartDimensions<HTMLDivElement>(MARGIN, 0.6);
  const x = useMemo(() => scaleLinear().domain(dx).range([MARGIN.left, MARGIN.left + dims.innerWidth]), [dx, dims.innerWidth]);
  const y = useMemo(() => scaleLinear().domain(dy).range([MARGIN.top + dims.innerHeight, MARGIN.top]), [dy, dims.innerHeight]);
  const drawn = paths.map((p) => {
    const pts: [number, number][] = [];
    for (let k = 0; k <= Math.min(cursor, p.last); k++) pts.push([Math.round(x(p.x[2 * k]) * 10) / 10, Math.round(y(p.x[2 * k + 1]) * 10) / 10]);
    return { p, st: styleOf(p.name), pts };
  });
  const plotPaths: PlotPath[] = drawn.map((d) => ({ name: d.p.name, color: d.st.color, points: d.pts }));
  const crosshair = usePathCrosshair(plotPaths, dims.width, dims.height);
  const drag = useStartDrag({ x, y, domain: obj.domain, size: dims, x0, onMoveStart, keyStep: [0.05, 0.5], digits: 3, crosshair: crosshair.bind });
  const read = crosshair.reading;
  const readP = read ? paths.find((p) => p.name === read.path.name) : undefined;
  const readAt = read && readP ? [readP.x[2 * read.step], readP.x[2 * read.step + 1], readP.f[read.step]] : null;
  // The level line is traced on a grid 10 % wider than the plot, so the clip hides the polygon's edges along the border.
  const wide = useMemo(() => {
    const grow = (s: typeof x, d: readonly [number, number]) => {
      const m = 0.1 * (d[1] - d[0]);
      return s.copy().domain([d[0] - m, d[1] + m]).range([s(d[0] - m), s(d[1] + m)]);
    };
    return { x: grow(x, dx), y: grow(y, dy) };
  }, [x, y, dx, dy]);

  return (
    <div ref={ref} className="chart saddle-plot">
      <svg
        width={dims.width}
        height={dims.height}
        viewBox={`0 0 ${dims.width} ${dims.height}`}
        role="group"
        aria-describedby={readoutId}
        {...drag.svg}
      >
        <title>{t(TEXT.pathsCaption)}</title>
        <defs>
          <clipPath id={clipId}>
            <rect x={MARGIN.left} y={MARGIN.top} width={dims.innerWidth} height={dims.innerHeight} />
          </clipPath>
        </defs>
        <g clipPath={`url(#${clipId})`}>
          <ContourLayer f={obj.f} x={x} y={y} thresholds={LEVELS} />
          <g className="escape-level">
            <ContourLayer f={obj.f} x={wide.x} y={wide.y} thresholds={ESCAPE_THRESHOLD} />
          </g>
          {drawn.map(({ p, st, pts }) => (
            <g key={p.name} data-series={p.name} className="trajectory">
              <polyline points={pts.join(' ')} fill="none" stroke={st.color} strokeWidth={2} strokeDasharray={st.dash} />
              <path d={symbolsPath(st.symbol, 24, pts)} fill={st.color} stroke="white" strokeWidth={0.5} />
            </g>
          ))}
          {read && <CrosshairLayer top={MARGIN.top} bottom={MARGIN.top + dims.innerHeight} marks={[{ x: read.px, y: read.py, color: read.path.color }]} />}
        </g>
        <Axis scale={x} orient="bottom" at={MARGIN.top + dims.innerHeight} label="x₁" />
        <Axis scale={y} orient="left" at={MARGIN.left} label="x₂" />
        <StartHandle at={[x(x0[0]), y(x0[1])]} x0={x0} onKey={drag.onKey} />
      </svg>
      <CrosshairReadout
        id={readoutId}
        hint={t(CHART_TEXT.pathHint)}
        side={read && read.px > MARGIN.left + dims.innerWidth / 2 ? 'left' : 'right'}
        title={read ? t(CHART_TEXT.pathTitle, { name: read.path.name, k: read.step }) : null}
        items={
          readAt
            ? [
                { label: 'x₁', value: fmt(readAt[0], 4) },
                { label: 'x₂', value: fmt(readAt[1], 4) },
                { label: 'f(x)', value: fmt(readAt[2], 4) },
              ]
            : []
        }
      />
    </div>
  );
}
