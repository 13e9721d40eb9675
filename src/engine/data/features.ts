// Input features of a 2-D point, as TensorFlow Playground offers them: the coordinates, their squares, their product, their sines.

/** Names of the features, in the order the inputs take them (a network's input k is the k-th chosen name in this order). */
export const FEATURE_NAMES = ['x1', 'x2', 'x1sq', 'x2sq', 'x1x2', 'sinx1', 'sinx2'] as const;
export type FeatureName = (typeof FEATURE_NAMES)[number];

/** Each feature as a function of the point (x₁, x₂). */
export const FEATURES: Readonly<Record<FeatureName, (x1: number, x2: number) => number>> = {
  x1: (x1) => x1,
  x2: (_, x2) => x2,
  x1sq: (x1) => x1 * x1,
  x2sq: (_, x2) => x2 * x2,
  x1x2: (x1, x2) => x1 * x2,
  sinx1: (x1) => Math.sin(x1),
  sinx2: (_, x2) => Math.sin(x2),
};

/** The chosen names in FEATURE_NAMES order, each once (unknown names dropped). */
export function orderedFeatures(names: readonly string[]): FeatureName[] {
  return FEATURE_NAMES.filter((f) => names.includes(f));
}

/**
 * The k-feature rows of m points: `points` is m×2 row-major (x₁, x₂); the result is m×k row-major, row i holding
 * FEATURES[features[j]](x₁ᵢ, x₂ᵢ) at column j (as float32). Throws RangeError for an empty or unknown feature list or
 * an odd-length `points`.
 */
export function featureRows(points: ArrayLike<number>, features: readonly FeatureName[]): Float32Array {
  if (features.length === 0) throw new RangeError('featureRows: at least one feature is needed');
  const fs = features.map((f) => {
    const fn = FEATURES[f];
    if (!fn) throw new RangeError(`featureRows: unknown feature ${String(f)}`);
    return fn;
  });
  if (points.length % 2 !== 0) throw new RangeError(`featureRows: points must be m×2, got ${points.length} values`);
  const m = points.length / 2;
  const k = fs.length;
  const out = new Float32Array(m * k);
  for (let i = 0; i < m; i++) {
    const x1 = points[2 * i];
    const x2 = points[2 * i + 1];
    for (let j = 0; j < k; j++) out[i * k + j] = fs[j](x1, x2);
  }
  return out;
}
