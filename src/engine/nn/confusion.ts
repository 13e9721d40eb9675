// The confusion matrix of a classifier's scores: how many rows of each true class went to each predicted class.
import type { Vec } from '../optimizers/types';

/**
 * Counts C[t][p] = #{ i : labels[i] = t, argmax_j scores[i][j] = p } (ties go to the lowest j, as countCorrect).
 * Shapes: scores n×c row-major (logits or probabilities), labels n; returns c×c row-major (row = true class).
 */
export function confusionCounts(scores: Vec | ArrayLike<number>, labels: ArrayLike<number>, n: number, c: number): Uint32Array {
  if (scores.length < n * c) throw new RangeError(`${n} rows of ${c} scores need ${n * c} values, got ${scores.length}`);
  const out = new Uint32Array(c * c);
  for (let i = 0; i < n; i++) {
    const r = i * c;
    let best = 0;
    for (let j = 1; j < c; j++) if (scores[r + j] > scores[r + best]) best = j;
    const y = labels[i];
    if (!Number.isInteger(y) || y < 0 || y >= c) throw new RangeError(`label ${y} of row ${i} is not a class in [0, ${c - 1}]`);
    out[y * c + best]++;
  }
  return out;
}
