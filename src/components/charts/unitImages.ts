// The network diagram's unit images: a g×g grid of points over a square, a unitOutputs result sliced per unit, one image's data URL.
import type { UnitOutputs } from '../../engine/experiments/unitOutputs';
import { outputColour } from './networkLayout';

/**
 * The g×g cell centres of the square [lo, hi]² as (x₁, x₂) pairs, row-major with row 0 at the TOP (x₂ = hi side):
 * point i = r·g + c at x₁ = lo + (c + ½)(hi − lo)/g, x₂ = hi − (r + ½)(hi − lo)/g. Length 2g².
 */
export function gridPoints(g: number, lo: number, hi: number): Float32Array {
  const out = new Float32Array(2 * g * g);
  const step = (hi - lo) / g;
  for (let r = 0; r < g; r++) {
    for (let c = 0; c < g; c++) {
      const i = r * g + c;
      out[2 * i] = lo + (c + 0.5) * step;
      out[2 * i + 1] = hi - (r + 0.5) * step;
    }
  }
  return out;
}

/**
 * Per node layer, per unit, its values at the m points: input unit k = coordinate k of the points (m×d), hidden unit j of
 * layer l = hidden[l][i·units + j], output unit j = output[i·outputs + j]. With the points of gridPoints these are the
 * diagram's g×g images (row 0 at the top).
 */
export function unitImages(points: Float32Array, d: number, result: UnitOutputs): Float32Array[][] {
  const m = Math.floor(points.length / d);
  const column = (src: Float32Array, width: number, j: number) => {
    const out = new Float32Array(m);
    for (let i = 0; i < m; i++) out[i] = src[i * width + j];
    return out;
  };
  const layers = [...result.hidden, result.output];
  const widths = layers.map((a) => (m > 0 ? a.length / m : 0));
  return [
    Array.from({ length: d }, (_, k) => column(points, d, k)),
    ...layers.map((a, l) => Array.from({ length: widths[l] }, (_, j) => column(a, widths[l], j))),
  ];
}

/** The source cell of pixel k of r across g cells (nearest cell centre): ⌊(k + ½)·g/r⌋. */
export function sourceCell(k: number, r: number, g: number): number {
  return Math.min(g - 1, Math.floor(((k + 0.5) * g) / r));
}

let canvas: HTMLCanvasElement | null = null;

/**
 * A PNG data URL of a g×g image (row 0 at the top) coloured by outputColour on [lo, hi], encoded at r×r pixels (r ≤ g,
 * each pixel the nearest cell: PNG encoding costs ∝ pixels); null without a 2-D canvas.
 */
export function imageUrl(values: ArrayLike<number>, g: number, lo: number, hi: number, r = g): string | null {
  if (typeof document === 'undefined') return null;
  canvas ??= document.createElement('canvas');
  if (canvas.width !== r || canvas.height !== r) {
    canvas.width = r;
    canvas.height = r;
  }
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  const img = ctx.createImageData(r, r);
  for (let i = 0; i < r * r; i++) {
    const src = r === g ? i : sourceCell(Math.floor(i / r), r, g) * g + sourceCell(i % r, r, g);
    const [red, gr, b] = outputColour(values[src], lo, hi);
    img.data[4 * i] = red;
    img.data[4 * i + 1] = gr;
    img.data[4 * i + 2] = b;
    img.data[4 * i + 3] = 255;
  }
  ctx.putImageData(img, 0, 0);
  return canvas.toDataURL();
}
