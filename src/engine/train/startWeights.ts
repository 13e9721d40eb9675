// Starting a run from another run's weights (transfer learning): the given parameters instead of drawn ones, the top layers redrawn.
import type { ParamLayout } from '../nn/spec';
import { layerRanges } from './layerFactors';

/** Initial parameters given instead of drawn: `params` (the layout's length) with the top `redraw` dense layers drawn from the seed. */
export interface StartWeights {
  params: ArrayLike<number>;
  /** Dense layers, counted from the output down, that keep their freshly drawn weights (default 1: a new output layer). */
  redraw?: number;
}

/**
 * Overwrites the freshly drawn `params` with `start.params` everywhere except the top `start.redraw` dense layers (W, b;
 * default 1). Throws RangeError when the lengths differ or redraw is not an integer in [0, layers].
 */
export function applyStart(params: Float32Array | Float64Array, layout: ParamLayout, start: StartWeights): void {
  if (start.params.length !== layout.size) throw new RangeError(`start weights: expected ${layout.size} parameters, got ${start.params.length}`);
  const L = layout.layers.length;
  const redraw = start.redraw ?? 1;
  if (!Number.isInteger(redraw) || redraw < 0 || redraw > L) throw new RangeError(`start weights: redraw must be an integer in [0, ${L}], got ${redraw}`);
  const ranges = layerRanges(layout);
  for (let l = 0; l < L - redraw; l++) {
    const [a, b] = ranges[l];
    for (let i = a; i < b; i++) params[i] = start.params[i];
  }
}
