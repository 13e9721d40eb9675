// validateManifest: accepts the committed manifest and names the first problem of a broken one.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateManifest } from '../../../src/app/data/manifest';
import { MNIST_DATA_DIR } from '../../helpers/mnistNode';

const json = () => JSON.parse(readFileSync(join(MNIST_DATA_DIR, 'manifest.json'), 'utf8'));

describe('validateManifest(json)', () => {
  it('accepts public/data/manifest.json and keys its files by id', () => {
    const m = validateManifest(json());
    if (typeof m === 'string') throw new Error(m);
    expect(m.files['train-images']).toMatchObject({ path: 'mnist-train-images.gz', count: 10000, size: 7840000, shape: [10000, 28, 28] });
    expect(m.files['test-labels']).toMatchObject({ path: 'mnist-test-labels.gz', count: 2000, size: 2000 });
    expect(m.classCounts.train.reduce((a, b) => a + b, 0)).toBe(10000);
  });

  it.each([
    ['a non-object', () => 'x', /not an object/],
    ['an unknown format', (m: any) => ({ ...m, format: 2 }), /unknown manifest format 2/],
    ['a missing file', (m: any) => ({ ...m, files: m.files.slice(1) }), /no train-images/],
    ['a size that does not hold the digits', (m: any) => { m.files[0].size -= 1; return m; }, /train-images: size/],
    ['a wrong shape', (m: any) => { m.files[2].shape = [2000, 784]; return m; }, /test-images: shape/],
    ['a path leaving the folder', (m: any) => { m.files[1].path = '../x.gz'; return m; }, /bad path/],
    ['a malformed checksum', (m: any) => { m.files[3].sha256 = 'abc'; return m; }, /test-labels: bad sha256/],
    ['class counts that do not add up', (m: any) => { m.classCounts.test[0] += 1; return m; }, /class counts/],
  ])('rejects %s', (_, edit, message) => {
    const result = validateManifest(edit(json()));
    expect(typeof result).toBe('string');
    expect(result).toMatch(message);
  });
});
