// MNIST digits from raw bytes: 28×28 uint8 pixels per digit and one uint8 label per digit, scaled to [0, 1].
import type { ClassificationData } from './types';

/** Side of an MNIST digit in pixels. */
export const MNIST_SIDE = 28;
/** Pixels per digit (28 × 28 = 784), the input size d. */
export const MNIST_PIXELS = MNIST_SIDE * MNIST_SIDE;
/** Number of classes (digits 0–9). */
export const MNIST_CLASSES = 10;

/**
 * Parses the first n digits of raw MNIST bytes (no IDX header).
 * images: ≥ n×784 bytes, row-major, 0 = background, 255 = ink; labels: ≥ n bytes, each 0–9.
 * Returns x: Float32Array n×784 (pixel / 255), y: Uint8Array n (a copy), d = 784, classes = 10.
 * Throws RangeError when the buffers are too short or a label is out of range.
 */
export function mnistFromBytes(images: Uint8Array, labels: Uint8Array, n: number): ClassificationData {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`mnistFromBytes: n must be a non-negative integer, got ${n}`);
  if (images.length < n * MNIST_PIXELS) {
    throw new RangeError(`mnistFromBytes: need ${n * MNIST_PIXELS} image bytes for ${n} digits, got ${images.length}`);
  }
  if (labels.length < n) throw new RangeError(`mnistFromBytes: need ${n} labels, got ${labels.length}`);
  const y = labels.slice(0, n);
  for (let i = 0; i < n; i++) {
    if (y[i] >= MNIST_CLASSES) throw new RangeError(`mnistFromBytes: label ${y[i]} at row ${i} is not a digit`);
  }
  const x = new Float32Array(n * MNIST_PIXELS);
  for (let k = 0; k < x.length; k++) x[k] = images[k] / 255;
  return { x, y, n, d: MNIST_PIXELS, classes: MNIST_CLASSES };
}
