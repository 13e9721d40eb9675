// The generalization lesson's fit figure: training and test points, the true cubic and the current model's curve.
import { line, scaleLinear } from 'd3';
import { useCallback, useId, useMemo } from 'react';
import { useT } from '../../state/useText';
import { Axis } from '../../components/charts/Axis';
import { CrosshairLayer, CrosshairReadout } from '../../components/charts/Crosshair';
import { CHART_TEXT } from '../../components/charts/text';
import { useCrosshair } from '../../components/charts/useCrosshair';
import { fmt } from '../../components/format';
import { useChartDimensions } from '../../components/charts/useChartDimensions';
import { SERIES } from '../../components/palette';

const MARGIN = { top: 10, right: 12, bottom: 38, left: 48 };
/** The plotted window: x ~ N(0, 1) lies almost entirely in [−3, 3]. */
export const X_RANGE: [number, number] = [-3, 3];

interface Props {
  trainX: Float32Array;
  trainY: Float32Array;
  testX: Float32Array;
  testY: Float32Array;
  grid: readonly number[];
  yTrue: readonly number[];
  yFit: readonly number[] | null;
  labels: { trueCurve: string; model: string };
}

export function FitPlot({ trainX, trainY, testX, testY, grid, yTrue, yFit, labels }: Props) {
  const [ref, dims] = useChartDimensions<HTMLDivElement>(MARGIN, 0.6);
  const yDomain = useMemo(() => {
    let lo = Math.min(...yTrue), hi = Math.max(...yTrue);
    for (const v of trainY) {
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
    return scaleLinear().domain([lo, hi]).nice().domain() as [number, number];
  }, [yTrue, trainY]);
  const x = scaleLinear().domain(X_RANGE).range([MARGIN.left, MARGIN.left + dims.innerWidth]);
  const y = scaleLinear().domain(yDomain).range([MARGIN.top + dims.innerHeight, MARGIN.top]);
  const curve = line<number>()
    .x((_, i) => x(grid[i]))
    .y((v) => y(Math.max(yDomain[0] - 1e3, Math.min(yDomain[1] + 1e3, v))));
  const clipId = useId(); // unique per plot: a fixed id would collide with a second copy on the page
  const [cTrain, cTest, cTrue] = [SERIES[1], SERIES[0], SERIES[5]];
  // Crosshair over the grid: the true curve's and the model's value at the grid point nearest the pointer.
  const t = useT();
  const readoutId = useId();
  const count = useCallback(() => grid.length, [grid]);
  const nearest = useCallback(
    (px: number) => {
      const v = x.invert(px);
      let best = 0;
      grid.forEach((g, i) => {
        if (Math.abs(g - v) < Math.abs(grid[best] - v)) best = i;
      });
      return grid.length ? best : null;
    },
    [grid, x],
  );
  const crosshair = useCrosshair(count, nearest, dims.width, dims.height);
  const k = crosshair.index;
  const read =
    k === null
      ? []
      : [
          { label: labels.trueCurve, v: yTrue[k], color: cTrue.color, dash: '5 4' },
          ...(yFit ? [{ label: labels.model, v: yFit[k], color: cTest.color, dash: '' }] : []),
        ];
  return (
    <div ref={ref} className="chart fit-plot">
      <svg
        width={dims.width}
        height={dims.height}
        viewBox={`0 0 ${dims.width} ${dims.height}`}
        role="img"
        aria-label={t(CHART_TEXT.lineLabel, { x: 'x', y: 'y' })}
        aria-describedby={readoutId}
        {...crosshair.bind}
      >
        <defs>
          <clipPath id={clipId}>
            <rect x={MARGIN.left} y={MARGIN.top} width={dims.innerWidth} height={dims.innerHeight} />
          </clipPath>
        </defs>
        <Axis scale={x} orient="bottom" at={MARGIN.top + dims.innerHeight} label="x" />
        <Axis scale={y} orient="left" at={MARGIN.left} label="y" />
        <g clipPath={`url(#${clipId})`}>
          {Array.from(testX, (v, i) => (
            <circle key={`t${i}`} cx={x(v)} cy={y(testY[i])} r={3} fill="none" stroke={cTest.color} strokeOpacity={0.7} />
          ))}
          {Array.from(trainX, (v, i) => (
            <circle key={`r${i}`} cx={x(v)} cy={y(trainY[i])} r={3.5} fill={cTrain.color} />
          ))}
          <path d={curve(yTrue as number[]) ?? ''} fill="none" stroke={cTrue.color} strokeWidth={1.5} strokeDasharray="5 4" data-series="true" />
          {yFit && <path d={curve(yFit as number[]) ?? ''} fill="none" stroke={cTest.color} strokeWidth={2.5} data-series="model" />}
          {k !== null && (
            <CrosshairLayer
              guideX={x(grid[k])}
              top={MARGIN.top}
              bottom={MARGIN.top + dims.innerHeight}
              marks={read.map((r) => ({ x: x(grid[k]), y: y(r.v), color: r.color }))}
            />
          )}
        </g>
      </svg>
      <ul className="legend">
        <li>
          <svg width={28} height={10} aria-hidden="true">
            <line x1={0} x2={28} y1={5} y2={5} stroke={cTrue.color} strokeDasharray="5 4" strokeWidth={1.5} />
          </svg>
          {labels.trueCurve}
        </li>
        <li>
          <svg width={28} height={10} aria-hidden="true">
            <line x1={0} x2={28} y1={5} y2={5} stroke={cTest.color} strokeWidth={2.5} />
          </svg>
          {labels.model}
        </li>
      </ul>
      <CrosshairReadout
        id={readoutId}
        hint={t(CHART_TEXT.lineHint)}
        title={k === null ? null : `x ${fmt(grid[k], 3)}`}
        items={read.map((r) => ({ label: r.label, value: fmt(r.v, 4), color: r.color, dash: r.dash }))}
        side={k !== null && x(grid[k]) > MARGIN.left + dims.innerWidth / 2 ? 'left' : 'right'}
      />
    </div>
  );
}
