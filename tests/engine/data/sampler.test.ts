// dataSampler: the engine RNG bound for data sets, with uniforms and Gaussians on independent sub-streams.
import { describe, expect, it } from 'vitest';
import { circles, dataSampler, polynomialData } from '../../../src/engine/data';
import { gaussian, STREAM, streamWord, uniform } from '../../../src/engine/rng';

function correlation(a: number[], b: number[]): number {
  const mean = (v: number[]) => v.reduce((s, x) => s + x, 0) / v.length;
  const [ma, mb] = [mean(a), mean(b)];
  let ab = 0;
  let aa = 0;
  let bb = 0;
  for (let k = 0; k < a.length; k++) {
    ab += (a[k] - ma) * (b[k] - mb);
    aa += (a[k] - ma) ** 2;
    bb += (b[k] - mb) ** 2;
  }
  return ab / Math.sqrt(aa * bb);
}

describe('dataSampler(seed, set)', () => {
  it('reads uniforms from sub-stream 2·set and Gaussians from 2·set + 1 of STREAM.data', () => {
    const s = dataSampler(42, 3);
    expect(s.uniform(17)).toBe(uniform(42, streamWord(STREAM.data, 6), 17));
    expect(s.gaussian(17)).toBe(gaussian(42, streamWord(STREAM.data, 7), 17));
  });

  it('gives uniform(i) and gaussian(i) that are independent (on one RNG stream |gaussian(i)| falls as uniform(i) grows)', () => {
    const s = dataSampler(7);
    const idx = Array.from({ length: 20000 }, (_, i) => i);
    const u = idx.map((i) => s.uniform(i));
    const g = idx.map((i) => s.gaussian(i));
    expect(Math.abs(correlation(u, g))).toBeLessThan(0.03);
    expect(Math.abs(correlation(u, g.map(Math.abs)))).toBeLessThan(0.03);
  });

  it('makes data sets a function of (seed, set)', () => {
    expect(circles(dataSampler(1)).x).toEqual(circles(dataSampler(1)).x);
    expect(circles(dataSampler(1)).x).not.toEqual(circles(dataSampler(2)).x);
    expect(polynomialData(dataSampler(1, 0)).train.y).not.toEqual(polynomialData(dataSampler(1, 1)).train.y);
  });
});
