// mnistFromBytes: raw uint8 digits and labels to n×784 float32 rows in [0, 1].
import { describe, expect, it } from 'vitest';
import { MNIST_PIXELS, mnistFromBytes } from '../../../src/engine/data';

function bytes(n: number): { images: Uint8Array; labels: Uint8Array } {
  const images = new Uint8Array(n * MNIST_PIXELS);
  for (let k = 0; k < images.length; k++) images[k] = (k * 7) % 256;
  const labels = Uint8Array.from({ length: n }, (_, i) => i % 10);
  return { images, labels };
}

describe('mnistFromBytes(images, labels, n)', () => {
  it('returns x: n×784 with pixel / 255, y: the labels, d = 784, classes = 10', () => {
    const { images, labels } = bytes(3);
    const data = mnistFromBytes(images, labels, 3);
    expect([data.n, data.d, data.classes, data.x.length]).toEqual([3, 784, 10, 3 * 784]);
    for (let k = 0; k < images.length; k++) expect(data.x[k]).toBe(Math.fround(images[k] / 255));
    expect(Array.from(data.y)).toEqual([0, 1, 2]);
    expect(Math.max(...data.x)).toBe(1);
  });

  it('takes the first n digits of longer buffers and copies the labels', () => {
    const { images, labels } = bytes(5);
    const data = mnistFromBytes(images, labels, 2);
    expect([data.n, data.x.length, data.y.length]).toEqual([2, 2 * 784, 2]);
    labels[0] = 9;
    expect(data.y[0]).toBe(0);
  });

  it('rejects short buffers, labels above 9 and a bad n', () => {
    const { images, labels } = bytes(2);
    expect(() => mnistFromBytes(images.subarray(1), labels, 2)).toThrow(RangeError);
    expect(() => mnistFromBytes(images, labels.subarray(1), 2)).toThrow(RangeError);
    expect(() => mnistFromBytes(images, Uint8Array.of(3, 10), 2)).toThrow(/label 10 at row 1/);
    expect(() => mnistFromBytes(images, labels, -1)).toThrow(RangeError);
  });
});
