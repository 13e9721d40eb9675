// Weight initialisation from the counter RNG: Gaussian with fixed std, Xavier √(1/n), He √(2/n), n = fan-in.
import { STREAM, gaussian, streamWord } from '../rng';
import type { Vec } from '../optimizers/types';
import type { InitSpec, ParamLayout } from './spec';

/** The standard deviation of a layer's weights for a fan-in of n. */
export function initStd(init: InitSpec, fanIn: number): number {
  switch (init.scheme) {
    case 'gaussian':
      return init.std;
    case 'xavier':
      return Math.sqrt(1 / fanIn);
    case 'he':
      return Math.sqrt(2 / fanIn);
  }
}

/**
 * Fills the flat parameter vector: W of dense layer l (row-major element e) = std·gaussian(seed,
 * streamWord(STREAM.init, l), e); b = 0, γ = 1, β = 0. Shape: params layout.size.
 */
export function initParams(params: Vec, layout: ParamLayout, init: InitSpec, seed: number): void {
  layout.layers.forEach((L, l) => {
    const std = initStd(init, L.fanIn);
    const stream = streamWord(STREAM.init, l);
    const size = L.fanIn * L.fanOut;
    for (let e = 0; e < size; e++) params[L.W + e] = std * gaussian(seed, stream, e);
    params.fill(0, L.b, L.b + L.fanOut);
    if (L.gamma >= 0) {
      params.fill(1, L.gamma, L.gamma + L.fanOut);
      params.fill(0, L.beta, L.beta + L.fanOut);
    }
  });
}

/** Running statistics at the start: means 0, variances 1. Shape: running layout.runningSize. */
export function initRunning(running: Vec, layout: ParamLayout): void {
  for (const L of layout.layers) {
    if (L.runMean < 0) continue;
    running.fill(0, L.runMean, L.runMean + L.fanOut);
    running.fill(1, L.runVar, L.runVar + L.fanOut);
  }
}
