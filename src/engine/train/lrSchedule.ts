// Learning-rate schedules: the lr of an update as a function of the base lr η₀ and the training progress e in epochs.
/**
 * How the learning rate changes over training. `e` below is the progress in epochs when the update is taken
 * (epoch + rows seen this epoch / training rows), η₀ the hyperparameter lr.
 * - constant: η₀
 * - step: η₀·γ^⌊e/k⌋ (×γ every k epochs)
 * - exponential: η₀·γ^e
 * - inverse: η₀ / (1 + k·e) (the 1/t decay)
 * - cosine: η_min + (η₀ − η_min)(1 + cos(π·min(e, T)/T))/2
 * - warmup-cosine: η₀·e/W for e < W, then cosine from η₀ to η_min over the remaining T − W epochs
 * - range: η₀·(η₁/η₀)^(min(e, T)/T), the learning-rate range test (log-linear rise from η₀ to η₁ over T epochs)
 */
export type LrSchedule =
  | { kind: 'constant' }
  | { kind: 'step'; gamma: number; every: number }
  | { kind: 'exponential'; gamma: number }
  | { kind: 'inverse'; k: number }
  | { kind: 'cosine'; total: number; min: number }
  | { kind: 'warmup-cosine'; warmup: number; total: number; min: number }
  | { kind: 'range'; to: number; total: number };

export type LrScheduleKind = LrSchedule['kind'];

export const CONSTANT_LR: LrSchedule = { kind: 'constant' };

/** The learning rate at progress `e` epochs of a run whose base learning rate is lr0. */
export function scheduledLr(s: LrSchedule, lr0: number, e: number): number {
  switch (s.kind) {
    case 'constant':
      return lr0;
    case 'step':
      return lr0 * Math.pow(s.gamma, Math.floor(e / s.every));
    case 'exponential':
      return lr0 * Math.pow(s.gamma, e);
    case 'inverse':
      return lr0 / (1 + s.k * e);
    case 'cosine':
      return cosine(lr0, s.min, Math.min(e, s.total) / s.total);
    case 'warmup-cosine':
      if (e < s.warmup) return (lr0 * e) / s.warmup;
      return cosine(lr0, s.min, s.total > s.warmup ? Math.min(e - s.warmup, s.total - s.warmup) / (s.total - s.warmup) : 1);
    case 'range':
      return lr0 * Math.pow(s.to / lr0, Math.min(e, s.total) / s.total);
  }
}

/** Half a cosine from hi (u = 0) down to lo (u = 1). */
function cosine(hi: number, lo: number, u: number): number {
  return lo + ((hi - lo) * (1 + Math.cos(Math.PI * u))) / 2;
}

/** Throws RangeError on an unknown kind or a parameter outside its domain. */
export function checkLrSchedule(s: LrSchedule): void {
  const pos = (name: string, v: number) => {
    if (!(Number.isFinite(v) && v > 0)) throw new RangeError(`lr schedule ${s.kind}: ${name} must be > 0, got ${v}`);
  };
  const nonNeg = (name: string, v: number) => {
    if (!(Number.isFinite(v) && v >= 0)) throw new RangeError(`lr schedule ${s.kind}: ${name} must be ≥ 0, got ${v}`);
  };
  switch (s.kind) {
    case 'constant':
      return;
    case 'step':
      pos('gamma', s.gamma);
      pos('every', s.every);
      return;
    case 'exponential':
      pos('gamma', s.gamma);
      return;
    case 'inverse':
      nonNeg('k', s.k);
      return;
    case 'cosine':
      pos('total', s.total);
      nonNeg('min', s.min);
      return;
    case 'warmup-cosine':
      pos('warmup', s.warmup);
      pos('total', s.total);
      nonNeg('min', s.min);
      return;
    case 'range':
      pos('to', s.to);
      pos('total', s.total);
      return;
    default:
      throw new RangeError(`unknown lr schedule ${(s as { kind: string }).kind}`);
  }
}
