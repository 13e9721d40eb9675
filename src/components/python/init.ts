// Weight initialisation schemes of the engine (src/engine/nn/init.ts) in Python, for the "Reproduce in Python" exports:
// Gaussian with a fixed std, Xavier √(1/n), He √(2/n) (n = fan-in), drawn from the ported RNG as the engine draws them.
import type { InitSpec } from '../../engine/nn';
import type { Lang } from '../../state/i18n';
import { pyNumber } from './literal';

const TEXT = {
  std: {
    zh: '一层权重的标准差：gaussian 取固定值，Xavier 取 √(1/n)，He 取 √(2/n)（n = 扇入）。',
    en: 'The std of a layer’s weights: fixed for gaussian, √(1/n) for Xavier, √(2/n) for He (n = fan-in).',
  },
  weights: {
    zh: '第 l 个全连接层的 W（行优先第 e 个元素）= std·gaussian(seed, stream_word(init, l), e)，存为 float32。',
    en: 'W of dense layer l (row-major element e) = std·gaussian(seed, stream_word(init, l), e), stored as float32.',
  },
} as const;

/** The Python tuple ('he', None) / ('gaussian', 0.01) of an engine InitSpec, as init_std takes it. */
export function initCall(init: InitSpec): string {
  return init.scheme === 'gaussian' ? `('gaussian', ${pyNumber(init.std)})` : `('${init.scheme}', None)`;
}

/** Python source of init_std(init, fan_in) and init_weights(seed, layer, fan_in, fan_out, std) (needs RNG_PY and mlpPy's philox_np). */
export function initPy(lang: Lang): string {
  const tx = (k: keyof typeof TEXT) => TEXT[k][lang];
  return `def init_std(init, fan_in):
    """${tx('std')}"""
    scheme, std = init
    if scheme == 'gaussian':
        return std
    return math.sqrt((1 if scheme == 'xavier' else 2) / fan_in)


def init_weights(seed, layer, fan_in, fan_out, std):
    """${tx('weights')}"""
    w0, w1 = philox_np(np.arange(fan_in * fan_out), stream_word(STREAM['init'], layer), seed)
    u1 = (((w0 >> np.uint64(8)) + np.uint64(1)).astype(F64) * INV_2_24).tolist()
    u2 = ((w1 >> np.uint64(8)).astype(F64) * INV_2_24).tolist()
    two_pi = 2 * math.pi
    g = [math.sqrt(-2 * math.log(a)) * math.cos(two_pi * b) for a, b in zip(u1, u2)]
    return (std * np.array(g, dtype=F64)).astype(F32).reshape(fan_in, fan_out)`;
}
