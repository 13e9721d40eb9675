// logValue / logPosition: every position round-trips, and the seed articles' values are each one position.
import { describe, expect, it } from 'vitest';
import { logPosition, logSteps, logValue, STEPS_PER_DECADE } from '../../src/components/logScale';

const RANGES: [number, number][] = [
  [0.001, 5],
  [0.001, 0.5],
  [0.001, 10],
];

describe('logValue(min, max, pos)', () => {
  it('gives a value whose own position is pos, increasing with pos, ending at min and max', () => {
    for (const [min, max] of RANGES) {
      const n = logSteps(min, max);
      let prev = 0;
      for (let p = 0; p <= n; p++) {
        const v = logValue(min, max, p);
        expect(logPosition(min, max, v), `${min}…${max} at ${p}`).toBe(p);
        expect(v).toBeGreaterThan(prev);
        prev = v;
      }
      expect(logValue(min, max, 0)).toBe(min);
      expect(logValue(min, max, n)).toBe(max);
    }
  });

  it('reaches the seeds’ learning rates and scales exactly (by dragging or arrow keys, one position each)', () => {
    // d2l / the book: GD 0.4, 0.6, 0.95; momentum 0.1; AdaGrad 2, 1.5; Adam 0.3, 0.25; MNIST 0.01; std 0.01, 1.
    for (const v of [0.001, 0.01, 0.1, 0.25, 0.3, 0.4, 0.6, 0.95, 1.5, 2, 5]) expect(logValue(0.001, 5, logPosition(0.001, 5, v))).toBe(v);
    for (const v of [0.001, 0.01, 0.05, 0.1, 0.5]) expect(logValue(0.001, 0.5, logPosition(0.001, 0.5, v))).toBe(v);
    for (const v of [0.01, 0.1, 1, 10]) expect(logValue(0.001, 10, logPosition(0.001, 10, v))).toBe(v);
  });

  it('moves by about 10^(1/50) per position and keeps at most 3 significant digits', () => {
    for (let p = 1; p <= logSteps(0.001, 5); p++) {
      const r = logValue(0.001, 5, p) / logValue(0.001, 5, p - 1);
      expect(r).toBeGreaterThan(1);
      expect(r).toBeLessThan(Math.pow(10, 2 / STEPS_PER_DECADE));
      expect(Number(logValue(0.001, 5, p).toPrecision(3))).toBe(logValue(0.001, 5, p));
    }
  });
});
