// The draggable start point of a 2-D path plot: drag it (pointer capture on the plot) or move it with the arrow keys
// (Shift for bigger steps); every position is clamped to the plot's domain and rounded.
import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import type { ScaleLinear } from 'd3';
import { useT } from '../../state/useText';
import { fmt } from '../format';
import type { CrosshairBindings } from './useCrosshair';
import { CHART_TEXT } from './text';

type Domain = readonly [number, number];
interface Drag {
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
  domain: readonly [Domain, Domain];
  /** The chart's pixel size (the SVG's viewBox), to map a pointer's client position into it. */
  size: { width: number; height: number };
  x0: readonly [number, number];
  onMoveStart(x0: [number, number]): void;
  /** Arrow-key step, and with Shift. */
  keyStep: readonly [number, number];
  /** Decimals a position is rounded to. */
  digits: number;
  /** The plot's crosshair: pointer moves read it while no drag is on. */
  crosshair: CrosshairBindings;
}

/** The plot's pointer handlers (drag the start point anywhere on it) and the handle's key handler. */
export function useStartDrag({ x, y, domain: [dx, dy], size, x0, onMoveStart, keyStep, digits, crosshair }: Drag) {
  const dragging = useRef(false);
  const clamped = (a: number, b: number): [number, number] => [
    Number(Math.min(dx[1], Math.max(dx[0], a)).toFixed(digits)),
    Number(Math.min(dy[1], Math.max(dy[0], b)).toFixed(digits)),
  ];
  const toData = (e: PointerEvent<SVGSVGElement>): [number, number] => {
    const r = e.currentTarget.getBoundingClientRect();
    return clamped(x.invert(((e.clientX - r.left) / r.width) * size.width), y.invert(((e.clientY - r.top) / r.height) * size.height));
  };
  const onKey = (e: KeyboardEvent) => {
    const step = keyStep[e.shiftKey ? 1 : 0];
    const moves: Record<string, [number, number]> = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, step], ArrowDown: [0, -step] };
    const m = moves[e.key];
    if (!m) return;
    e.preventDefault();
    onMoveStart(clamped(x0[0] + m[0], x0[1] + m[1]));
  };
  const svg = {
    ...crosshair,
    onPointerDown(e: PointerEvent<SVGSVGElement>) {
      dragging.current = true;
      e.currentTarget.setPointerCapture(e.pointerId);
      onMoveStart(toData(e));
    },
    onPointerMove: (e: PointerEvent<SVGSVGElement>) => (dragging.current ? onMoveStart(toData(e)) : crosshair.onPointerMove(e)),
    onPointerUp: () => (dragging.current = false),
    onPointerCancel: () => (dragging.current = false),
    style: { touchAction: 'none' as const },
  };
  return { svg, onKey };
}

/** The handle itself, at x0 in the plot: focusable, named with its coordinates. */
export function StartHandle({ at, x0, onKey }: { at: readonly [number, number]; x0: readonly [number, number]; onKey(e: KeyboardEvent): void }) {
  const t = useT();
  return (
    <g
      className="start-handle"
      transform={`translate(${at[0]},${at[1]})`}
      tabIndex={0}
      role="button"
      aria-roledescription="draggable point"
      aria-label={t(CHART_TEXT.startPoint, { x1: fmt(x0[0]), x2: fmt(x0[1]) })}
      onKeyDown={onKey}
    >
      <circle r={14} className="start-hit" />
      <circle r={7} className="start-dot" />
    </g>
  );
}
