// The MNIST manifest written by scripts/make-mnist.mjs: its types and a validator shared by the browser loader and the Node test helper.
import { MNIST_PIXELS } from '../../../engine/data/mnist';

/** One gzip file of the subset: raw uint8 bytes (no header), described before and after compression. */
export interface MnistFileEntry {
  /** 'train-images' | 'train-labels' | 'test-images' | 'test-labels'. */
  id: MnistFileId;
  /** File name relative to the data folder. */
  path: string;
  dtype: 'uint8';
  /** Digits in the file. */
  count: number;
  /** [count, 28, 28] for images, [count] for labels. */
  shape: number[];
  /** Uncompressed bytes. */
  size: number;
  /** Bytes of the gzip file. */
  gzipSize: number;
  /** Hex SHA-256 of the uncompressed bytes. */
  sha256: string;
  /** Hex SHA-256 of the gzip file. */
  gzipSha256: string;
}

export type MnistFileId = 'train-images' | 'train-labels' | 'test-images' | 'test-labels';

/** The validated manifest: one entry per file, keyed by id, plus the class counts of each split (length 10). */
export interface MnistManifest {
  files: Record<MnistFileId, MnistFileEntry>;
  classCounts: { train: number[]; test: number[] };
}

export const MNIST_FILE_IDS: readonly MnistFileId[] = ['train-images', 'train-labels', 'test-images', 'test-labels'];

const HEX64 = /^[0-9a-f]{64}$/;

function isCount(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0;
}

/**
 * Checks parsed manifest JSON and returns it typed; returns a string naming the first problem when it is
 * not a manifest this loader understands (unknown format, missing file, sizes inconsistent with the shapes).
 */
export function validateManifest(json: unknown): MnistManifest | string {
  if (typeof json !== 'object' || json === null) return 'manifest is not an object';
  const m = json as Record<string, unknown>;
  if (m.format !== 1) return `unknown manifest format ${String(m.format)}`;
  if (!Array.isArray(m.files)) return 'manifest has no file list';
  const files: Partial<Record<MnistFileId, MnistFileEntry>> = {};
  for (const id of MNIST_FILE_IDS) {
    const f = (m.files as Record<string, unknown>[]).find((e) => e && e.id === id);
    if (!f) return `manifest lists no ${id} file`;
    const images = id.endsWith('images');
    const perItem = images ? MNIST_PIXELS : 1;
    if (typeof f.path !== 'string' || !/^[\w.-]+$/.test(f.path)) return `${id}: bad path`;
    if (f.dtype !== 'uint8') return `${id}: dtype must be uint8`;
    if (!isCount(f.count) || !isCount(f.size) || !isCount(f.gzipSize)) return `${id}: bad sizes`;
    if (f.size !== f.count * perItem) return `${id}: size ${f.size} does not hold ${f.count} items`;
    const shape = images ? [f.count, 28, 28] : [f.count];
    if (!Array.isArray(f.shape) || f.shape.join() !== shape.join()) return `${id}: shape must be [${shape.join(', ')}]`;
    if (typeof f.sha256 !== 'string' || !HEX64.test(f.sha256)) return `${id}: bad sha256`;
    if (typeof f.gzipSha256 !== 'string' || !HEX64.test(f.gzipSha256)) return `${id}: bad gzipSha256`;
    files[id] = f as unknown as MnistFileEntry;
  }
  const all = files as Record<MnistFileId, MnistFileEntry>;
  for (const split of ['train', 'test'] as const) {
    if (all[`${split}-images`].count !== all[`${split}-labels`].count) return `${split}: images and labels differ in count`;
  }
  const counts = m.classCounts as { train?: unknown; test?: unknown } | undefined;
  const okCounts = (c: unknown, n: number) => Array.isArray(c) && c.length === 10 && c.every(isCount) && c.reduce((a, b) => a + b, 0) === n;
  if (!counts || !okCounts(counts.train, all['train-labels'].count) || !okCounts(counts.test, all['test-labels'].count)) {
    return 'manifest class counts do not match the label counts';
  }
  return { files: all, classCounts: { train: counts.train as number[], test: counts.test as number[] } };
}
