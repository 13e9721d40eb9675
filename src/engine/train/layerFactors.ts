// Per-layer learning-rate factors (TrainHyper.lrFactors): layer l's update is scaled by f_l, 0 = a frozen layer.
import type { ParamLayout } from '../nn/spec';

/**
 * The parameter range [start, end) of each dense layer in the flat vector: its W, b and (hidden layers with batch
 * norm) γ, β, i.e. everything from its W up to the next layer's W. The same split as the GPU's chunk table.
 */
export function layerRanges(layout: ParamLayout): [number, number][] {
  const L = layout.layers;
  return L.map((layer, l): [number, number] => [layer.W, l + 1 < L.length ? L[l + 1].W : layout.size]);
}

/** Throws RangeError unless every factor is a finite number ≥ 0 (at most one per dense layer is read; missing ones are 1). */
export function checkLrFactors(factors: readonly number[] | undefined): void {
  if (factors === undefined) return;
  if (!Array.isArray(factors)) throw new RangeError('lrFactors must be an array of numbers');
  for (const f of factors) if (typeof f !== 'number' || !Number.isFinite(f) || f < 0) throw new RangeError(`every lrFactor must be a finite number ≥ 0, got ${String(f)}`);
}

/** The factor of dense layer l (1 where none is given). */
export function lrFactorOf(factors: readonly number[] | undefined, l: number): number {
  return factors?.[l] ?? 1;
}

/** True when some dense layer of `layers` has a factor other than 1. */
export function hasLrFactors(factors: readonly number[] | undefined, layers: number): boolean {
  for (let l = 0; l < layers; l++) if (lrFactorOf(factors, l) !== 1) return true;
  return false;
}

/**
 * After an optimizer step from `before` to `params`: x ← x₀ + f_l·(x − x₀) on every layer l with f_l ≠ 1. For SGD,
 * momentum, AdaGrad, RMSProp and Adam the update is linear in η, so this is the step those optimizers take with
 * η·f_l on that layer; f_l = 0 puts x₀ back bit for bit (AdaDelta has no η: its step is scaled the same way).
 */
export function scaleLayerUpdates(params: Float32Array | Float64Array, before: ArrayLike<number>, layout: ParamLayout, factors: readonly number[] | undefined): void {
  layerRanges(layout).forEach(([start, end], l) => {
    const f = lrFactorOf(factors, l);
    if (f === 1) return;
    for (let i = start; i < end; i++) params[i] = f === 0 ? before[i] : before[i] + f * (params[i] - before[i]);
  });
}
