// Shapes shared by every data set: row-major float32 inputs plus labels or targets, and the sampler that generates them.

/** A labelled classification set: x is n×d row-major, y[i] ∈ {0, …, classes − 1} is the class of row i. */
export interface ClassificationData {
  x: Float32Array;
  y: Uint8Array;
  n: number;
  d: number;
  classes: number;
}

/** A regression set: x is n×d row-major, y[i] is the real target of row i (length n). */
export interface RegressionData {
  x: Float32Array;
  y: Float32Array;
  n: number;
  d: number;
}

/**
 * A source of random numbers addressed by a counter (one seed and stream already bound), so that a data
 * set is a pure function of (seed, parameters). uniform(i) ∈ [0, 1); gaussian(i) ~ N(0, 1).
 * The two must be independent of each other for all indices (e.g. distinct sub-streams of the RNG):
 * generators may read uniform(i) and gaussian(i) for the same i. dataSampler(seed, set) binds the engine RNG so.
 */
export interface Sampler {
  uniform(i: number): number;
  gaussian(i: number): number;
}
