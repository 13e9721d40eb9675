// A small deterministic Sampler for the data tests (integer hash of seed and index), standing in for the engine RNG.
import type { Sampler } from '../../../src/engine/data/types';

function hash(seed: number, stream: number, i: number): number {
  let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(stream + 1, 0xc2b2ae35) ^ i;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  h ^= Math.imul(i >>> 16 ^ 0x27d4eb2f, 0x165667b1);
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  return (h ^ (h >>> 15)) >>> 0;
}

/** uniform(i) ∈ (0, 1) from stream 0; gaussian(i) by Box–Muller over streams 1 and 2, independent of uniform. */
export function testSampler(seed: number): Sampler {
  const u = (stream: number, i: number) => (hash(seed, stream, i) + 0.5) / 4294967296;
  return {
    uniform: (i) => u(0, i),
    gaussian: (i) => Math.sqrt(-2 * Math.log(u(1, i))) * Math.cos(2 * Math.PI * u(2, i)),
  };
}
