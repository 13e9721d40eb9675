// The engine's histogram (src/engine/nn/histogram.ts over the finite range) as a numpy function for the "Reproduce in
// Python" exports that print activation histograms (batch norm, gradients).
import type { Lang } from '../../state/i18n';

const TEXT = {
  histogram: {
    zh: '直方图：范围 [lo, hi] 为有限值的最小与最大，第 ⌊(v − lo)/(hi − lo)·bins⌋ 格，hi 算在最后一格。',
    en: 'Histogram: the range [lo, hi] is the finite min and max, value v goes to bin ⌊(v − lo)/(hi − lo)·bins⌋, hi into the last bin.',
  },
} as const;

/** Python source of histogram(values, bins) → (lo, hi, counts); needs numpy as np and mlpPy's F64 above it. */
export function histogramPy(lang: Lang): string {
  return `def histogram(values, bins):
    """${TEXT.histogram[lang]}"""
    v = values.astype(F64).ravel()
    finite = v[np.isfinite(v)]
    lo, hi = (float(finite.min()), float(finite.max())) if finite.size else (0.0, 0.0)
    scale = bins / (hi - lo) if hi > lo else 0.0
    inside = v[(v >= lo) & (v <= hi)]
    index = np.minimum(np.floor((inside - lo) * scale), bins - 1).astype(np.int64)
    return lo, hi, np.bincount(index, minlength=bins).tolist()`;
}
