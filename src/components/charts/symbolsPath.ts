// One SVG path holding a D3 symbol at every point: a single DOM node per series instead of one per marker.
import { path as d3path, type SymbolType } from 'd3';

/** `d` of `type` (area `size` px²) drawn at each [x, y] in `points`. */
export function symbolsPath(type: SymbolType, size: number, points: readonly (readonly [number, number])[]): string {
  const p = d3path();
  let cx = 0, cy = 0;
  // The symbol draws around (0, 0); this context shifts it to (cx, cy).
  const ctx = {
    moveTo: (x: number, y: number) => p.moveTo(x + cx, y + cy),
    lineTo: (x: number, y: number) => p.lineTo(x + cx, y + cy),
    closePath: () => p.closePath(),
    rect: (x: number, y: number, w: number, h: number) => p.rect(x + cx, y + cy, w, h),
    arc: (x: number, y: number, r: number, a0: number, a1: number, ccw?: boolean) => p.arc(x + cx, y + cy, r, a0, a1, ccw),
  };
  for (const [x, y] of points) {
    cx = x;
    cy = y;
    type.draw(ctx as unknown as CanvasPath, size);
  }
  return p.toString();
}
