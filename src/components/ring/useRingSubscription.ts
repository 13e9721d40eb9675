// React hook: redraw from ring buffers on requestAnimationFrame when new data arrived, bypassing React state.
import { useEffect, useLayoutEffect, useRef } from 'react';
import { createFrameScheduler } from './frameScheduler';
import type { Subscribable } from '../../worker/page/ringTable';

/**
 * Calls draw() once after mount and then at most once per animation frame after any of `sources`
 * changed (e.g. the rings of a TrainerClient). draw reads the rings directly and writes to a canvas or to
 * SVG elements through refs; it never sets React state per step. The latest draw is always used, so
 * it may close over props. Pass a stable array (or a single source) to avoid resubscribing every render.
 */
export function useRingSubscription(sources: Subscribable | readonly Subscribable[] | null, draw: () => void): void {
  const drawRef = useRef(draw);
  useLayoutEffect(() => {
    drawRef.current = draw;
  });
  useEffect(() => {
    if (!sources) return;
    const list: readonly Subscribable[] = Array.isArray(sources) ? sources : [sources as Subscribable];
    const scheduler = createFrameScheduler(() => drawRef.current());
    const unsubscribe = list.map((s) => s.subscribe(scheduler.invalidate));
    scheduler.invalidate();
    return () => {
      unsubscribe.forEach((u) => u());
      scheduler.dispose();
    };
  }, [sources]);
}
