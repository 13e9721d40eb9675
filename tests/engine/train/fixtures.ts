// Small synthetic data sets for the training-loop tests, drawn from the counter RNG.
import { STREAM, gaussian, streamWord, uniform } from '../../../src/engine/rng';
import type { Dataset } from '../../../src/engine/train';
import type { HiddenLayerSpec, ModelSpec } from '../../../src/engine/nn';

/** `classes` Gaussian blobs (std `noise`) on the unit circle in 2-D, n samples, labels in order 0,1,2,0,1,2,… */
export function blobs(n: number, classes = 3, noise = 0.3, seed = 1): Dataset {
  const x = new Float32Array(2 * n);
  const y = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const c = i % classes;
    const angle = (2 * Math.PI * c) / classes;
    x[2 * i] = 2 * Math.cos(angle) + noise * gaussian(seed, streamWord(STREAM.data, 0), i);
    x[2 * i + 1] = 2 * Math.sin(angle) + noise * gaussian(seed, streamWord(STREAM.data, 1), i);
    y[i] = c;
  }
  return { x, y, n, d: 2 };
}

/** n points in d dimensions with labels drawn uniformly from `classes`, unrelated to x (nothing to learn). */
export function noiseLabels(n: number, d: number, classes: number, seed: number): Dataset {
  const x = new Float32Array(n * d).map((_, i) => gaussian(seed, streamWord(STREAM.data, 2), i));
  const y = new Uint8Array(n).map((_, i) => Math.floor(uniform(seed, streamWord(STREAM.data, 3), i) * classes));
  return { x, y, n, d };
}

/** A real-valued regression set y = sin(x₁) + x₂/2 (n×1 targets). */
export function regression(n: number, seed = 1): Dataset {
  const x = new Float32Array(2 * n).map((_, i) => 2 * uniform(seed, streamWord(STREAM.data, 4), i) - 1);
  const y = new Float32Array(n).map((_, i) => Math.sin(x[2 * i]) + x[2 * i + 1] / 2);
  return { x, y, n, d: 2 };
}

export const hidden = (units: number[], activation: HiddenLayerSpec['activation'] = 'relu'): HiddenLayerSpec[] =>
  units.map((u) => ({ units: u, activation }));

/** A small classifier for d inputs and `classes` outputs. */
export function smallSpec(d = 2, classes = 3, over: Partial<ModelSpec> = {}): ModelSpec {
  return { inputSize: d, hidden: hidden([16, 16]), outputSize: classes, init: { scheme: 'he' }, loss: 'softmax-ce', ...over };
}
