// Loads the MNIST subset in public/data for Node tests: gunzips each file and checks it against the manifest's sizes and SHA-256.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { MnistSplits } from '../../src/worker/shared/data/loadMnist';
import { validateManifest, type MnistFileEntry, type MnistManifest } from '../../src/worker/shared/data/manifest';
import { mnistFromBytes } from '../../src/engine/data/mnist';
import type { ClassificationData } from '../../src/engine/data/types';

/** public/data, where scripts/make-mnist.mjs writes the subset. */
export const MNIST_DATA_DIR = join(resolve(dirname(fileURLToPath(import.meta.url)), '..', '..'), 'public', 'data');

/** Both splits; x is n×784 row-major (pixel / 255), y the digit of each row, d = 784. */
export interface MnistNode {
  train: ClassificationData;
  test: ClassificationData;
}

let cached: MnistNode | undefined;

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Reads and validates public/data/manifest.json; throws on any problem. */
export function readMnistManifest(dir = MNIST_DATA_DIR): MnistManifest {
  const manifest = validateManifest(JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')));
  if (typeof manifest === 'string') throw new Error(`mnist manifest: ${manifest}`);
  return manifest;
}

/** Reads one file of the subset, checks size and SHA-256 before and after gunzip, returns the raw bytes. */
export function readMnistFile(entry: MnistFileEntry, dir = MNIST_DATA_DIR): Uint8Array {
  const packed = readFileSync(join(dir, entry.path));
  if (packed.length !== entry.gzipSize || sha256(packed) !== entry.gzipSha256) {
    throw new Error(`mnist ${entry.path}: gzip bytes do not match the manifest (run npm run data:mnist)`);
  }
  const raw = gunzipSync(packed);
  if (raw.length !== entry.size || sha256(raw) !== entry.sha256) {
    throw new Error(`mnist ${entry.path}: uncompressed bytes do not match the manifest`);
  }
  return new Uint8Array(raw.buffer, raw.byteOffset, raw.length);
}

/**
 * The verified subset: train (10 000 digits) and test (2 000), each {x: Float32Array n×784, y: Uint8Array n,
 * n, d: 784, classes: 10}. Parsed once per test worker and shared; callers must not modify the arrays.
 */
export function loadMnistNode(): MnistNode {
  if (cached) return cached;
  const { files } = readMnistManifest();
  const split = (images: MnistFileEntry, labels: MnistFileEntry) =>
    mnistFromBytes(readMnistFile(images), readMnistFile(labels), images.count);
  cached = {
    train: split(files['train-images'], files['train-labels']),
    test: split(files['test-images'], files['test-labels']),
  };
  return cached;
}

let cachedBytes: MnistSplits | undefined;

/** The verified subset as bytes, the shape the browser's loadMnist gives (a worker's MnistLoader in Node tests). */
export function loadMnistBytesNode(): MnistSplits {
  if (cachedBytes) return cachedBytes;
  const { files } = readMnistManifest();
  const split = (images: MnistFileEntry, labels: MnistFileEntry) => ({ images: readMnistFile(images), labels: readMnistFile(labels), n: images.count });
  cachedBytes = { train: split(files['train-images'], files['train-labels']), test: split(files['test-images'], files['test-labels']) };
  return cachedBytes;
}
