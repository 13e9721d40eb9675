// The engine's data augmentation (src/engine/data/augment.ts: shift, rotation, elastic distortion, pixel noise, drawn from
// the RNG stream keyed by (seed, epoch, data row)) in numpy, for the "Reproduce in Python" exports: every row of a batch at
// once, the same double arithmetic in the same order, stored as float32 where the engine stores its batch.
import type { Lang } from '../../state/i18n';
import type { Augment } from '../../engine/data/augment';
import { pyNumber } from './literal';

const TEXT = {
  stride: {
    zh: '每个数据行占用的随机数个数：Δx、Δy、θ、两个位移场（各 side² 个均匀数）、噪声（side² 个正态数）。',
    en: 'Random draws each data row owns: Δx, Δy, θ, two displacement fields (side² uniforms each), the noise (side² normals).',
  },
  snap: {
    zh: '离整数不到 1e-9 的坐标取那个整数（整像素平移和 90° 旋转因此精确采样）；取整与 JavaScript 的 Math.round 相同。',
    en: 'A coordinate within 1e-9 of a whole pixel is snapped to it (so whole shifts and 90° turns sample exactly); rounding as JavaScript’s Math.round.',
  },
  bilinear: {
    zh: '在 (sx, sy) 处双线性采样原图，图外为 0。四项按网页的顺序相加；网页跳过的项（fx = 0 或 fy = 0）在这里加上 +0，结果不变。',
    en: 'The source image sampled bilinearly at (sx, sy), 0 outside. The four terms add in the page’s order; a term the page skips (fx = 0 or fy = 0) adds +0 here, which changes nothing.',
  },
  warp: {
    zh: '一次变形：out(p) = src(R₋θ(p − t − c) + c + e(p))，θ 为逆时针角度（y 向下），t = (dx, dy) 为平移，c 为图像中心，e 为位移场。',
    en: 'One warp: out(p) = src(R₋θ(p − t − c) + c + e(p)), θ counter-clockwise as shown (y down), t = (dx, dy) the shift, c the centre, e the displacement field.',
  },
  kernel: { zh: '归一化的一维高斯核，σ 像素，截断在 ⌈3σ⌉。', en: 'The normalised 1-D Gaussian kernel of σ pixels, cut at ⌈3σ⌉.' },
  smooth: {
    zh: '位移场 ← α·(G_σ ∗ 场)：先横向再纵向的可分离卷积，边外为 0，逐项按核的顺序累加。',
    en: 'field ← α·(G_σ ∗ field): separable, across then down, zeros beyond the edge, terms added in the kernel’s order.',
  },
  augment: {
    zh: '一批数据行的增强（第 epoch 个周期）：随机数流 (augment, epoch)，第 row 行的第 j 个随机数的计数器是 row·stride + j：j = 0 Δx，1 Δy，2 θ，3… 位移场，3 + 2·side²… 噪声。关掉的变换不取随机数，其他变换的下标不变。结果存为 float32，与网页的批次相同。',
    en: 'A batch of data rows augmented for epoch `epoch`: RNG stream (augment, epoch), draw j of data row `row` at counter row·stride + j: j = 0 Δx, 1 Δy, 2 θ, 3… the fields, 3 + 2·side²… the noise. A transform that is off draws nothing and the others keep their counters. Stored as float32, as the page stores its batch.',
  },
} as const;

/** The strengths as a Python dict literal (switched-off transforms 0, elastic σ default 4, side default 28). */
export function augmentLiteral(a: Augment): string {
  return `{'shift': ${a.shift}, 'rotate': ${pyNumber(a.rotate)}, 'elastic': ${pyNumber(a.elastic)}, 'elastic_sigma': ${pyNumber(a.elasticSigma ?? 4)}, 'noise': ${pyNumber(a.noise)}, 'side': ${a.side ?? 28}}`;
}

/**
 * Python source of augment_stride, snap, sample_bilinear, warp_rows, gaussian_kernel, smooth_fields, augment_active and
 * augment_rows (needs RNG_PY and mlpPy above it for stream_word, philox_np, F32, F64, INV_2_24; and `import math`).
 */
export function augmentPy(lang: Lang): string {
  const tx = (k: keyof typeof TEXT) => TEXT[k][lang];
  return `def augment_stride(side):
    """${tx('stride')}"""
    return 3 + 3 * side * side


def snap(v):
    """${tx('snap')}"""
    r = np.floor(v + 0.5)
    return np.where(np.abs(v - r) < 1e-9, r, v)


def sample_bilinear(src, side, sx, sy):
    """${tx('bilinear')}"""
    sx, sy = snap(sx), snap(sy)
    x0, y0 = np.floor(sx), np.floor(sy)
    fx, fy = sx - x0, sy - y0
    x0, y0 = x0.astype(np.int64), y0.astype(np.int64)

    def at(x, y):
        inside = (x >= 0) & (x < side) & (y >= 0) & (y < side)
        pixel = np.take_along_axis(src, np.where(inside, y * side + x, 0), axis=1)
        return np.where(inside, pixel, 0.0)

    v = (1 - fx) * (1 - fy) * at(x0, y0)
    v = v + fx * (1 - fy) * at(x0 + 1, y0)
    v = v + (1 - fx) * fy * at(x0, y0 + 1)
    return v + fx * fy * at(x0 + 1, y0 + 1)


def warp_rows(src, side, degrees, dx, dy, ex, ey):
    """${tx('warp')}"""
    th = degrees * math.pi / 180
    cos = np.array([math.cos(t) for t in th.tolist()])[:, None]
    sin = np.array([math.sin(t) for t in th.tolist()])[:, None]
    c = (side - 1) / 2
    y, x = np.divmod(np.arange(side * side, dtype=F64), side)
    u = x - dx[:, None] - c
    v = y - dy[:, None] - c
    sx = u * cos - v * sin + c
    sy = u * sin + v * cos + c
    if ex is not None:
        sx, sy = sx + ex, sy + ey
    return sample_bilinear(src, side, sx, sy)


def gaussian_kernel(sigma):
    """${tx('kernel')}"""
    r = math.ceil(3 * sigma)
    k = [math.exp(-(i * i) / (2 * sigma * sigma)) for i in range(-r, r + 1)]
    total = 0.0
    for w in k:
        total += w
    return [w / total for w in k]


def smooth_fields(field, side, sigma, alpha):
    """${tx('smooth')}"""
    k = gaussian_kernel(sigma)
    r = (len(k) - 1) // 2
    m = field.shape[0]
    f = np.zeros((m, side + 2 * r, side + 2 * r), dtype=F64)
    f[:, r:r + side, r:r + side] = field.reshape(m, side, side)
    tmp = np.zeros((m, side + 2 * r, side), dtype=F64)
    for j in range(-r, r + 1):
        tmp = tmp + k[j + r] * f[:, :, r + j:r + j + side]
    s = np.zeros((m, side, side), dtype=F64)
    for j in range(-r, r + 1):
        s = s + k[j + r] * tmp[:, r + j:r + j + side, :]
    return (alpha * s).reshape(m, side * side)


def augment_active(a):
    return a['shift'] > 0 or a['rotate'] > 0 or a['elastic'] > 0 or a['noise'] > 0


def augment_rows(x, rows, a, seed, epoch):
    """${tx('augment')}"""
    side = a['side']
    n = side * side
    rows = np.asarray(rows, dtype=np.int64)
    stream = stream_word(STREAM['augment'], epoch)
    base = rows * augment_stride(side)
    src = x[rows].astype(F64)

    def uniforms(offset, count):
        w0, _ = philox_np(base[:, None] + offset + np.arange(count), stream, seed)
        return (w0 >> np.uint64(8)).astype(F64) * INV_2_24

    def normals(offset, count):
        w0, w1 = philox_np(base[:, None] + offset + np.arange(count), stream, seed)
        u1 = (((w0 >> np.uint64(8)) + np.uint64(1)).astype(F64) * INV_2_24).ravel().tolist()
        u2 = ((w1 >> np.uint64(8)).astype(F64) * INV_2_24).ravel().tolist()
        two_pi = 2 * math.pi
        g = [math.sqrt(-2 * math.log(p)) * math.cos(two_pi * q) for p, q in zip(u1, u2)]
        return np.array(g, dtype=F64).reshape(len(rows), count)

    k = a['shift']
    zero = np.zeros(len(rows), dtype=F64)
    dx = np.floor(uniforms(0, 1)[:, 0] * (2 * k + 1)) - k if k > 0 else zero
    dy = np.floor(uniforms(1, 1)[:, 0] * (2 * k + 1)) - k if k > 0 else zero
    degrees = (2 * uniforms(2, 1)[:, 0] - 1) * a['rotate'] if a['rotate'] > 0 else zero
    elastic = a['elastic'] > 0
    ex = ey = None
    if elastic:
        ex = smooth_fields(2 * uniforms(3, n) - 1, side, a['elastic_sigma'], a['elastic'])
        ey = smooth_fields(2 * uniforms(3 + n, n) - 1, side, a['elastic_sigma'], a['elastic'])
    warped = (dx != 0) | (dy != 0) | (degrees != 0) | elastic
    mid = np.where(warped[:, None], warp_rows(src, side, degrees, dx, dy, ex, ey), src)
    if a['noise'] > 0:
        mid = np.minimum(1, np.maximum(0, mid + a['noise'] * normals(3 + 2 * n, n)))
    return mid.astype(F32)`;
}
