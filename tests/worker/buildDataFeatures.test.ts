// buildData's features: every split (and the added rows) of a toy set fed as the chosen features of the same points.
import { describe, expect, it } from 'vitest';
import { buildData, withFeatures } from '../../src/worker/shared/data/buildData';
import type { DataDescriptor } from '../../src/worker/shared/protocol';

const noMnist = () => Promise.reject(new Error('no MNIST in this test'));

describe('buildData(toy descriptor with features)', () => {
  it('each row of train (added rows included), validation and test is (x₁², x₁x₂, sin x₂) of the same point, labels unchanged', async () => {
    const base: DataDescriptor = { kind: 'toy', name: 'circles', n: 40, nTest: 8, seed: 3, noise: 0.1, validation: 0.25, splitSeed: 3, extra: { x: [0.5, -1], y: [1] } };
    const plain = await buildData(base, noMnist);
    const got = await buildData({ ...base, features: ['x1sq', 'x1x2', 'sinx2'] }, noMnist);
    for (const split of ['train', 'validation', 'test'] as const) {
      const a = plain[split]!;
      const b = got[split]!;
      expect([b.n, b.d], split).toEqual([a.n, 3]);
      expect(Array.from(b.y), split).toEqual(Array.from(a.y));
      for (let i = 0; i < a.n; i++) {
        const [x1, x2] = [a.x[2 * i], a.x[2 * i + 1]];
        expect(b.x[3 * i], `${split} ${i}`).toBeCloseTo(x1 * x1, 6);
        expect(b.x[3 * i + 1], `${split} ${i}`).toBeCloseTo(x1 * x2, 6);
        expect(b.x[3 * i + 2], `${split} ${i}`).toBeCloseTo(Math.sin(x2), 6);
      }
    }
    // The added point (0.5, −1) is the last training row: 0.25, −0.5, sin(−1) ≈ −0.841471.
    const last = got.train.n - 1;
    expect(got.train.x[3 * last]).toBeCloseTo(0.25, 6);
    expect(got.train.x[3 * last + 1]).toBeCloseTo(-0.5, 6);
    expect(got.train.x[3 * last + 2]).toBeCloseTo(-0.841471, 6);
  });
  it('without features the rows stay (x₁, x₂); withFeatures refuses rows that are not pairs', async () => {
    const plain = await buildData({ kind: 'toy', name: 'xor', n: 10, seed: 1 }, noMnist);
    expect(plain.train.d).toBe(2);
    const oneColumn = { train: { x: new Float32Array(3), y: new Float32Array(3), n: 3, d: 1 } };
    expect(() => withFeatures(oneColumn, ['x1'])).toThrow(RangeError);
  });
});
