// validateManifest: accepts the committed manifest and names the first problem of a broken one.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateManifest } from '../../../src/worker/shared/data/manifest';
import { MNIST_DATA_DIR } from '../../helpers/mnistNode';

interface RawManifest {
  format: number;
  files: { path: string; size: number; shape: number[]; sha256: string }[];
  classCounts: { train: number[]; test: number[] };
}

const json = (): RawManifest => JSON.parse(readFileSync(join(MNIST_DATA_DIR, 'manifest.json'), 'utf8'));

describe('validateManifest(json)', () => {
  it('accepts public/data/manifest.json and keys its files by id', () => {
    const m = validateManifest(json());
    if (typeof m === 'string') throw new Error(m);
    expect(m.files['train-images']).toMatchObject({ path: 'mnist-train-images.u8.gzip', count: 10000, size: 7840000, shape: [10000, 28, 28] });
    expect(m.files['test-labels']).toMatchObject({ path: 'mnist-test-labels.u8.gzip', count: 2000, size: 2000 });
    expect(m.classCounts.train.reduce((a, b) => a + b, 0)).toBe(10000);
  });

  it.each<[string, (m: RawManifest) => unknown, RegExp]>([
    ['a non-object', () => 'x', /not an object/],
    ['an unknown format', (m: RawManifest) => ({ ...m, format: 2 }), /unknown manifest format 2/],
    ['a missing file', (m: RawManifest) => ({ ...m, files: m.files.slice(1) }), /no train-images/],
    ['a size that does not hold the digits', (m: RawManifest) => { m.files[0].size -= 1; return m; }, /train-images: size/],
    ['a wrong shape', (m: RawManifest) => { m.files[2].shape = [2000, 784]; return m; }, /test-images: shape/],
    ['a path leaving the folder', (m: RawManifest) => { m.files[1].path = '../x.gz'; return m; }, /bad path/],
    ['a malformed checksum', (m: RawManifest) => { m.files[3].sha256 = 'abc'; return m; }, /test-labels: bad sha256/],
    ['class counts that do not add up', (m: RawManifest) => { m.classCounts.test[0] += 1; return m; }, /class counts/],
  ])('rejects %s', (_, edit, message) => {
    const result = validateManifest(edit(json()));
    expect(typeof result).toBe('string');
    expect(result).toMatch(message);
  });
});
