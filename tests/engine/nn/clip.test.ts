// Gradient clipping by global norm and by value.
import { describe, expect, it } from 'vitest';
import { clipByGlobalNorm, clipByValue, norm2 } from '../../../src/engine/nn';

describe('clipByGlobalNorm(g, maxNorm)', () => {
  it('rescales g to norm maxNorm when larger, keeping its direction, and returns the old norm', () => {
    const g = Float64Array.from([3, 4]);
    expect(clipByGlobalNorm(g, 1)).toBe(5);
    expect(g[0]).toBeCloseTo(0.6, 15);
    expect(g[1]).toBeCloseTo(0.8, 15);
    expect(norm2(g)).toBeCloseTo(1, 15);
  });
  it('leaves g alone when within the bound or when maxNorm is 0 (off)', () => {
    const g = Float64Array.from([3, 4]);
    clipByGlobalNorm(g, 10);
    clipByGlobalNorm(g, 0);
    expect(Array.from(g)).toEqual([3, 4]);
  });
});

describe('clipByValue(g, c)', () => {
  it('clamps every entry to [−c, c]; c = 0 is off', () => {
    const g = Float64Array.from([-5, 0.5, 2]);
    clipByValue(g, 0);
    expect(Array.from(g)).toEqual([-5, 0.5, 2]);
    clipByValue(g, 1);
    expect(Array.from(g)).toEqual([-1, 0.5, 1]);
  });
});
