// The network diagram's geometry and scales: node columns, edge widths and signs, unit-output colours, pointer hit tests.

/** Where one unit's node sits: its column (node layer) and row, and its square's top-left corner and side (SVG units). */
export interface NodeBox {
  layer: number;
  unit: number;
  x: number;
  y: number;
  size: number;
}

/** One weight's line: dense layer l joins unit `from` of node layer l to unit `to` of node layer l + 1. */
export interface EdgeLine {
  /** Dense layer l (its weights are weights[l], W[from·fanOut + to]). */
  l: number;
  from: number;
  to: number;
  w: number;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** The whole drawing: its size, every node (per node layer) and every edge (per dense layer, row-major like W). */
export interface NetworkLayout {
  width: number;
  height: number;
  size: number;
  nodes: NodeBox[][];
  /** Left margin kept for the input labels. */
  left: number;
}

/** Layout constants: node side bounds, vertical gap as a share of the side, margins. */
export const NODE_MIN = 12;
export const NODE_MAX = 56;
export const GAP = 0.3;
const TOP = 6;
const BOTTOM = 6;
const RIGHT = 6;

/**
 * Nodes in columns: node layer c at x = left + c·dx, its units centred vertically. The side s is the largest that
 * fits the tallest column in maxHeight (s·(n + (n − 1)·GAP) ≤ maxHeight − margins) and leaves at least 1.2·s between
 * columns, clamped to [NODE_MIN, NODE_MAX]. height follows from s (≤ maxHeight unless NODE_MIN forces more).
 */
export function networkLayout(sizes: readonly number[], width: number, maxHeight: number, left = 24): NetworkLayout {
  const cols = sizes.length;
  const tallest = Math.max(1, ...sizes);
  const fromHeight = (maxHeight - TOP - BOTTOM) / (tallest + (tallest - 1) * GAP);
  const span = width - left - RIGHT;
  const fromWidth = cols > 1 ? span / (cols + 1.2 * (cols - 1)) : span;
  const size = Math.max(NODE_MIN, Math.min(NODE_MAX, Math.floor(Math.min(fromHeight, fromWidth))));
  const dx = cols > 1 ? (span - size) / (cols - 1) : 0;
  const colHeight = (n: number) => n * size + Math.max(0, n - 1) * GAP * size;
  const inner = colHeight(tallest);
  const nodes = sizes.map((n, c) => {
    const y0 = TOP + (inner - colHeight(n)) / 2;
    return Array.from({ length: n }, (_, u): NodeBox => ({ layer: c, unit: u, x: left + c * dx, y: y0 + u * (1 + GAP) * size, size }));
  });
  return { width, height: Math.ceil(TOP + inner + BOTTOM), size, nodes, left };
}

/** The lines of every weight: from the right side of node (l, from) to the left side of node (l + 1, to). */
export function edgeLines(layout: NetworkLayout, weights: readonly ArrayLike<number>[]): EdgeLine[] {
  const out: EdgeLine[] = [];
  for (let l = 0; l + 1 < layout.nodes.length; l++) {
    const A = layout.nodes[l];
    const B = layout.nodes[l + 1];
    const W = weights[l];
    if (!W) continue;
    for (const a of A) {
      for (const b of B) {
        const w = W[a.unit * B.length + b.unit];
        out.push({ l, from: a.unit, to: b.unit, w, x1: a.x + a.size, y1: a.y + a.size / 2, x2: b.x, y2: b.y + b.size / 2 });
      }
    }
  }
  return out;
}

/** The largest finite |w| over the layers: the default |w| of the widest line (1 when every weight is 0 or none is finite). */
export function largestWeight(weights: readonly ArrayLike<number>[]): number {
  let m = 0;
  for (const W of weights) {
    for (let i = 0; i < W.length; i++) {
      const a = Math.abs(W[i]);
      if (a > m && Number.isFinite(a)) m = a;
    }
  }
  return m > 0 ? m : 1;
}

/** Edge stroke bounds (px). */
export const EDGE_MIN = 0.4;
export const EDGE_MAX = 5;

/** Stroke width ∝ |w|: max·|w|/scale, clamped to [EDGE_MIN, max] (scale: the |w| drawn at full width max). */
export function edgeWidth(w: number, scale: number, max = EDGE_MAX): number {
  if (!Number.isFinite(w)) return max;
  const s = scale > 0 ? scale : 1;
  return Math.min(max, Math.max(EDGE_MIN, (max * Math.abs(w)) / s));
}

/** The widest line for nodes of side `size`: a sixth of the side, within [1.5, EDGE_MAX], so small diagrams stay legible. */
export function edgeMaxFor(size: number): number {
  return Math.min(EDGE_MAX, Math.max(1.5, size / 6));
}

/** Which of the two weight colours a weight takes: 'pos' for w ≥ 0, 'neg' for w < 0 (NaN: 'neg'). */
export function edgeSign(w: number): 'pos' | 'neg' {
  return w >= 0 ? 'pos' : 'neg';
}

/** The two ends of the unit-output colours (sRGB), the site's weight-sign colours: Okabe–Ito blue and vermilion. */
export const HIGH_RGB: readonly [number, number, number] = [0x00, 0x72, 0xb2];
export const LOW_RGB: readonly [number, number, number] = [0xd5, 0x5e, 0x00];

/**
 * The colour of a unit output v on the range [lo, hi], as RGB 0…255: with lo < 0 < hi a diverging scale, white at 0,
 * LOW_RGB at lo, HIGH_RGB at hi (so the sign reads as on the edges); a range on one side of 0 goes from white at the end
 * nearest 0 to the colour of its sign. Values outside the range are clamped; NaN is mid grey.
 */
export function outputColour(v: number, lo: number, hi: number): [number, number, number] {
  if (!Number.isFinite(v)) return [128, 128, 128];
  const mix = (c: readonly number[], t: number): [number, number, number] => {
    const k = Math.min(1, Math.max(0, t));
    return [Math.round(255 + (c[0] - 255) * k), Math.round(255 + (c[1] - 255) * k), Math.round(255 + (c[2] - 255) * k)];
  };
  if (!(hi > lo)) return mix(v >= 0 ? HIGH_RGB : LOW_RGB, 0);
  if (lo >= 0) return mix(HIGH_RGB, (v - lo) / (hi - lo));
  if (hi <= 0) return mix(LOW_RGB, (hi - v) / (hi - lo));
  return v >= 0 ? mix(HIGH_RGB, v / hi) : mix(LOW_RGB, v / lo);
}

/** What the pointer is on: a node, an edge (index into the edge list) or nothing. */
export type Hit = { kind: 'node'; layer: number; unit: number } | { kind: 'edge'; index: number } | null;

/** Squared distance from (px, py) to the segment (x1, y1)–(x2, y2). */
export function segmentDistance2(px: number, py: number, x1: number, y1: number, x2: number, y2: number): number {
  const dx = x2 - x1;
  const dy = y2 - y1;
  const len2 = dx * dx + dy * dy;
  const t = len2 > 0 ? Math.min(1, Math.max(0, ((px - x1) * dx + (py - y1) * dy) / len2)) : 0;
  const ex = x1 + t * dx - px;
  const ey = y1 + t * dy - py;
  return ex * ex + ey * ey;
}

/** The node whose square holds (x, y), else the nearest edge within `reach` (SVG units), else null. */
export function hitTest(layout: NetworkLayout, edges: readonly EdgeLine[], x: number, y: number, reach = 5): Hit {
  for (const col of layout.nodes) {
    for (const n of col) if (x >= n.x && x <= n.x + n.size && y >= n.y && y <= n.y + n.size) return { kind: 'node', layer: n.layer, unit: n.unit };
  }
  let best = -1;
  let bestD = reach * reach;
  edges.forEach((e, i) => {
    const d = segmentDistance2(x, y, e.x1, e.y1, e.x2, e.y2);
    if (d <= bestD) {
      bestD = d;
      best = i;
    }
  });
  return best >= 0 ? { kind: 'edge', index: best } : null;
}

/** [min, max] of the finite values (NaN, NaN when none). */
export function valueRange(values: ArrayLike<number>): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (Number.isFinite(v)) {
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  }
  return lo <= hi ? [lo, hi] : [NaN, NaN];
}
