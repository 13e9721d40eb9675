// The trials on log axes (lr × weight decay) coloured by validation accuracy; hover or arrow keys read one out, a drag brushes new ranges.
import { interpolateViridis, scaleLinear } from 'd3';
import { useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { useChartDimensions } from '../../components/charts/useChartDimensions';
import { fmt } from '../../components/format';
import { useT } from '../../state/useText';
import { brushRanges, type Range, type TrialResult } from './model';
import { TEXT } from './text';

const SUPER: Record<string, string> = { '-': '⁻', '.': '·', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹' };
/** 10^k with k written as superscript digits: 10⁻⁶. */
export const pow10Label = (k: number): string => `10${String(k).replace(/./g, (c) => SUPER[c] ?? c)}`;
/** Colour of a validation accuracy in [0, 1]. */
export const accColor = (acc: number): string => interpolateViridis(Math.max(0, Math.min(1, acc)));

interface Props {
  results: readonly TrialResult[];
  /** The axes' exponent ranges. */
  domain: { lr: Range; wd: Range };
  /** The rectangle the trials were drawn from (outlined). */
  box: { lr: Range; wd: Range };
  /** The previous round's trials, drawn faded behind this round's (none by default). */
  previous?: readonly TrialResult[];
  /** Called with the ranges of a dragged rectangle; without it there is no brush. */
  onBrush?: (ranges: { lr: Range; wd: Range }) => void;
  /** Name for data-scatter (tests and the readout). */
  name: string;
}

const MARGIN = { top: 10, right: 14, bottom: 40, left: 54 };

export function TrialScatter({ results, previous = [], domain, box, onBrush, name }: Props) {
  const t = useT();
  const [ref, d] = useChartDimensions<HTMLDivElement>(MARGIN, 0.62, 260);
  const [sel, setSel] = useState<number | null>(null);
  const [drag, setDrag] = useState<{ x0: number; y0: number; x1: number; y1: number } | null>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const x = useMemo(() => scaleLinear().domain(domain.lr).range([d.left, d.left + d.innerWidth]), [domain.lr, d.left, d.innerWidth]);
  const y = useMemo(() => scaleLinear().domain(domain.wd).range([d.top + d.innerHeight, d.top]), [domain.wd, d.top, d.innerHeight]);
  const ticks = (r: Range) => Array.from({ length: Math.floor(r[1]) - Math.ceil(r[0]) + 1 }, (_, i) => Math.ceil(r[0]) + i);
  const at = (e: PointerEvent) => {
    const b = svgRef.current!.getBoundingClientRect();
    return { px: ((e.clientX - b.left) * d.width) / b.width, py: ((e.clientY - b.top) * d.height) / b.height };
  };
  const nearest = (px: number, py: number) => {
    let best: number | null = null;
    let bd = 18 * 18;
    results.forEach((r, i) => {
      const dd = (x(r.lrExp) - px) ** 2 + (y(r.wdExp) - py) ** 2;
      if (dd < bd) [best, bd] = [i, dd];
    });
    return best;
  };
  const onDown = (e: PointerEvent<SVGSVGElement>) => {
    if (!onBrush) return;
    const { px, py } = at(e);
    svgRef.current!.setPointerCapture?.(e.pointerId);
    setDrag({ x0: px, y0: py, x1: px, y1: py });
  };
  const onMove = (e: PointerEvent<SVGSVGElement>) => {
    const { px, py } = at(e);
    if (drag) setDrag({ ...drag, x1: px, y1: py });
    else setSel(nearest(px, py) ?? sel);
  };
  const onUp = () => {
    if (!drag || !onBrush) return;
    setDrag(null);
    if (Math.abs(drag.x1 - drag.x0) < 6 || Math.abs(drag.y1 - drag.y0) < 6) return;
    const clampX = (p: number) => Math.max(d.left, Math.min(d.left + d.innerWidth, p));
    const clampY = (p: number) => Math.max(d.top, Math.min(d.top + d.innerHeight, p));
    onBrush(brushRanges(x.invert(clampX(drag.x0)), x.invert(clampX(drag.x1)), y.invert(clampY(drag.y0)), y.invert(clampY(drag.y1))));
  };
  const onKey = (e: KeyboardEvent) => {
    const n = results.length;
    if (!n) return;
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[e.key];
    let next: number | null = null;
    if (step) next = sel === null ? (step > 0 ? 0 : n - 1) : (sel + step + n) % n;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = n - 1;
    else if (e.key === 'Escape') setSel(null);
    if (next === null) return;
    e.preventDefault();
    e.stopPropagation();
    setSel(next);
  };
  const r = sel !== null ? results[sel] : undefined;
  const rect = drag && { x: Math.min(drag.x0, drag.x1), y: Math.min(drag.y0, drag.y1), w: Math.abs(drag.x1 - drag.x0), h: Math.abs(drag.y1 - drag.y0) };
  return (
    <div ref={ref} className="hp-scatter" data-scatter={name}>
      <svg
        ref={svgRef}
        width={d.width}
        height={d.height}
        viewBox={`0 0 ${d.width} ${d.height}`}
        role="img"
        tabIndex={0}
        aria-label={t(TEXT.scatterAria)}
        onPointerDown={onDown}
        onPointerMove={onMove}
        onPointerUp={onUp}
        onPointerCancel={() => setDrag(null)}
        onKeyDown={onKey}
        style={{ touchAction: onBrush ? 'none' : 'auto' }}
      >
        <rect className="hp-box" x={x(box.lr[0])} y={y(box.wd[1])} width={x(box.lr[1]) - x(box.lr[0])} height={y(box.wd[0]) - y(box.wd[1])} />
        <g className="axis" aria-hidden="true">
          <line x1={d.left} x2={d.left + d.innerWidth} y1={d.top + d.innerHeight} y2={d.top + d.innerHeight} stroke="currentColor" />
          {ticks(domain.lr).map((k) => (
            <text key={k} x={x(k)} y={d.top + d.innerHeight + 16} textAnchor="middle">{pow10Label(k)}</text>
          ))}
          <text className="axis-label" x={d.left + d.innerWidth} y={d.height - 4} textAnchor="end">{t(TEXT.lrAxis)}</text>
          <line x1={d.left} x2={d.left} y1={d.top} y2={d.top + d.innerHeight} stroke="currentColor" />
          {ticks(domain.wd).map((k) => (
            <text key={k} x={d.left - 6} y={y(k)} dy="0.32em" textAnchor="end">{pow10Label(k)}</text>
          ))}
          <text className="axis-label" transform={`translate(12,${d.top}) rotate(-90)`} textAnchor="end">{t(TEXT.wdAxis)}</text>
        </g>
        <g className="hp-previous" data-previous={previous.length}>
          {previous.map((p) => (
            <circle key={p.trial} cx={x(p.lrExp)} cy={y(p.wdExp)} r={3} fill={accColor(p.valAcc)} />
          ))}
        </g>
        {results.map((p, i) => (
          <circle
            key={p.trial}
            cx={x(p.lrExp)}
            cy={y(p.wdExp)}
            r={i === sel ? 7 : 4.5}
            className={Number.isFinite(p.valAcc) ? 'hp-dot' : 'hp-dot hp-dot-waiting'}
            fill={Number.isFinite(p.valAcc) ? accColor(p.valAcc) : 'none'}
          />
        ))}
        {rect && <rect className="hp-brush" x={rect.x} y={rect.y} width={rect.w} height={rect.h} />}
      </svg>
      <div className="hp-legend" aria-hidden="true">
        <span>{t(TEXT.legendAcc)}</span>
        <span className="hp-ramp">{[0, 0.25, 0.5, 0.75, 1].map((a) => <i key={a} style={{ background: accColor(a), color: a >= 0.5 ? '#000' : '#fff' }}>{a}</i>)}</span>
        <span className="hp-waiting-key">{t(TEXT.legendWaiting)}</span>
      </div>
      <p className="hp-readout" data-readout={name} data-trial={r?.trial ?? ''} data-lr={r?.lr ?? ''} data-wd={r?.weightDecay ?? ''} data-val-acc={r && Number.isFinite(r.valAcc) ? r.valAcc : ''} aria-live="polite">
        {r
          ? t(Number.isFinite(r.valAcc) ? TEXT.readout : TEXT.readoutWaiting, { trial: r.trial, lr: fmt(r.lr, 3), wd: fmt(r.weightDecay, 3), acc: fmt(100 * r.valAcc, 3), epochs: r.epochs })
          : t(onBrush ? TEXT.readoutHint : TEXT.readoutHintNoBrush)}
      </p>
    </div>
  );
}
