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
  fromArgs: {
    zh: '前 n_train 个训练数字和前 n_test 个测试数字，来自 --data（一个文件夹；默认 DATA_URL，即导出这个脚本的网站）。同时关掉 numpy 的溢出警告：发散的训练由 isfinite 检查停下，和网页一样。',
    en: 'The first n_train training and n_test test digits, from --data (a folder; by default DATA_URL, the site this script was exported from). It also silences numpy’s overflow warnings: a diverging run is stopped by the isfinite checks, as on the page.',
  },
} as const;

/** The standard-library modules the loader needs (with numpy). */
export const MNIST_IMPORTS = ['argparse', 'gzip', 'hashlib', 'json', 'os', 'sys', 'urllib.request'] as const;

/**
 * Python source of read_bytes, load_mnist(source, n_train, n_test) and load_mnist_from_args(n_train, n_test), the first
 * line of every main(): the --data option (default DATA_URL, a setting of the script), the data, numpy's warnings off.
 */
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

    return split('train', n_train), split('test', n_test)


def load_mnist_from_args(n_train, n_test):
    """${tx('fromArgs')}"""
    parser = argparse.ArgumentParser()
    parser.add_argument('--data', default=DATA_URL, help='MNIST folder (public/data) or URL')
    args = parser.parse_args()
    np.seterr(all='ignore')
    return load_mnist(args.data, n_train, n_test)`;
}
