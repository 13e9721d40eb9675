// The engine's dropout (src/engine/nn/dropout.ts) as a Python layer for the "Reproduce in Python" exports: the keep masks
// from the ported RNG (key seed, stream (dropout, step), index (layer << 24) | (row·units + unit)), both variants.
import type { Lang } from '../../state/i18n';

const TEXT = {
  cls: {
    zh: '丢弃层。训练时单元以概率 p 被清零：保留 ⇔ (u32 >> 8) ≥ ⌈p·2²⁴⌉，u32 = random_u32(seed, stream_word(dropout, step), (layer << 24) | (行·units + 单元))。inverted：训练时保留的单元 ×1/(1 − p)，测试时不变；book（《深度学习入门》）：训练时不缩放，测试时全部 ×(1 − p)。',
    en: 'Dropout. In training a unit is zeroed with probability p: kept ⇔ (u32 >> 8) ≥ ⌈p·2²⁴⌉, u32 = random_u32(seed, stream_word(dropout, step), (layer << 24) | (row·units + unit)). inverted: kept units ×1/(1 − p) in training, nothing at test; book ("Deep Learning from Scratch"): no factor in training, every unit ×(1 − p) at test.',
  },
} as const;

/** Python source of class Dropout(ratio, variant, layer) (needs RNG_PY and mlpPy's philox_np, F32, F64). */
export function dropoutPy(lang: Lang): string {
  return `class Dropout:
    """${TEXT.cls[lang]}"""

    def __init__(self, ratio, variant, layer):
        self.ratio = ratio
        self.layer = layer
        self.threshold = math.ceil(ratio * 16777216)
        self.train_scale = 1 / (1 - ratio) if variant == 'inverted' else 1
        self.test_scale = 1 - ratio if variant == 'book' else 1
        self.mask = None

    def forward(self, x, train, seed=0, step=0):
        if self.ratio <= 0:
            return x
        if not train:
            return x if self.test_scale == 1 else (x.astype(F64) * self.test_scale).astype(F32)
        n, units = x.shape
        index = (self.layer << 24) | np.arange(n * units)
        words, _ = philox_np(index, stream_word(STREAM['dropout'], step), seed)
        self.mask = ((words >> np.uint64(8)) >= self.threshold).reshape(n, units)
        return np.where(self.mask, (x.astype(F64) * self.train_scale).astype(F32), F32(0))

    def backward(self, dout):
        if self.ratio <= 0:
            return dout
        return np.where(self.mask, (dout.astype(F64) * self.train_scale).astype(F32), F32(0))`;
}
