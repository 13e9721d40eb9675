// The engine's learning-rate schedules (src/engine/train/lrSchedule.ts) for the "Reproduce in Python" exports: a schedule
// as a Python dict literal, and scheduled_lr(schedule, lr0, e) with the same formulas in the same order.
import type { Lang } from '../../state/i18n';
import type { LrSchedule } from '../../engine/train/lrSchedule';
import { pyNumber } from './literal';

const TEXT = {
  doc: {
    zh: '第 e 个周期（小数：周期 + 本周期已见样本 / 一个周期的样本数）时的学习率，η₀ = lr0：constant η₀；step η₀·γ^⌊e/k⌋；exponential η₀·γ^e；inverse η₀/(1 + k·e)；cosine 从 η₀ 到 η_min 的半个余弦；warmup-cosine 先线性升到 η₀ 再余弦；range η₀·(η₁/η₀)^(e/T)。',
    en: 'The learning rate at progress e in epochs (epoch + rows seen this epoch / rows of an epoch), η₀ = lr0: constant η₀; step η₀·γ^⌊e/k⌋; exponential η₀·γ^e; inverse η₀/(1 + k·e); cosine half a cosine from η₀ to η_min; warmup-cosine a linear rise to η₀, then the cosine; range η₀·(η₁/η₀)^(e/T).',
  },
} as const;

/** A schedule as a Python dict literal, e.g. {'kind': 'step', 'gamma': 0.5, 'every': 3}. */
export function lrScheduleLiteral(s: LrSchedule): string {
  return `{${Object.entries(s)
    .map(([k, v]) => `'${k}': ${typeof v === 'number' ? pyNumber(v) : `'${String(v)}'`}`)
    .join(', ')}}`;
}

/** Python source of cosine_between and scheduled_lr (needs `import math`). */
export function lrSchedulePy(lang: Lang): string {
  return `def cosine_between(hi, lo, u):
    return lo + ((hi - lo) * (1 + math.cos(math.pi * u))) / 2


def scheduled_lr(s, lr0, e):
    """${TEXT.doc[lang]}"""
    kind = s['kind']
    if kind == 'constant':
        return lr0
    if kind == 'step':
        return lr0 * math.pow(s['gamma'], math.floor(e / s['every']))
    if kind == 'exponential':
        return lr0 * math.pow(s['gamma'], e)
    if kind == 'inverse':
        return lr0 / (1 + s['k'] * e)
    if kind == 'cosine':
        return cosine_between(lr0, s['min'], min(e, s['total']) / s['total'])
    if kind == 'warmup-cosine':
        if e < s['warmup']:
            return (lr0 * e) / s['warmup']
        u = min(e - s['warmup'], s['total'] - s['warmup']) / (s['total'] - s['warmup']) if s['total'] > s['warmup'] else 1
        return cosine_between(lr0, s['min'], u)
    if kind == 'range':
        return lr0 * math.pow(s['to'] / lr0, min(e, s['total']) / s['total'])
    raise ValueError(kind)`;
}
