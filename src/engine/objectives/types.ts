// A 2-D objective: value, gradient, a plotting domain and the seed's start point.

export interface Objective2D {
  name: string;
  /** f(x1, x2). */
  f(x1: number, x2: number): number;
  /** ∇f written into out (length 2). */
  grad(x1: number, x2: number, out: Float64Array): void;
  /** Plot domain [[x1min, x1max], [x2min, x2max]]. */
  domain: readonly [readonly [number, number], readonly [number, number]];
  /** Start point used by the seed article. */
  start: readonly [number, number];
}
