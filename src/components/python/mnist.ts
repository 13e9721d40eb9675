// The site's MNIST subset (public/data, written by scripts/make-mnist.mjs) read by an exported Python script: from a
// folder (--data DIR) or downloaded from the site it was exported from, every file checked against manifest.json's SHA-256.
import type { Lang } from '../../state/i18n';

const TEXT = {
  load: {
    zh: '读取网站的 MNIST 子集：manifest.json 与四个 gzip 文件（原始 uint8，无文件头）。每个文件都与 manifest 中的 SHA-256 核对；不符就停止。',
    en: 'Reads the site’s MNIST subset: manifest.json and four gzip files (raw uint8, no header). Each file is checked against the SHA-256 in the manifest; a mismatch stops the script.',
  },
  mismatch: { zh: '与 manifest.json 中的 SHA-256 不符', en: 'does not match the SHA-256 in manifest.json' },
  missing: { zh: '无法读取', en: 'cannot be read' },
} as const;

/** Python source of read_bytes and load_mnist(source, n_train, n_test) (needs hashlib, gzip, json, os, sys, urllib.request, numpy). */
export function mnistPy(lang: Lang): string {
  const tx = (k: keyof typeof TEXT) => TEXT[k][lang];
  return `def read_bytes(source, name):
    """A file of the data folder or of the site (source: a folder, or a URL ending in '/')."""
    try:
        if source.startswith(('http://', 'https://')):
            with urllib.request.urlopen(source + name) as response:
                return response.read()
        with open(os.path.join(source, name), 'rb') as f:
            return f.read()
    except OSError as e:
        sys.exit(f'MNIST: {name} ${tx('missing')} ({e})')


def load_mnist(source, n_train, n_test):
    """${tx('load')}"""
    manifest = json.loads(read_bytes(source, 'manifest.json'))
    files = {entry['id']: entry for entry in manifest['files']}
    raw = {}
    for key, entry in files.items():
        packed = read_bytes(source, entry['path'])
        if hashlib.sha256(packed).hexdigest() != entry['gzipSha256']:
            sys.exit(f"MNIST: {entry['path']} ${tx('mismatch')} ({source})")
        data = gzip.decompress(packed)
        if len(data) != entry['size'] or hashlib.sha256(data).hexdigest() != entry['sha256']:
            sys.exit(f"MNIST: {entry['path']} ${tx('mismatch')} ({source})")
        raw[key] = np.frombuffer(data, dtype=np.uint8)

    def split(name, n):
        images = raw[name + '-images'].reshape(-1, 784)[:n]
        # pixel / 255 in double, stored as float32 (src/engine/data/mnist.ts)
        return (images.astype(np.float64) / 255).astype(np.float32), raw[name + '-labels'][:n].astype(np.int64)

    return split('train', n_train), split('test', n_test)`;
}
