// The network diagram's pure helpers: node columns, edges in the engine's W layout, width ∝ |w|, sign colours, hit tests,
// keyboard focus, grid points and per-unit images.
import { describe, expect, it } from 'vitest';
import {
  EDGE_MAX,
  EDGE_MIN,
  GAP,
  HIGH_RGB,
  LOW_RGB,
  NODE_MAX,
  NODE_MIN,
  edgeLines,
  edgeMaxFor,
  edgeSign,
  edgeWidth,
  hitTest,
  largestWeight,
  networkLayout,
  outputColour,
  segmentDistance2,
  valueRange,
} from '../../../src/components/charts/networkLayout';
import { moveFocus, type NetworkFocus } from '../../../src/components/charts/networkFocus';
import { gridPoints, sourceCell, unitImages } from '../../../src/components/charts/unitImages';

describe('networkLayout(sizes, width, maxHeight, left)', () => {
  it('puts each layer in its own column, evenly spaced, units centred, within the width and the height bound', () => {
    const sizes = [2, 8, 8, 8, 8, 8, 8, 2];
    const L = networkLayout(sizes, 900, 360, 24);
    expect(L.nodes.map((c) => c.length)).toEqual(sizes);
    const xs = L.nodes.map((c) => c[0].x);
    expect(xs[0]).toBe(24);
    const dx = xs[1] - xs[0];
    xs.forEach((x, c) => expect(x).toBeCloseTo(24 + c * dx, 9));
    expect(xs[7] + L.size).toBeLessThanOrEqual(900);
    expect(L.height).toBeLessThanOrEqual(360);
    // Every node of a column has the same x; rows step by (1 + GAP)·size.
    for (const col of L.nodes) for (const n of col) expect(n.x).toBe(col[0].x);
    expect(L.nodes[1][1].y - L.nodes[1][0].y).toBeCloseTo((1 + GAP) * L.size, 9);
    // Centred: the 2-unit columns' midpoint is the 8-unit columns' midpoint.
    const mid = (c: number) => (L.nodes[c][0].y + L.nodes[c][L.nodes[c].length - 1].y + L.size) / 2;
    expect(mid(0)).toBeCloseTo(mid(1), 9);
    expect(mid(7)).toBeCloseTo(mid(3), 9);
  });

  it('shrinks the nodes to fit a phone width, leaving at least 1.2 node sides between columns', () => {
    const L = networkLayout([2, 8, 8, 8, 8, 8, 8, 2], 343, 360, 24);
    expect(L.size).toBeGreaterThanOrEqual(NODE_MIN);
    const last = L.nodes[7][0];
    expect(last.x + L.size).toBeLessThanOrEqual(343);
    expect(L.nodes[1][0].x - L.nodes[0][0].x - L.size).toBeGreaterThanOrEqual(1.2 * L.size - 1e-9);
  });

  it('caps the node side for a small network on a wide page', () => {
    expect(networkLayout([2, 2, 2], 1200, 360).size).toBe(NODE_MAX);
  });
});

describe('edgeLines(layout, weights)', () => {
  it('reads W[i·fanOut + j] as the weight from unit i to unit j, from the right side of one node to the left side of the next', () => {
    const L = networkLayout([2, 3, 1], 400, 200);
    // Dense layer 0: 2×3, values 10·i + j; dense layer 1: 3×1.
    const W0 = Float32Array.from([0, 1, 2, 10, 11, 12]);
    const W1 = Float32Array.from([-1, -2, -3]);
    const E = edgeLines(L, [W0, W1]);
    expect(E).toHaveLength(6 + 3);
    const e = E.find((d) => d.l === 0 && d.from === 1 && d.to === 2)!;
    expect(e.w).toBe(12);
    const a = L.nodes[0][1];
    const b = L.nodes[1][2];
    expect([e.x1, e.y1, e.x2, e.y2]).toEqual([a.x + a.size, a.y + a.size / 2, b.x, b.y + b.size / 2]);
    expect(E.filter((d) => d.l === 1).map((d) => d.w)).toEqual([-1, -2, -3]);
  });
});

describe('edgeWidth(w, scale) and edgeSign(w)', () => {
  it('is proportional to |w| up to the scale, then clamped; never thinner than EDGE_MIN', () => {
    expect(edgeWidth(1, 2)).toBeCloseTo(EDGE_MAX / 2, 12);
    expect(edgeWidth(-1, 2)).toBeCloseTo(EDGE_MAX / 2, 12);
    expect(edgeWidth(0.5, 2) / edgeWidth(1.5, 2)).toBeCloseTo(1 / 3, 12);
    expect(edgeWidth(7, 2)).toBe(EDGE_MAX);
    expect(edgeWidth(0, 2)).toBe(EDGE_MIN);
    expect(edgeWidth(Infinity, 2)).toBe(EDGE_MAX);
    expect(edgeWidth(1, 2, 3)).toBeCloseTo(1.5, 12);
    expect(edgeWidth(9, 2, 3)).toBe(3);
  });

  it('narrows the widest line with the node side (a sixth of it, 1.5 … EDGE_MAX px)', () => {
    expect(edgeMaxFor(18)).toBe(3);
    expect(edgeMaxFor(6)).toBe(1.5);
    expect(edgeMaxFor(56)).toBe(EDGE_MAX);
  });

  it('takes the largest finite |w| as the default full-width scale', () => {
    expect(largestWeight([Float32Array.of(0.5, -3), [2, Infinity, NaN]])).toBe(3);
    expect(largestWeight([[0, 0]])).toBe(1);
    expect(largestWeight([])).toBe(1);
  });

  it('colours by sign', () => {
    expect(edgeSign(0.3)).toBe('pos');
    expect(edgeSign(0)).toBe('pos');
    expect(edgeSign(-1e-9)).toBe('neg');
  });
});

describe('outputColour(v, lo, hi)', () => {
  it('is white at 0 and the sign colours at the ends of a range around 0', () => {
    expect(outputColour(0, -1, 2)).toEqual([255, 255, 255]);
    expect(outputColour(2, -1, 2)).toEqual([...HIGH_RGB]);
    expect(outputColour(-1, -1, 2)).toEqual([...LOW_RGB]);
    // Halfway to hi: halfway between white and the high colour.
    expect(outputColour(1, -1, 2)).toEqual(HIGH_RGB.map((c) => Math.round((255 + c) / 2)));
    expect(outputColour(5, -1, 2)).toEqual([...HIGH_RGB]);
  });

  it('runs from white to the high colour on a range of non-negative values (ReLU, probabilities)', () => {
    expect(outputColour(0, 0, 1)).toEqual([255, 255, 255]);
    expect(outputColour(1, 0, 1)).toEqual([...HIGH_RGB]);
    expect(outputColour(-3, -5, -1)).toEqual(LOW_RGB.map((c) => Math.round((255 + c) / 2)));
    expect(outputColour(NaN, 0, 1)).toEqual([128, 128, 128]);
  });
});

describe('hitTest and segmentDistance2', () => {
  it('finds the node under the point first, else the nearest edge within reach', () => {
    const L = networkLayout([1, 1], 200, 100, 0);
    const E = edgeLines(L, [Float32Array.of(0.5)]);
    const n = L.nodes[1][0];
    expect(hitTest(L, E, n.x + 1, n.y + 1)).toEqual({ kind: 'node', layer: 1, unit: 0 });
    const midX = (E[0].x1 + E[0].x2) / 2;
    expect(hitTest(L, E, midX, E[0].y1 + 3)).toEqual({ kind: 'edge', index: 0 });
    expect(hitTest(L, E, midX, E[0].y1 + 30)).toBeNull();
    expect(segmentDistance2(0, 5, -10, 0, 10, 0)).toBe(25);
    expect(segmentDistance2(13, 4, -10, 0, 10, 0)).toBe(25); // past the end: distance to (10, 0)
  });
});

describe('moveFocus(focus, key, sizes)', () => {
  const sizes = [2, 4, 3];
  const at = (layer: number, unit: number, incoming: number | null = null): NetworkFocus => ({ layer, unit, incoming });

  it('starts at the first input unit and moves ←/→ between layers (row clamped) and ↑/↓ between units', () => {
    expect(moveFocus(null, 'ArrowRight', sizes).focus).toEqual(at(0, 0));
    expect(moveFocus(at(0, 1), 'ArrowRight', sizes).focus).toEqual(at(1, 1));
    expect(moveFocus(at(1, 3), 'ArrowRight', sizes).focus).toEqual(at(2, 2));
    expect(moveFocus(at(2, 2), 'ArrowRight', sizes).focus).toEqual(at(2, 2));
    expect(moveFocus(at(1, 3), 'ArrowLeft', sizes).focus).toEqual(at(0, 1));
    expect(moveFocus(at(1, 0), 'ArrowDown', sizes).focus).toEqual(at(1, 1));
    expect(moveFocus(at(1, 0), 'ArrowUp', sizes).focus).toEqual(at(1, 0));
    expect(moveFocus(at(1, 0), 'End', sizes).focus).toEqual(at(1, 3));
  });

  it('walks a unit’s incoming weights after Enter and clears on Escape', () => {
    expect(moveFocus(at(0, 1), 'Enter', sizes)).toEqual({ focus: at(0, 1), handled: false });
    const w = moveFocus(at(2, 1), 'Enter', sizes).focus;
    expect(w).toEqual(at(2, 1, 0));
    expect(moveFocus(w, 'ArrowDown', sizes).focus).toEqual(at(2, 1, 1));
    expect(moveFocus(at(2, 1, 3), 'ArrowDown', sizes).focus).toEqual(at(2, 1, 3));
    expect(moveFocus(at(2, 1, 2), 'Enter', sizes).focus).toEqual(at(2, 1));
    expect(moveFocus(at(2, 1, 2), 'ArrowLeft', sizes).focus).toEqual(at(1, 1));
    expect(moveFocus(at(2, 1, 2), 'Escape', sizes)).toEqual({ focus: null, handled: true });
    expect(moveFocus(null, 'a', sizes).handled).toBe(false);
  });
});

describe('gridPoints, unitImages and valueRange', () => {
  it('lays the grid row-major with row 0 at the top and slices each unit’s values out of a unitOutputs result', () => {
    const P = gridPoints(2, -1, 1);
    // Cell centres ±0.5; row 0 is the top (x₂ = +0.5).
    expect(Array.from(P)).toEqual([-0.5, 0.5, 0.5, 0.5, -0.5, -0.5, 0.5, -0.5]);
    const hidden = [Float32Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])]; // 4 points × 3 units
    const output = Float32Array.from([0.1, 0.9, 0.2, 0.8, 0.3, 0.7, 0.4, 0.6]);
    const imgs = unitImages(P, 2, { hidden, output });
    expect(imgs.map((l) => l.length)).toEqual([2, 3, 2]);
    expect(Array.from(imgs[0][1])).toEqual([0.5, 0.5, -0.5, -0.5]);
    expect(Array.from(imgs[1][2])).toEqual([3, 6, 9, 12]);
    expect(Array.from(imgs[2][0])).toEqual([0.1, 0.2, 0.3, 0.4].map(Math.fround));
    expect(valueRange(Float32Array.from([3, -2, NaN, 7]))).toEqual([-2, 7]);
    expect(valueRange([])).toEqual([NaN, NaN]);
  });
});

describe('sourceCell(k, r, g)', () => {
  it('samples the nearest cell centre: identity at r = g, every other cell at r = g/2, within range always', () => {
    expect(Array.from({ length: 5 }, (_, k) => sourceCell(k, 5, 5))).toEqual([0, 1, 2, 3, 4]);
    expect(Array.from({ length: 3 }, (_, k) => sourceCell(k, 3, 6))).toEqual([1, 3, 5]);
    // 48 → 32: pixel k covers cells 1.5k … 1.5(k + 1); its centre 1.5k + 0.75 lies in cell ⌊1.5k + 0.75⌋.
    expect(Array.from({ length: 32 }, (_, k) => sourceCell(k, 32, 48))).toEqual(Array.from({ length: 32 }, (_, k) => Math.floor(1.5 * k + 0.75)));
  });
});
