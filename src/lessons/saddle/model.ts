// Pure model of the saddle lesson: each optimizer's path near a saddle (with optional seeded gradient noise) and its escape step.
import { gaussian, STREAM, streamWord } from '../../engine/rng';
import { OPTIMIZERS, initState, type Hyper, type OptimizerName } from '../../engine/optimizers';
import type { Objective2D } from '../../engine/objectives/types';
import { SADDLE_SURFACES, type SaddleSurfaceName } from '../../engine/surfaces/saddles';
import { RATE_PARAM, type SaddleValues } from './params';

/** A path has escaped at the first step where f falls below this level. */
export const ESCAPE_LEVEL = -1;
/** A path stops once |x₁| or |x₂| exceeds this bound (far outside every plotted region; f is unbounded below there). */
export const BOUND = 10;
/** Hyperparameters the lesson fixes (stated on the page): momentum γ, RMSProp γ, Adam β₁ and β₂. */
export const FIXED = { momentumGamma: 0.9, rmspropGamma: 0.9, beta1: 0.9, beta2: 0.999 } as const;

/** One optimizer's run. x: interleaved (x₁, x₂) for steps 0…last; f[k] = f(x_k). */
export interface SaddlePath {
  name: OptimizerName;
  hp: Hyper;
  /** Steps computed (≤ the requested steps; fewer when the path left the ±BOUND box). */
  last: number;
  x: Float64Array;
  f: Float64Array;
  /** First step k with f(x_k) < ESCAPE_LEVEL, or null if none within the run. */
  escape: number | null;
  /** True when the path stopped early because it left the ±BOUND box. */
  left: boolean;
}

/** Settings of one run: surface, start, steps, gradient-noise σ and its seed. */
export interface RunSettings {
  obj: Objective2D;
  x0: readonly [number, number];
  steps: number;
  sigma: number;
  seed: number;
}

/** The hyperparameters of `name`: the lesson's rate η (or ρ for AdaDelta) over the engine's defaults and FIXED. */
export function hyperOf(name: OptimizerName, rate: number): Hyper {
  const d = OPTIMIZERS[name].defaults;
  switch (name) {
    case 'momentum':
      return { ...d, lr: rate, gamma: FIXED.momentumGamma };
    case 'rmsprop':
      return { ...d, lr: rate, gamma: FIXED.rmspropGamma };
    case 'adam':
      return { ...d, lr: rate, beta1: FIXED.beta1, beta2: FIXED.beta2 };
    case 'adadelta':
      return { ...d, rho: rate };
    default:
      return { ...d, lr: rate };
  }
}

/** The noise added to coordinate i of the gradient of step k (k ≥ 1): σ·ξ with ξ ~ N(0, 1); every optimizer sees the same draws. */
export function noiseAt(seed: number, k: number, i: number): number {
  return gaussian(seed, streamWord(STREAM.gradNoise, 0), 2 * (k - 1) + i);
}

/** First index k with f[k] < level among f[0…last], or null. */
export function escapeStep(f: ArrayLike<number>, last: number, level = ESCAPE_LEVEL): number | null {
  for (let k = 0; k <= last; k++) if (f[k] < level) return k;
  return null;
}

/** Runs optimizer `name` with hyperparameters hp; each step uses ∇f(x) + σξ (ξ from the seeded gradNoise stream). */
export function runPath(name: OptimizerName, hp: Hyper, s: RunSettings): SaddlePath {
  const opt = OPTIMIZERS[name];
  const pos = Float64Array.of(s.x0[0], s.x0[1]);
  const g = new Float64Array(2);
  const state = initState(opt, pos);
  const x = new Float64Array(2 * (s.steps + 1));
  const f = new Float64Array(s.steps + 1);
  x[0] = pos[0];
  x[1] = pos[1];
  f[0] = s.obj.f(pos[0], pos[1]);
  let last = 0;
  let left = false;
  for (let k = 1; k <= s.steps; k++) {
    s.obj.grad(pos[0], pos[1], g);
    if (s.sigma > 0) {
      g[0] += s.sigma * noiseAt(s.seed, k, 0);
      g[1] += s.sigma * noiseAt(s.seed, k, 1);
    }
    opt.step(pos, g, state, hp);
    x[2 * k] = pos[0];
    x[2 * k + 1] = pos[1];
    f[k] = s.obj.f(pos[0], pos[1]);
    last = k;
    if (!(Math.abs(pos[0]) <= BOUND && Math.abs(pos[1]) <= BOUND)) {
      left = true;
      break;
    }
  }
  return { name, hp, last, x, f, escape: escapeStep(f, last), left };
}

/** A row of saddle/paths: one optimizer's point (x1, x2) after `step` steps and f there. */
export interface PathRow {
  optimizer: string;
  step: number;
  x1: number;
  x2: number;
  f: number;
}

/** A row of saddle/escape: the step an optimizer escaped at, or "none" within the run. */
export interface EscapeRow {
  optimizer: string;
  steps: number | 'none';
}

/** Rows of saddle/paths, every point of every path. */
export function pathRows(paths: readonly SaddlePath[]): PathRow[] {
  const rows: PathRow[] = [];
  for (const p of paths) for (let k = 0; k <= p.last; k++) rows.push({ optimizer: p.name, step: k, x1: p.x[2 * k], x2: p.x[2 * k + 1], f: p.f[k] });
  return rows;
}

/** Rows of saddle/escape. */
export function escapeRows(paths: readonly SaddlePath[]): EscapeRow[] {
  return paths.map((p) => ({ optimizer: p.name, steps: p.escape ?? 'none' }));
}

/** Every shown optimizer's path for the lesson's parameters (the figure saddle/paths). */
export function runAll(v: SaddleValues): SaddlePath[] {
  const obj = SADDLE_SURFACES[v.fn as SaddleSurfaceName] ?? SADDLE_SURFACES.saddle;
  const settings = { obj, x0: v.x0, steps: v.steps, sigma: v.sigma, seed: v.seed };
  return (v.opt as readonly OptimizerName[]).map((name) => runPath(name, hyperOf(name, v[RATE_PARAM[name]]), settings));
}
