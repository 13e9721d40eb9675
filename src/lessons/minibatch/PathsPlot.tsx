// Contours of the regression loss with the batch-1, mini-batch and full-batch paths up to the playback cursor, and a crosshair.
import { scaleLinear, symbolCross } from 'd3';
import { useCallback, useId, useMemo } from 'react';
import { useT } from '../../state/useText';
import { Axis } from '../../components/charts/Axis';
import { ContourLayer } from '../../components/charts/ContourLayer';
import { CrosshairLayer, CrosshairReadout } from '../../components/charts/Crosshair';
import { CHART_TEXT } from '../../components/charts/text';
import { symbolsPath } from '../../components/charts/symbolsPath';
import { useChartDimensions } from '../../components/charts/useChartDimensions';
import { usePathCrosshair, type PlotPath } from '../../components/charts/usePathCrosshair';
import { fmt } from '../../components/format';
import type { SeriesStyle } from '../../components/palette';
import { DOMAIN, loss, type Path, type RegressionData } from './model';
import { TEXT } from './text';

const MARGIN = { top: 12, right: 16, bottom: 40, left: 48 };

interface Props {
  data: RegressionData;
  paths: readonly Path[];
  /** Updates drawn of each path (same order as paths). */
  shown: readonly number[];
  names: readonly string[];
  styles: readonly SeriesStyle[];
  optimum: readonly [number, number];
}

export function PathsPlot({ data, paths, shown, names, styles, optimum }: Props) {
  const t = useT();
  const readoutId = useId();
  const clipId = useId();
  const [dx, dy] = DOMAIN;
  const [ref, dims] = useChartDimensions<HTMLDivElement>(MARGIN, 0.8);
  const x = useMemo(() => scaleLinear().domain(dx).range([MARGIN.left, MARGIN.left + dims.innerWidth]), [dx, dims.innerWidth]);
  const y = useMemo(() => scaleLinear().domain(dy).range([MARGIN.top + dims.innerHeight, MARGIN.top]), [dy, dims.innerHeight]);
  const f = useCallback((a: number, b: number) => loss(data, a, b), [data]);
  const thresholds = useMemo(() => {
    const lo = loss(data, optimum[0], optimum[1]);
    const hi = Math.max(f(dx[0], dy[0]), f(dx[1], dy[1]), f(dx[0], dy[1]), f(dx[1], dy[0]));
    return [lo, ...Array.from({ length: 14 }, (_, i) => lo + (hi - lo) * Math.pow(0.6, 14 - i))];
  }, [data, optimum, f, dx, dy]);

  const drawn = paths.map((p, j) => {
    const pts: [number, number][] = [];
    for (let k = 0; k <= shown[j]; k++) pts.push([Math.round(x(p.w[2 * k]) * 10) / 10, Math.round(y(p.w[2 * k + 1]) * 10) / 10]);
    return pts;
  });
  const plotPaths: PlotPath[] = drawn.map((pts, j) => ({ name: names[j], color: styles[j].color, points: pts }));
  const crosshair = usePathCrosshair(plotPaths, dims.width, dims.height);
  const read = crosshair.reading;
  const j = read ? plotPaths.indexOf(read.path) : -1;
  const at = read && j >= 0 ? [paths[j].w[2 * read.step], paths[j].w[2 * read.step + 1]] : null;

  return (
    <div ref={ref} className="chart minibatch-paths">
      <svg width={dims.width} height={dims.height} viewBox={`0 0 ${dims.width} ${dims.height}`} role="group" aria-describedby={readoutId} {...crosshair.bind}>
        <title>{t(TEXT.pathsCaption)}</title>
        <defs>
          <clipPath id={clipId}>
            <rect x={MARGIN.left} y={MARGIN.top} width={dims.innerWidth} height={dims.innerHeight} />
          </clipPath>
        </defs>
        <g clipPath={`url(#${clipId})`}>
          <ContourLayer f={f} x={x} y={y} thresholds={thresholds} />
          {paths.map((p, k) => (
            <g key={p.batchSize} data-series={p.batchSize} className="trajectory">
              <polyline points={drawn[k].join(' ')} fill="none" stroke={styles[k].color} strokeWidth={k === 0 ? 1.2 : 2} strokeDasharray={styles[k].dash} />
              <path d={symbolsPath(styles[k].symbol, k === 0 ? 8 : 28, drawn[k])} fill={styles[k].color} stroke="white" strokeWidth={0.4} />
            </g>
          ))}
          <path d={symbolsPath(symbolCross, 140, [[x(optimum[0]), y(optimum[1])]])} fill="black" stroke="white" strokeWidth={1} data-optimum />
          {read && <CrosshairLayer top={MARGIN.top} bottom={MARGIN.top + dims.innerHeight} marks={[{ x: read.px, y: read.py, color: read.path.color }]} />}
        </g>
        <Axis scale={x} orient="bottom" at={MARGIN.top + dims.innerHeight} label="w₁" />
        <Axis scale={y} orient="left" at={MARGIN.left} label="w₂" />
      </svg>
      <CrosshairReadout
        id={readoutId}
        hint={t(CHART_TEXT.pathHint)}
        side={read && read.px > MARGIN.left + dims.innerWidth / 2 ? 'left' : 'right'}
        title={read ? t(CHART_TEXT.pathTitle, { name: read.path.name, k: read.step }) : null}
        items={
          at
            ? [
                { label: 'w₁', value: fmt(at[0], 4) },
                { label: 'w₂', value: fmt(at[1], 4) },
                { label: 'L(w)', value: fmt(loss(data, at[0], at[1]), 4) },
              ]
            : []
        }
      />
    </div>
  );
}
