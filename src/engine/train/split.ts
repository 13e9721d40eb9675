// Data-set plumbing: row subsets, a shuffled train/validation split, and K-fold splits.
import { STREAM, permutation } from '../rng';
import type { Dataset } from './types';

/** Entries of y per sample: 1 for labels, outputSize for real targets. */
export function targetWidth(data: Dataset): number {
  return data.y instanceof Uint8Array ? 1 : data.n > 0 ? data.y.length / data.n : 0;
}

/** A new data set with the rows `indices` of data, in that order (copies). */
export function subset(data: Dataset, indices: ArrayLike<number>): Dataset {
  const { d } = data;
  const c = targetWidth(data);
  const n = indices.length;
  const x = new Float32Array(n * d);
  const y = data.y instanceof Uint8Array ? new Uint8Array(n * c) : new Float32Array(n * c);
  for (let r = 0; r < n; r++) {
    const i = indices[r];
    x.set(data.x.subarray(i * d, (i + 1) * d), r * d);
    y.set(data.y.subarray(i * c, (i + 1) * c), r * c);
  }
  return { x, y, n, d };
}

/**
 * Shuffles (RNG stream 'split'), then puts the first ⌊fraction·n⌋ samples in validation and the rest in
 * train, as the book does (seed 004 §五: 20%, shuffled first, because data sets can be sorted by label).
 */
export function splitTrainValidation(data: Dataset, fraction: number, seed: number): { train: Dataset; validation: Dataset } {
  if (!(fraction >= 0 && fraction < 1)) throw new RangeError(`validation fraction must be in [0, 1), got ${fraction}`);
  const perm = permutation(data.n, seed, STREAM.split);
  const nVal = Math.floor(fraction * data.n);
  return { validation: subset(data, perm.subarray(0, nVal)), train: subset(data, perm.subarray(nVal)) };
}

/**
 * K-fold cross-validation splits: shuffle (RNG stream 'fold'), cut the permutation into k nearly equal
 * contiguous folds [⌊f·n/k⌋, ⌊(f+1)·n/k⌋); split f validates on fold f and trains on the others.
 * Every sample is validated on exactly once. Requires 2 ≤ k ≤ n.
 */
export function kFoldSplits(data: Dataset, k: number, seed: number): { train: Dataset; validation: Dataset }[] {
  if (!Number.isInteger(k) || k < 2 || k > data.n) throw new RangeError(`k must be an integer in [2, n], got ${k}`);
  const perm = permutation(data.n, seed, STREAM.fold);
  const folds = [];
  for (let f = 0; f < k; f++) {
    const lo = Math.floor((f * data.n) / k);
    const hi = Math.floor(((f + 1) * data.n) / k);
    const trainIdx = new Uint32Array(data.n - (hi - lo));
    trainIdx.set(perm.subarray(0, lo));
    trainIdx.set(perm.subarray(hi), lo);
    folds.push({ train: subset(data, trainIdx), validation: subset(data, perm.subarray(lo, hi)) });
  }
  return folds;
}
