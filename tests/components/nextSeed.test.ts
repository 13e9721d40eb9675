// nextSeed(seed, min, max): another seed in range, the same one for everyone (a Philox draw keyed by the seed).
import { describe, expect, it } from 'vitest';
import { nextSeed } from '../../src/components/SeedField';

describe('nextSeed(seed, min, max)', () => {
  it('stays in [min, max], differs from seed and is deterministic', () => {
    const seen = new Set<number>();
    for (let s = 0; s < 500; s++) {
      const n = nextSeed(s, 0, 99999);
      expect(n).toBeGreaterThanOrEqual(0);
      expect(n).toBeLessThanOrEqual(99999);
      expect(Number.isInteger(n)).toBe(true);
      expect(n).not.toBe(s);
      expect(nextSeed(s, 0, 99999)).toBe(n);
      seen.add(n);
    }
    expect(seen.size).toBeGreaterThan(490); // spread out, not a short cycle
  });
  it('works on a range of two', () => {
    expect(nextSeed(1, 1, 2)).toBe(2);
    expect(nextSeed(2, 1, 2)).toBe(1);
  });
});
