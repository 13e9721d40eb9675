// The playground's data (src/engine/data: the 2-D toy sets, the noisy sine, the input features; src/engine/train/split.ts:
// the shuffled held-out split; src/worker/shared/data/buildData.ts: added points) in Python, for the "Reproduce in Python" exports:
// the same points from the same seed, stored as float32 where the engine stores into a Float32Array.
import type { Lang } from '../../state/i18n';

const TEXT = {
  sampler: {
    zh: '数据集的随机数：uniform(i) 取 data 流的子流 2·set，gaussian(i) 取子流 2·set + 1（src/engine/data/sampler.ts）。',
    en: 'The random numbers of a data set: uniform(i) from sub-stream 2·set of the data stream, gaussian(i) from sub-stream 2·set + 1 (src/engine/data/sampler.ts).',
  },
  toy: {
    zh: '二维玩具数据集：第 j 行属于类别 j mod 2，先算出干净的点，再给每个坐标加 N(0, noise²) 的抖动（gaussian(2j)、gaussian(2j + 1)），存为 float32。',
    en: 'A 2-D toy set: row j has class j mod 2; its clean point plus N(0, noise²) jitter on each coordinate (gaussian(2j), gaussian(2j + 1)), stored as float32.',
  },
  spirals: { zh: '双螺旋：t = i/m，角度 2π·1.75·t + cπ，点 (t sin θ, t cos θ)。', en: 'Two spirals: t = i/m, angle 2π·1.75·t + cπ, point (t sin θ, t cos θ).' },
  circles: { zh: '圆环：类别 0 均匀分布在半径 0.5 的圆盘内，类别 1 在 0.7 ≤ r ≤ 1 的圆环上。', en: 'Circles: class 0 uniform over the disc of radius 0.5, class 1 over the ring 0.7 ≤ r ≤ 1.' },
  xor: { zh: '异或：四个象限里的均匀点，离坐标轴至少 0.05；对角的象限同类。', en: 'XOR: uniform points in the four quadrants, at least 0.05 from the axes; opposite quadrants share a class.' },
  blobs: {
    zh: '高斯团：类别 k 的中心在 0.5·(cos φₖ, sin φₖ)，φₖ = π/4 + πk，每个坐标的标准差 √(0.15² + noise²)。',
    en: 'Gaussian blobs: class k centred at 0.5·(cos φₖ, sin φₖ), φₖ = π/4 + πk, per-coordinate std √(0.15² + noise²).',
  },
  sine: {
    zh: '一维回归：x ~ U(−1.2, 1.2)（存为 float32），y = sin(2.5x) + N(0, noise²)。',
    en: '1-D regression: x ~ U(−1.2, 1.2) (stored as float32), y = sin(2.5x) + N(0, noise²).',
  },
  order: {
    zh: '0 … n−1 的随机排列：Fisher–Yates 洗牌，第 i 步用 random_u32(seed, stream, i)。',
    en: 'A random permutation of 0 … n−1: a Fisher–Yates shuffle, step i using random_u32(seed, stream, i).',
  },
  split: {
    zh: '留出的测试集：按 split 流（以数据种子为键）洗牌，前 n_held 个点留作测试，其余训练；添加的点接在训练集末尾。',
    en: 'The held-out test set: shuffled by the split stream (keyed by the data seed), the first n_held points are held out, the rest train; added points go at the end of the training rows.',
  },
  polynomial: {
    zh: 'd2l 的多项式回归数据：x ~ N(0, 1)（存为 float32），y = 5 + 1.2x − 3.4x²/2! + 5.6x³/3! + N(0, noise²)，特征 xⁱ/i!；第 j 行（先训练行，后测试行）用 gaussian(2j) 与 gaussian(2j + 1)。',
    en: 'd2l’s polynomial regression set: x ~ N(0, 1) (stored as float32), y = 5 + 1.2x − 3.4x²/2! + 5.6x³/3! + N(0, noise²), features xⁱ/i!; row j (training rows first, then test rows) uses gaussian(2j) and gaussian(2j + 1).',
  },
  features: {
    zh: '输入特征：每个点 (x₁, x₂) 映射为所选特征的值（双精度计算，存为 float32）。',
    en: 'Input features: each point (x₁, x₂) mapped to the chosen features (computed in double, stored as float32).',
  },
} as const;

/**
 * Python source of data_sampler, toy_set, noisy_sine, polynomial_target, polynomial_features, polynomial_data,
 * shuffled_order, held_out_split, FEATURES and feature_rows (needs
 * RNG_PY and mlpPy's F32 and philox_np above it, and `import math`, `import numpy as np`).
 */
export function toyDataPy(lang: Lang): string {
  const tx = (k: keyof typeof TEXT) => TEXT[k][lang];
  return `def data_sampler(seed, data_set=0):
    """${tx('sampler')}"""
    u_stream = stream_word(STREAM['data'], 2 * data_set)
    g_stream = stream_word(STREAM['data'], 2 * data_set + 1)
    return (lambda i: uniform(seed, u_stream, i)), (lambda i: gaussian(seed, g_stream, i))


def toy_set(name, n, noise, seed):
    """${tx('toy')}"""
    uni, gauss = data_sampler(seed)
    pad = 0.05
    std = math.hypot(0.15, noise) if name == 'blobs' else noise
    x = np.zeros((n, 2), dtype=F32)
    y = np.zeros(n, dtype=np.int64)
    for j in range(n):
        c = j % 2
        if name == 'spirals':
            # ${tx('spirals')}
            m = (n - c + 1) // 2
            t = (j // 2) / m
            theta = 2 * math.pi * 1.75 * t + c * math.pi
            p = (t * math.sin(theta), t * math.cos(theta))
        elif name == 'circles':
            # ${tx('circles')}
            angle = 2 * math.pi * uni(2 * j)
            u = uni(2 * j + 1)
            r = 0.5 * math.sqrt(u) if c == 0 else math.sqrt(0.49 + 0.51 * u)
            p = (r * math.cos(angle), r * math.sin(angle))
        elif name == 'xor':
            # ${tx('xor')}
            s = -1 if uni(3 * j) < 0.5 else 1
            p = (s * (pad + (1 - pad) * uni(3 * j + 1)), (s if c == 0 else -s) * (pad + (1 - pad) * uni(3 * j + 2)))
        else:
            # ${tx('blobs')}
            phi = math.pi / 4 + (2 * math.pi * c) / 2
            p = (0.5 * math.cos(phi), 0.5 * math.sin(phi))
        y[j] = c
        x[j, 0] = p[0] + std * gauss(2 * j)
        x[j, 1] = p[1] + std * gauss(2 * j + 1)
    return x, y


def noisy_sine(n, noise, seed):
    """${tx('sine')}"""
    uni, gauss = data_sampler(seed)
    x = np.zeros((n, 1), dtype=F32)
    y = np.zeros(n, dtype=F32)
    for j in range(n):
        x[j, 0] = 1.2 * (2 * uni(j) - 1)
        y[j] = math.sin(2.5 * float(x[j, 0])) + noise * gauss(j)
    return x, y


def polynomial_target(x):
    return 5 + 1.2 * x - (3.4 * x * x) / 2 + (5.6 * x * x * x) / 6


def polynomial_features(x, features):
    out = []
    f = 1.0
    for i in range(features):
        out.append(f)
        f = (f * x) / (i + 1)
    return out


def polynomial_data(n_train, n_test, features, noise, seed, data_set=0):
    """${tx('polynomial')}"""
    _, gauss = data_sampler(seed, data_set)
    rows = []
    for j in range(n_train + n_test):
        t = float(F32(gauss(2 * j)))
        rows.append((t, polynomial_features(t, features), polynomial_target(t) + noise * gauss(2 * j + 1)))
    x = np.array([r[1] for r in rows], dtype=F32).reshape(-1, features)
    y = np.array([r[2] for r in rows], dtype=F32)
    return (x[:n_train], y[:n_train]), (x[n_train:], y[n_train:])


def shuffled_order(n, seed, stream):
    """${tx('order')}"""
    words, _ = philox_np(np.arange(n), stream, seed)
    words = words.tolist()
    order = list(range(n))
    for i in range(n - 1, 0, -1):
        j = (words[i] * (i + 1)) >> 32
        order[i], order[j] = order[j], order[i]
    return np.array(order, dtype=np.int64)


def held_out_split(x, y, n_held, seed, added_x, added_y):
    """${tx('split')}"""
    order = shuffled_order(len(y), seed, stream_word(STREAM['split']))
    train, held = order[n_held:], order[:n_held]
    x_train = np.concatenate([x[train], np.asarray(added_x, dtype=F32).reshape(-1, x.shape[1])])
    y_train = np.concatenate([y[train], np.asarray(added_y, dtype=y.dtype)])
    return (x_train, y_train), (x[held], y[held])


FEATURES = {
    'x1': lambda x1, x2: x1,
    'x2': lambda x1, x2: x2,
    'x1sq': lambda x1, x2: x1 * x1,
    'x2sq': lambda x1, x2: x2 * x2,
    'x1x2': lambda x1, x2: x1 * x2,
    'sinx1': lambda x1, x2: math.sin(x1),
    'sinx2': lambda x1, x2: math.sin(x2),
}


def feature_rows(points, names):
    """${tx('features')}"""
    return np.array([[FEATURES[f](x1, x2) for f in names] for x1, x2 in points.tolist()], dtype=F32).reshape(-1, len(names))`;
}
