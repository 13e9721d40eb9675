// Where things live in GPU memory: the state buffer (parameters | running statistics | control words) and the reduction chunk table.
import type { ParamLayout } from '../engine/nn/spec';

/** Parameters per reduction/optimizer workgroup (REDUCE_THREADS invocations × 16). */
export const CHUNK = 1024;

/**
 * The chunk table of the reduction and optimizer kernels, as vec4<u32> rows. Slot l < L is the weight
 * matrix W_l of dense layer l, slot L every other parameter (b, γ, β). Rows 0…L: (first chunk, end chunk, 0, 0)
 * of each slot; then one row per chunk, (start, end, slot, dense layer), ordered by slot, so a slot's chunks are
 * contiguous; a chunk never spans two layers (the optimizer reads the layer's learning-rate factor).
 */
export interface SegmentTable {
  table: Uint32Array;
  /** Chunks = workgroups of a dispatch over the whole parameter vector. */
  chunks: number;
  slots: number;
}

/** Builds the chunk table of a layout with chunks of at most `chunk` parameters. */
export function segmentTable(layout: ParamLayout, chunk = CHUNK): SegmentTable {
  const L = layout.layers.length;
  const slots = L + 1;
  const ranges: [number, number, number][][] = Array.from({ length: slots }, () => []);
  layout.layers.forEach((layer, l) => {
    const wEnd = layer.W + layer.fanIn * layer.fanOut;
    ranges[l].push([layer.W, wEnd, l]);
    const next = l + 1 < L ? layout.layers[l + 1].W : layout.size;
    if (next > wEnd) ranges[L].push([wEnd, next, l]);
  });
  const heads: number[] = [];
  const rows: number[] = [];
  ranges.forEach((list, slot) => {
    const first = rows.length / 4;
    for (const [start, end, layer] of list) {
      for (let s = start; s < end; s += chunk) rows.push(s, Math.min(end, s + chunk), slot, layer);
    }
    heads.push(first, rows.length / 4, 0, 0);
  });
  const table = new Uint32Array(heads.length + rows.length);
  table.set(heads, 0);
  table.set(rows, heads.length);
  return { table, chunks: rows.length / 4, slots };
}

/** Words of the state buffer: parameters, running statistics, then `controlWords` control words. */
export function stateWords(layout: ParamLayout, controlWords: number): number {
  return layout.size + layout.runningSize + controlWords;
}
