// The section after the paths: what they show, beside the distance ‖w − w*‖ of each path against epochs (log scale).
import { format, line, scaleLinear, scaleLog, type ScaleLinear } from 'd3';
import { useCallback, useId, useMemo } from 'react';
import { useLessonParams } from '../../state/useLessonParams';
import { useT } from '../../state/useText';
import { Axis } from '../../components/charts/Axis';
import { CrosshairLayer, CrosshairReadout } from '../../components/charts/Crosshair';
import { CHART_TEXT } from '../../components/charts/text';
import { useCrosshair } from '../../components/charts/useCrosshair';
import { useChartDimensions } from '../../components/charts/useChartDimensions';
import { Figure } from '../../components/Figure';
import { fmt, fmt6 } from '../../components/format';
import { Prose } from '../../components/Prose';
import type { Path } from './model';
import { minibatchParams as P } from './params';
import { minibatchPathsScript } from './pythonPaths';
import { TEXT } from './text';
import { PATH_STYLES, pathName, useRegression } from './useRegression';

const MARGIN = { top: 10, right: 12, bottom: 38, left: 56 };
const COLUMNS = ['batch_size', 'step', 'epoch', 'distance'] as const;
/** Distances below this are drawn at it (a path that lands exactly on w* stays on the log axis). */
const FLOOR = 1e-6;

/** ‖w_k − w*‖ for every point k of a path. */
function distances(p: Path, opt: readonly [number, number]): number[] {
  return Array.from({ length: p.steps + 1 }, (_, k) => Math.hypot(p.w[2 * k] - opt[0], p.w[2 * k + 1] - opt[1]));
}

export function DistanceSection() {
  const t = useT();
  const { values } = useLessonParams(P);
  const { optimum, paths } = useRegression(values);
  const dist = useMemo(() => paths.map((p) => distances(p, optimum)), [paths, optimum]);
  const rows = useMemo(
    () => paths.flatMap((p, j) => dist[j].map((distance, k) => ({ batch_size: p.batchSize, step: k, epoch: k / p.updatesPerEpoch, distance }))),
    [paths, dist],
  );
  const [ref, dims] = useChartDimensions<HTMLDivElement>(MARGIN, 0.6);
  const lo = Math.max(FLOOR, Math.min(...dist.map((d) => Math.min(...d))));
  const hi = Math.max(...dist.map((d) => Math.max(...d)));
  const x = scaleLinear().domain([0, values.epochs]).range([MARGIN.left, MARGIN.left + dims.innerWidth]);
  const y = scaleLog().domain([lo, hi]).range([MARGIN.top + dims.innerHeight, MARGIN.top]).nice();
  // The shared Axis reads range, ticks and tickFormat: the log scale's own, with plain decimals instead of SI prefixes.
  const yAxis = Object.assign((v: number) => y(v), { range: () => y.range(), ticks: (n: number) => y.ticks(n), tickFormat: () => format('~g') }) as unknown as ScaleLinear<number, number>;
  const title = t(TEXT.distanceCaption);
  // Crosshair: the points are the epoch ends 0 … epochs; each path is read at the update that ends that epoch.
  const readoutId = useId();
  const epochs = values.epochs;
  const nearest = useCallback((px: number) => Math.min(epochs, Math.max(0, Math.round(x.invert(px)))), [x, epochs]);
  const crosshair = useCrosshair(() => epochs + 1, nearest, dims.width, dims.height);
  const e = crosshair.index;
  const read = e === null ? [] : paths.map((p, j) => ({ j, v: dist[j][Math.min(dist[j].length - 1, e * p.updatesPerEpoch)] }));
  return (
    <section className="lesson-figure-row" data-embed="distance">
      <div className="prose">
        <Prose text={t(TEXT.pathsAfter)} />
      </div>
      <div className="side-col">
        <h3>{t(TEXT.distanceTitle)}</h3>
        <Figure id="minibatch/distance" caption={title} columns={COLUMNS} rows={rows} format={fmt6} python={(lang) => minibatchPathsScript(values, 'distance', lang)}>
          <div ref={ref} className="chart minibatch-distance">
            <svg
              width={dims.width}
              height={dims.height}
              viewBox={`0 0 ${dims.width} ${dims.height}`}
              role="img"
              aria-label={t(CHART_TEXT.lineLabel, { x: t(TEXT.epoch), y: '‖w − w*‖' })}
              aria-describedby={readoutId}
              {...crosshair.bind}
            >
              {paths.map((p, j) => {
                const d = line<number>()
                  .x((_, k) => x(k / p.updatesPerEpoch))
                  .y((v) => y(Math.max(FLOOR, v)))(dist[j]);
                return <path key={p.batchSize} d={d ?? ''} fill="none" stroke={PATH_STYLES[j].color} strokeWidth={j === 0 ? 1 : 2} strokeDasharray={PATH_STYLES[j].dash} />;
              })}
              <Axis scale={x} orient="bottom" at={MARGIN.top + dims.innerHeight} label={t(TEXT.epoch)} />
              <Axis scale={yAxis} orient="left" at={MARGIN.left} label="‖w − w*‖" ticks={4} />
              {e !== null && (
                <CrosshairLayer
                  guideX={x(e)}
                  top={MARGIN.top}
                  bottom={MARGIN.top + dims.innerHeight}
                  marks={read.map((r) => ({ x: x(e), y: y(Math.max(FLOOR, r.v)), color: PATH_STYLES[r.j].color }))}
                />
              )}
            </svg>
            <CrosshairReadout
              id={readoutId}
              hint={t(CHART_TEXT.lineHint)}
              title={e === null ? null : `${t(TEXT.epoch)} ${e}`}
              items={read.map((r) => ({ label: pathName(t, paths[r.j], r.j), value: fmt(r.v, 4), color: PATH_STYLES[r.j].color, dash: PATH_STYLES[r.j].dash }))}
              side={e !== null && e > epochs / 2 ? 'left' : 'right'}
            />
          </div>
          <ul className="legend">
            {paths.map((p, j) => (
              <li key={p.batchSize}>
                <svg width={28} height={10} aria-hidden="true">
                  <line x1={0} x2={28} y1={5} y2={5} stroke={PATH_STYLES[j].color} strokeWidth={2.5} strokeDasharray={PATH_STYLES[j].dash} />
                </svg>
                {pathName(t, p, j)}
              </li>
            ))}
          </ul>
        </Figure>
      </div>
    </section>
  );
}
