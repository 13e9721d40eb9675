// The input features of a 2-D point: each against its formula at hand-picked points, the row layout, the order, the errors.
import { describe, expect, it } from 'vitest';
import { FEATURE_NAMES, featureRows, orderedFeatures } from '../../../src/engine/data';

describe('featureRows(points, features)', () => {
  it('gives x₁, x₂, x₁², x₂², x₁x₂, sin x₁, sin x₂ of each point (values worked by hand)', () => {
    // (0.5, −2): squares 0.25 and 4, product −1; (π/6, π/2): sines ½ and 1; (−1.5, 0): sin(−1.5) = −sin 1.5 ≈ −0.997495.
    const points = [0.5, -2, Math.PI / 6, Math.PI / 2, -1.5, 0];
    const rows = featureRows(points, [...FEATURE_NAMES]);
    expect(rows.length).toBe(3 * 7);
    const row = (i: number) => Array.from(rows.subarray(7 * i, 7 * i + 7));
    expect(row(0).slice(0, 5)).toEqual([0.5, -2, 0.25, 4, -1]);
    expect(row(1)[5]).toBeCloseTo(0.5, 6);
    expect(row(1)[6]).toBeCloseTo(1, 6);
    expect(row(1)[2]).toBeCloseTo((Math.PI / 6) ** 2, 6);
    expect(row(1)[4]).toBeCloseTo(Math.PI ** 2 / 12, 6);
    expect(row(2)[5]).toBeCloseTo(-0.997495, 6);
    expect(row(2)[6]).toBe(0);
    expect(row(2)[3]).toBe(0);
  });
  it('x₁ and x₂ alone give the points back unchanged (float32): the default inputs are the raw coordinates', () => {
    const points = Float32Array.from([0.1, -0.7, 1.3, 0.25]);
    expect(featureRows(points, ['x1', 'x2'])).toEqual(points);
  });
  it('writes the features in the order asked, k columns per row', () => {
    expect(Array.from(featureRows([2, 3, -1, 4], ['x1x2', 'x2sq']))).toEqual([6, 9, -4, 16]);
  });
  it('rejects an empty or unknown feature list and points that are not pairs', () => {
    expect(() => featureRows([1, 2], [])).toThrow(RangeError);
    expect(() => featureRows([1, 2], ['x3' as never])).toThrow(RangeError);
    expect(() => featureRows([1, 2, 3], ['x1'])).toThrow(RangeError);
  });
});

describe('orderedFeatures(names)', () => {
  it('puts the names in the inputs’ order, once each, without unknown ones', () => {
    expect(orderedFeatures(['sinx2', 'x1', 'bogus', 'x1', 'x1sq'])).toEqual(['x1', 'x1sq', 'sinx2']);
  });
});
