// Pointer and keyboard control of a chart's crosshair: which of the chart's ordered points is read out, if any.
import { useCallback, useRef, useState, type FocusEvent, type KeyboardEvent, type PointerEvent } from 'react';

/** Props to spread on the focusable element that holds the plot (the SVG). */
export interface CrosshairBindings {
  tabIndex: 0;
  onPointerMove(e: PointerEvent<Element>): void;
  onPointerLeave(): void;
  onKeyDown(e: KeyboardEvent<Element>): void;
  onFocus(e: FocusEvent<Element>): void;
  onBlur(e: FocusEvent<Element>): void;
}

export interface Crosshair {
  /** The point read out, 0 … count − 1, or null when none is. */
  index: number | null;
  bind: CrosshairBindings;
}

/** Where a key moves the crosshair among `n` points from `i` (null: the key is not ours). */
export function keyTarget(key: string, i: number, n: number): number | null | 'hide' {
  const page = Math.max(1, Math.round(n / 10));
  const to: Record<string, number> = { ArrowLeft: i - 1, ArrowDown: i - 1, ArrowRight: i + 1, ArrowUp: i + 1, PageDown: i - page, PageUp: i + page, Home: 0, End: n - 1 };
  if (key === 'Escape') return 'hide';
  if (!(key in to)) return null;
  return Math.min(n - 1, Math.max(0, to[key]));
}

/**
 * A crosshair over `count()` points, ordered (by x for a line chart, along the path for a path plot).
 * count is read when the user acts, so points that streamed in since the last render count. nearest(px, py) maps a
 * pointer position in the plot's own units (the SVG's viewBox, `width` × `height`) to the nearest point or null.
 * Pointer: the nearest point follows the pointer. Keyboard (when the plot has focus): ←/→ (and ↓/↑) step one point,
 * Page Up/Down a tenth of them, Home/End jump to the first/last, Escape hides the readout. Focusing starts at the last point.
 */
export function useCrosshair(count: () => number, nearest: (px: number, py: number) => number | null, width: number, height: number): Crosshair {
  const [index, setIndex] = useState<number | null>(null);
  const focused = useRef(false);
  const current = useRef<number | null>(null);
  current.current = index;

  const onPointerMove = useCallback(
    (e: PointerEvent<Element>) => {
      const r = e.currentTarget.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) return;
      const k = nearest(((e.clientX - r.left) / r.width) * width, ((e.clientY - r.top) / r.height) * height);
      setIndex(k);
    },
    [nearest, width, height],
  );
  const onPointerLeave = useCallback(() => {
    if (!focused.current) setIndex(null);
  }, []);
  const onKeyDown = useCallback(
    (e: KeyboardEvent<Element>) => {
      const n = count();
      // A control inside the plot (e.g. a draggable point) handled the key itself.
      if (n === 0 || e.defaultPrevented || e.target !== e.currentTarget) return;
      const to = keyTarget(e.key, current.current ?? n - 1, n);
      if (to === null) return;
      e.preventDefault();
      setIndex(to === 'hide' ? null : to);
    },
    [count],
  );
  const onFocus = useCallback(
    (e: FocusEvent<Element>) => {
      if (e.target !== e.currentTarget) return;
      focused.current = true;
      // Only keyboard focus starts a readout; a click already placed one under the pointer.
      if (current.current === null && e.currentTarget.matches(':focus-visible')) {
        const n = count();
        if (n > 0) setIndex(n - 1);
      }
    },
    [count],
  );
  const onBlur = useCallback((e: FocusEvent<Element>) => {
    if (e.target !== e.currentTarget) return;
    focused.current = false;
    setIndex(null);
  }, []);
  return { index, bind: { tabIndex: 0, onPointerMove, onPointerLeave, onKeyDown, onFocus, onBlur } };
}
