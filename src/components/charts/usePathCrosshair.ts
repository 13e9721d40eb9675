// The crosshair of a path plot: the point of any path nearest the pointer (or stepped to by keyboard), with its step.
import { useCallback, useMemo } from 'react';
import { useCrosshair, type CrosshairBindings } from './useCrosshair';

/** One path of the plot: its name, colour and points in plot units (index = step; null = not drawn). */
export interface PlotPath {
  name: string;
  color: string;
  points: readonly ([number, number] | null)[];
}

/** The point read out: which path, its step and where it is drawn. */
export interface PathReading {
  path: PlotPath;
  step: number;
  px: number;
  py: number;
}

/** How far (plot units) the pointer may be from a point for it to be read. */
const REACH = 40;

/**
 * A crosshair over every drawn point of `paths`, ordered path by path and step by step (so ←/→ walk along a path
 * and on into the next). The pointer reads the nearest point within 40 units; `width` × `height` is the viewBox.
 */
export function usePathCrosshair(paths: readonly PlotPath[], width: number, height: number): { reading: PathReading | null; bind: CrosshairBindings } {
  const flat = useMemo(() => paths.flatMap((path) => path.points.flatMap((p, step) => (p ? [{ path, step, px: p[0], py: p[1] }] : []))), [paths]);
  const count = useCallback(() => flat.length, [flat]);
  const nearest = useCallback(
    (x: number, y: number) => {
      let best = -1, bestD = REACH * REACH;
      flat.forEach((p, i) => {
        const d = (p.px - x) ** 2 + (p.py - y) ** 2;
        if (d <= bestD) [best, bestD] = [i, d];
      });
      return best < 0 ? null : best;
    },
    [flat],
  );
  const { index, bind } = useCrosshair(count, nearest, width, height);
  return { reading: index === null ? null : (flat[Math.min(index, flat.length - 1)] ?? null), bind };
}
