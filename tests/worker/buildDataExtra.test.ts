// buildData's extra rows: appended after the generated training rows (classes or targets), the test split untouched; bad shapes rejected.
import { describe, expect, it } from 'vitest';
import { buildData, withExtraRows } from '../../src/worker/shared/data/buildData';
import { noisySine, sineTarget, dataSampler } from '../../src/engine/data';
import type { DataDescriptor } from '../../src/worker/shared/protocol';

const noMnist = () => Promise.reject(new Error('no MNIST in this test'));

describe('buildData(descriptor with extra)', () => {
  it('a toy set gets the k added rows at its end, with their classes; the generated rows and the test split are unchanged', async () => {
    const base: DataDescriptor = { kind: 'toy', name: 'xor', n: 30, nTest: 10, seed: 4 };
    const plain = await buildData(base, noMnist);
    const got = await buildData({ ...base, extra: { x: [0.5, -0.25, -1, 1.5], y: [1, 0] } }, noMnist);
    expect(got.train.n).toBe(32);
    expect(Array.from(got.train.x.subarray(0, 60))).toEqual(Array.from(plain.train.x));
    expect(Array.from(got.train.x.subarray(60))).toEqual([0.5, -0.25, -1, 1.5]);
    expect(Array.from(got.train.y.subarray(30))).toEqual([1, 0]);
    expect(got.train.y).toBeInstanceOf(Uint8Array);
    expect(got.test!.x).toEqual(plain.test!.x);
  });
  it('the sine set gets (x → y) targets appended; its own rows follow y = sin 2.5x + noise', async () => {
    const got = await buildData({ kind: 'sine', seed: 2, n: 20, nTest: 5, noise: 0, extra: { x: [0.3], y: [-0.7] } }, noMnist);
    expect(got.train.n).toBe(21);
    expect(got.train.d).toBe(1);
    for (let i = 0; i < 20; i++) expect(got.train.y[i]).toBeCloseTo(Math.sin(2.5 * got.train.x[i]), 6);
    expect(got.train.x[20]).toBeCloseTo(0.3, 6);
    expect(got.train.y[20]).toBeCloseTo(-0.7, 6);
    expect(got.test!.n).toBe(5);
  });
  it('rejects an x of the wrong length, a fractional class and a non-finite target', () => {
    const toy = { x: new Float32Array(4), y: new Uint8Array(2), n: 2, d: 2 };
    expect(() => withExtraRows(toy, { x: [1, 2, 3], y: [0, 1] })).toThrow(RangeError);
    expect(() => withExtraRows(toy, { x: [1, 2], y: [0.5] })).toThrow(RangeError);
    const reg = { x: new Float32Array(2), y: new Float32Array(2), n: 2, d: 1 };
    expect(() => withExtraRows(reg, { x: [1], y: [NaN] })).toThrow(RangeError);
  });
});

describe('noisySine(sampler, options)', () => {
  it('without noise every point lies on sin(2.5x) within x ∈ [−1.2, 1.2]; with noise the residuals have about the asked std', () => {
    const clean = noisySine(dataSampler(5, 0), { n: 200, noise: 0 });
    for (let i = 0; i < 200; i++) {
      expect(Math.abs(clean.x[i])).toBeLessThanOrEqual(1.2);
      expect(clean.y[i]).toBeCloseTo(sineTarget(clean.x[i]), 6);
    }
    const noisy = noisySine(dataSampler(5, 0), { n: 4000, noise: 0.3 });
    let ss = 0;
    for (let i = 0; i < 4000; i++) ss += (noisy.y[i] - sineTarget(noisy.x[i])) ** 2;
    expect(Math.sqrt(ss / 4000)).toBeGreaterThan(0.27);
    expect(Math.sqrt(ss / 4000)).toBeLessThan(0.33);
  });
});
