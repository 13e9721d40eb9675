// The engine RNG bound for a data set: uniforms and Gaussians from two distinct sub-streams of STREAM.data.
import { gaussian, STREAM, streamWord, uniform } from '../rng';
import type { Sampler } from './types';

/**
 * The Sampler a data set is generated with, for a seed. uniform(i) reads sub-stream 2·set and gaussian(i)
 * sub-stream 2·set + 1 of STREAM.data: the RNG's uniform(i) and gaussian(i) share a word on one stream,
 * so the two must not share one. Give each data set of a lesson its own `set` (0 … 2²³ − 1).
 */
export function dataSampler(seed: number, set = 0): Sampler {
  const uniformStream = streamWord(STREAM.data, 2 * set);
  const gaussianStream = streamWord(STREAM.data, 2 * set + 1);
  return {
    uniform: (i) => uniform(seed, uniformStream, i),
    gaussian: (i) => gaussian(seed, gaussianStream, i),
  };
}
