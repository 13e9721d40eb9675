// symbolsPath draws every D3 symbol type at each point, shifted to that point.
import { symbolsFill, symbolsStroke, path } from 'd3';
import { describe, expect, it } from 'vitest';
import { symbolsPath } from '../../src/components/charts/symbolsPath';
import { SERIES } from '../../src/components/palette';

describe('symbolsPath(type, size, points)', () => {
  it('handles every symbol type D3 ships (and the palette uses)', () => {
    for (const type of [...symbolsFill, ...symbolsStroke, ...SERIES.map((s) => s.symbol)]) {
      expect(() => symbolsPath(type, 30, [[0, 0], [10, 20]])).not.toThrow();
    }
  });
  it('equals the symbol drawn at the origin, translated', () => {
    const type = symbolsFill[1]; // the cross: lines only, so every number in its path is a coordinate
    const at = (cx: number, cy: number) => {
      const p = path();
      // The reference: draw at the origin and shift every coordinate pair by hand.
      type.draw(p as unknown as CanvasPath, 30);
      return p.toString().replace(/(-?[\d.e-]+),(-?[\d.e-]+)/g, (_m, a, b) => `${Number(a) + cx},${Number(b) + cy}`);
    };
    const d = symbolsPath(type, 30, [[5, 7]]);
    const num = (s: string) => s.match(/-?[\d.]+(e-?\d+)?/g)!.map(Number);
    const got = num(d), want = num(at(5, 7));
    expect(got.length).toBe(want.length);
    got.forEach((v, i) => expect(v).toBeCloseTo(want[i], 9));
  });
});
