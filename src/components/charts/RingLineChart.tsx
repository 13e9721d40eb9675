// A line chart drawn straight from ring buffers (paths rewritten through refs per frame and after every render), with a crosshair.
import { line, scaleLinear, scaleLog, type ScaleContinuousNumeric } from 'd3';
import { useCallback, useId, useLayoutEffect, useRef, useState } from 'react';
import { useT } from '../../state/useText';
import type { RingTable, Subscribable } from '../../worker/page/ringTable';
import { fmt } from '../format';
import { SPLIT_DASH, type SeriesStyle, type Split } from '../palette';
import { useRingSubscription } from '../ring/useRingSubscription';
import { CrosshairLayer, CrosshairReadout } from './Crosshair';
import { GridYAxis } from './GridYAxis';
import { nearestRow, plottable, ringDomain, type ChartDomain } from './ringDomain';
import { SplitLegend } from './SplitLegend';
import { symbolsPath } from './symbolsPath';
import { CHART_TEXT } from './text';
import { useChartDimensions } from './useChartDimensions';
import { useCrosshair } from './useCrosshair';

export interface RingSeries {
  /** The ring to read (a getter: a client replaces its step ring when it creates a new trainer). */
  ring: () => RingTable<string>;
  x: string;
  y: string;
  /** Added to x when drawn and read out (epochs are stored from 0, the tables count them from 1). */
  xOffset?: number;
  label: string;
  /** Colour and marker of the series (its dash is ignored: `split` decides). */
  style: SeriesStyle;
  /** Measured on training data (solid) or held-out data (dashed): the site's one convention (palette SPLIT_DASH). */
  split: Split;
}

interface Props {
  series: readonly RingSeries[];
  /** What to subscribe to (the clients, which are replaced-ring aware). */
  sources: readonly Subscribable[];
  yScale?: 'linear' | 'log';
  xLabel: string;
  yLabel: string;
  /** Fixed y domain (e.g. [0, 1] for accuracy); default: the data's extent. */
  yDomain?: [number, number];
  /** Fixed x domain upper bound (e.g. the epoch budget). */
  xMax?: number;
  aspect?: number;
}

const MARGIN = { top: 10, right: 12, bottom: 38, left: 52 };
/** Markers per series (spread along it, staggered between series) so curves differ by shape, not only colour. */
const MARKERS = 6;

/** 0 … n − 1, reused across frames (grown on demand) so drawing does not allocate an index array per frame. */
let indices = new Uint32Array(0);
function rowIndices(n: number): Uint32Array {
  if (indices.length < n) indices = Uint32Array.from({ length: Math.max(n, 2 * indices.length) }, (_, i) => i);
  return indices.subarray(0, n);
}

const sameDomain = (a: ChartDomain, b: ChartDomain) => a.x[0] === b.x[0] && a.x[1] === b.x[1] && a.y[0] === b.y[0] && a.y[1] === b.y[1];

export function RingLineChart({ series, sources, yScale = 'linear', xLabel, yLabel, yDomain, xMax, aspect = 0.55 }: Props) {
  const t = useT();
  const readoutId = useId();
  const [ref, dims] = useChartDimensions<HTMLDivElement>(MARGIN, aspect);
  const paths = useRef<(SVGPathElement | null)[]>([]);
  const markers = useRef<(SVGPathElement | null)[]>([]);
  const log = yScale === 'log';
  const fallbackY: [number, number] = log ? [1e-3, 10] : [0, 1];
  const [domain, setDomain] = useState<ChartDomain>({ x: [0, xMax ?? 1], y: yDomain ?? fallbackY });
  const { innerWidth, innerHeight } = dims;

  const scalesOf = useCallback(
    (d: ChartDomain) => {
      const x = scaleLinear().domain(d.x).range([MARGIN.left, MARGIN.left + innerWidth]);
      const y: ScaleContinuousNumeric<number, number> = (log ? scaleLog() : scaleLinear())
        .domain(d.y)
        .range([MARGIN.top + innerHeight, MARGIN.top])
        .clamp(true);
      return { x, y };
    },
    [log, innerWidth, innerHeight],
  );
  const { x, y } = scalesOf(domain);

  // Draws every path from the rings with the domain the rings need now. When that domain differs from the rendered
  // one the paths are drawn with it anyway and the axes follow in the next render (which draws again).
  const draw = useCallback(() => {
    const next = ringDomain(series, log, domain.y, yDomain, xMax);
    const s = scalesOf(next);
    series.forEach((ser, i) => {
      const ring = ser.ring();
      const off = ser.xOffset ?? 0;
      const defined = (k: number) => plottable(ring.get(ser.y, k), log);
      const px = (k: number) => s.x(ring.get(ser.x, k) + off);
      const py = (k: number) => s.y(ring.get(ser.y, k));
      const el = paths.current[i];
      if (el) {
        const gen = line<number>().defined(defined).x(px).y(py);
        el.setAttribute('d', gen(rowIndices(ring.length)) ?? '');
      }
      const m = markers.current[i];
      if (m) {
        const pts: [number, number][] = [];
        const n = ring.length;
        for (let j = 0; j < MARKERS && n > 0; j++) {
          const k = Math.min(n - 1, Math.floor(((j + (i + 1) / (series.length + 1)) * n) / MARKERS));
          if (defined(k)) pts.push([px(k), py(k)]);
        }
        m.setAttribute('d', symbolsPath(ser.style.symbol, 30, pts));
      }
    });
    if (!sameDomain(next, domain)) setDomain(next);
  }, [series, log, yDomain, xMax, domain, scalesOf]);

  useRingSubscription(sources, draw);
  // After every render that changed what draw depends on (axes, size, series): draw before the browser paints.
  useLayoutEffect(draw, [draw]);

  // Crosshair: the points are the rows of the first series that has any; each series is read at its row nearest in x.
  const reference = useCallback(() => series.find((s) => s.ring().length > 0) ?? null, [series]);
  const count = useCallback(() => reference()?.ring().length ?? 0, [reference]);
  const nearest = useCallback(
    (px: number) => {
      const ref0 = reference();
      if (!ref0) return null;
      const k = nearestRow(ref0.ring(), ref0.x, x.invert(px) - (ref0.xOffset ?? 0));
      return k < 0 ? null : k;
    },
    [reference, x],
  );
  const crosshair = useCrosshair(count, nearest, dims.width, dims.height);
  const ref0 = crosshair.index === null ? null : reference();
  const at = ref0 && crosshair.index !== null ? ref0.ring().get(ref0.x, Math.min(crosshair.index, ref0.ring().length - 1)) + (ref0.xOffset ?? 0) : NaN;
  const read = Number.isFinite(at)
    ? series.map((s) => {
        const ring = s.ring();
        const k = nearestRow(ring, s.x, at - (s.xOffset ?? 0));
        const v = k < 0 ? NaN : ring.get(s.y, k);
        return { s, v, px: k < 0 ? NaN : x(ring.get(s.x, k) + (s.xOffset ?? 0)) };
      })
    : [];

  const xTicks = x.ticks(6);
  const yTicks = log ? y.ticks(4).filter((v) => Number.isInteger(Math.log10(v))) : y.ticks(5);
  const fmtY = log ? (v: number) => `1e${Math.log10(v)}` : y.tickFormat(5);
  return (
    <div ref={ref} className="chart ring-line-chart" data-y-scale={yScale}>
      <svg
        width={dims.width}
        height={dims.height}
        viewBox={`0 0 ${dims.width} ${dims.height}`}
        role="img"
        aria-label={t(CHART_TEXT.lineLabel, { x: xLabel, y: yLabel })}
        aria-describedby={readoutId}
        {...crosshair.bind}
      >
        <g className="axis axis-bottom">
          <line x1={MARGIN.left} x2={MARGIN.left + innerWidth} y1={MARGIN.top + innerHeight} y2={MARGIN.top + innerHeight} stroke="currentColor" />
          {xTicks.map((v) => (
            <text key={v} x={x(v)} y={MARGIN.top + innerHeight + 16} textAnchor="middle">
              {x.tickFormat(6)(v)}
            </text>
          ))}
          <text className="axis-label" x={MARGIN.left + innerWidth} y={dims.height - 4} textAnchor="end">
            {xLabel}
          </text>
        </g>
        <GridYAxis ticks={yTicks} y={y} text={fmtY} left={MARGIN.left} right={MARGIN.left + innerWidth} top={MARGIN.top} bottom={MARGIN.top + innerHeight} label={yLabel} />
        {series.map((s, i) => (
          <g key={`${i}:${s.label}`}>
            <path
              ref={(el) => {
                paths.current[i] = el;
              }}
              data-series={s.label}
              fill="none"
              stroke={s.style.color}
              strokeWidth={2}
              strokeDasharray={SPLIT_DASH[s.split]}
            />
            <path
              ref={(el) => {
                markers.current[i] = el;
              }}
              className="ring-markers"
              fill={s.style.color}
              stroke="white"
              strokeWidth={0.5}
            />
          </g>
        ))}
        {read.length > 0 && (
          <CrosshairLayer
            guideX={x(at)}
            top={MARGIN.top}
            bottom={MARGIN.top + innerHeight}
            marks={read.filter((r) => plottable(r.v, log)).map((r) => ({ x: r.px, y: y(r.v), color: r.s.style.color }))}
          />
        )}
      </svg>
      <SplitLegend series={series} />
      <CrosshairReadout
        id={readoutId}
        hint={t(CHART_TEXT.lineHint)}
        title={read.length > 0 ? `${xLabel} ${fmt(at, 6)}` : null}
        side={x(at) > MARGIN.left + innerWidth / 2 ? 'left' : 'right'}
        items={read.map((r) => ({ label: r.s.label, value: fmt(r.v, 4), color: r.s.style.color, dash: SPLIT_DASH[r.s.split] }))}
      />
    </div>
  );
}
