// The first layer's weights as images and their change: pure helpers of the fine-tuning lesson's weight figure.

/** Side of an MNIST image: the first layer's 784 inputs are 28×28 pixels, row-major from the top left. */
export const SIDE = 28;

/** Unit j's 784 input weights from flat parameters whose first block is W₀ (784×fanOut, row-major): pixel p → W₀[p·fanOut + j]. */
export function unitWeights(params: ArrayLike<number>, fanOut: number, j: number): Float32Array {
  return Float32Array.from({ length: SIDE * SIDE }, (_, p) => params[p * fanOut + j]);
}

/** ‖a‖₂. */
export function norm(a: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * a[i];
  return Math.sqrt(s);
}

/** ‖a − b‖₂ / ‖b‖₂ (NaN when b is 0). */
export function relChange(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += (a[i] - b[i]) ** 2;
  const nb = norm(b);
  return nb > 0 ? Math.sqrt(s) / nb : NaN;
}
