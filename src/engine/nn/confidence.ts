// A classifier's prediction and its confidence per row: the argmax class and its softmax probability (what pseudo-labelling thresholds).
import type { Vec } from '../optimizers/types';

/**
 * For each of n rows of c scores (logits): predicted = argmax (ties to the lowest class, as countCorrect) and confidence =
 * softmax(row)[predicted] = 1 / Σ_j e^(z_j − z_max); with `probabilities` the scores are softmax outputs already and the
 * confidence is the largest of them. Shapes: scores n×c row-major; returns two arrays of n.
 */
export function softmaxConfidence(
  scores: Vec | ArrayLike<number>, n: number, c: number, probabilities = false,
): { predicted: Uint8Array; confidence: Float32Array } {
  if (scores.length < n * c) throw new RangeError(`${n} rows of ${c} scores need ${n * c} values, got ${scores.length}`);
  const predicted = new Uint8Array(n);
  const confidence = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const r = i * c;
    let best = 0;
    for (let j = 1; j < c; j++) if (scores[r + j] > scores[r + best]) best = j;
    predicted[i] = best;
    if (probabilities) {
      confidence[i] = scores[r + best];
      continue;
    }
    let sum = 0;
    for (let j = 0; j < c; j++) sum += Math.exp(scores[r + j] - scores[r + best]);
    confidence[i] = 1 / sum;
  }
  return { predicted, confidence };
}
