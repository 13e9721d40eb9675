// Contour plot of the objective with one clipped trajectory per optimizer and a draggable start point.
import { interpolateRgb, scaleLinear } from 'd3';
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
import { useDarkTheme } from '../../components/useDarkTheme';
import type { Objective2D } from '../../engine/objectives';
import { OPTIMIZER_NAMES } from '../../engine/optimizers';
import type { Trajectory } from './model';
import { TEXT } from './text';

const MARGIN = { top: 12, right: 16, bottom: 40, left: 48 };
/** Points further than this many plot widths outside the domain are not drawn (they are clipped anyway). */
const FAR = 4;

interface Props {
  obj: Objective2D;
  trajectories: readonly Trajectory[];
  cursor: number;
  x0: readonly [number, number];
  onMoveStart(x0: [number, number]): void;
}

/** Series colours on the dark contour panel: the same hues, light enough to read on dark grey (near-black → near-white). */
const DARK_COLORS = ['#FF7A33', '#56B4E9', '#2FD0A0', '#E08FC0', '#E69F00', '#EEEEEE'];
/** Dark theme bands: the lowest band darkest (as on the light panel), the highest a mid grey. */
const DARK_BANDS = interpolateRgb('#0c0e11', '#4d5661');
const darkBands = (t: number) => DARK_BANDS(t);

/** Colour, dash and marker of an optimizer's path; `dark` for the dark theme's panel. */
export function styleOf(name: Trajectory['name'], dark = false) {
  const i = OPTIMIZER_NAMES.indexOf(name);
  return dark ? { ...SERIES[i], color: DARK_COLORS[i] } : SERIES[i];
}

export function TrajectoryPlot({ obj, trajectories, cursor, x0, onMoveStart }: Props) {
  const t = useT();
  const dark = useDarkTheme();
  const clipId = useId();
  const readoutId = useId();
  const [dx, dy] = obj.domain;
  const aspect = (dy[1] - dy[0]) / (dx[1] - dx[0]);
  const [ref, dims] = useChartDimensions<HTMLDivElement>(MARGIN, Math.min(0.75, aspect * 1.1));
  const x = useMemo(() => scaleLinear().domain(dx).range([MARGIN.left, MARGIN.left + dims.innerWidth]), [dx, dims.innerWidth]);
  const y = useMemo(() => scaleLinear().domain(dy).range([MARGIN.top + dims.innerHeight, MARGIN.top]), [dy, dims.innerHeight]);
  const thresholds = useMemo(() => {
    const fMax = Math.max(obj.f(dx[0], dy[0]), obj.f(dx[1], dy[1]));
    return [0, ...Array.from({ length: 14 }, (_, i) => fMax * Math.pow(0.62, 14 - i) * 1.2)];
  }, [obj, dx, dy]);
  const span = [dx[1] - dx[0], dy[1] - dy[0]];
  const far = (a: number, b: number) =>
    !Number.isFinite(a) || !Number.isFinite(b) || a < dx[0] - FAR * span[0] || a > dx[1] + FAR * span[0] || b < dy[0] - FAR * span[1] || b > dy[1] + FAR * span[1];
  // Each path in plot units, point k = step k, up to the cursor and the first point far outside the plot.
  const drawn = trajectories.map((tr) => {
    const pts: [number, number][] = [];
    const last = Math.min(cursor, tr.steps);
    for (let k = 0; k <= last; k++) {
      const a = tr.x[2 * k], b = tr.x[2 * k + 1];
      if (far(a, b)) break;
      pts.push([Math.round(x(a) * 10) / 10, Math.round(y(b) * 10) / 10]);
    }
    return { tr, st: styleOf(tr.name, dark), pts };
  });
  const plotPaths: PlotPath[] = drawn.map((d) => ({ name: d.tr.name, color: d.st.color, points: d.pts }));
  const crosshair = usePathCrosshair(plotPaths, dims.width, dims.height);
  const drag = useStartDrag({ x, y, domain: obj.domain, size: dims, x0, onMoveStart, keyStep: [0.1, 1], digits: 2, crosshair: crosshair.bind });
  const read = crosshair.reading;
  const readTr = read ? trajectories.find((tr) => tr.name === read.path.name) : undefined;
  const readAt: [number, number] | null = read && readTr ? [readTr.x[2 * read.step], readTr.x[2 * read.step + 1]] : null;

  return (
    <div ref={ref} className="chart trajectory-plot" data-theme={dark ? 'dark' : 'light'}>
      <svg
        width={dims.width}
        height={dims.height}
        viewBox={`0 0 ${dims.width} ${dims.height}`}
        role="group"
        aria-describedby={readoutId}
        {...drag.svg}
      >
        <title>{t(TEXT.figureCaption)}</title>
        <defs>
          <clipPath id={clipId}>
            <rect x={MARGIN.left} y={MARGIN.top} width={dims.innerWidth} height={dims.innerHeight} />
          </clipPath>
        </defs>
        <g clipPath={`url(#${clipId})`}>
          <ContourLayer f={obj.f} x={x} y={y} thresholds={thresholds} bandFill={dark ? darkBands : undefined} lineColor={dark ? '#000000' : undefined} />
          <line x1={x(0)} x2={x(0)} y1={MARGIN.top} y2={MARGIN.top + dims.innerHeight} className="crosshair" />
          <line y1={y(0)} y2={y(0)} x1={MARGIN.left} x2={MARGIN.left + dims.innerWidth} className="crosshair" />
          {drawn.map(({ tr, st, pts }) => (
            <g key={tr.name} data-series={tr.name} className="trajectory">
              <polyline points={pts.join(' ')} fill="none" stroke={st.color} strokeWidth={2} strokeDasharray={st.dash} />
              <path d={symbolsPath(st.symbol, 28, pts)} fill={st.color} stroke="white" strokeWidth={0.5} />
            </g>
          ))}
          {read && <CrosshairLayer top={MARGIN.top} bottom={MARGIN.top + dims.innerHeight} marks={[{ x: read.px, y: read.py, color: read.path.color }]} />}
        </g>
        <Axis scale={x} orient="bottom" at={MARGIN.top + dims.innerHeight} label="x₁" />
        <Axis scale={y} orient="left" at={MARGIN.left} label="x₂" />
        {trajectories
          .filter((tr) => tr.divergedAt !== null && tr.divergedAt <= cursor)
          .map((tr, i) => (
            <text
              key={tr.name}
              className="diverged-label"
              data-diverged={tr.name}
              x={MARGIN.left + dims.innerWidth - 6}
              y={MARGIN.top + 16 + 16 * i}
              textAnchor="end"
              fill={styleOf(tr.name, dark).color}
            >
              {t('labelColon', { label: tr.name })}
              {t(TEXT.diverged, { k: tr.divergedAt! })}
            </text>
          ))}
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
                { label: 'f(x)', value: fmt(obj.f(readAt[0], readAt[1]), 4) },
              ]
            : []
        }
      />
    </div>
  );
}
