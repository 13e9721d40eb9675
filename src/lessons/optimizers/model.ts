// Pure model of the optimizers lesson: parameters → one trajectory per shown optimizer, with per-step state.
import { OBJECTIVES, type ObjectiveName, type Objective2D } from '../../engine/objectives';
import { OPTIMIZERS, initState, type Hyper, type OptimizerName } from '../../engine/optimizers';
import { hyperFrom, type BoundValues } from '../../state/hyperFrom';
import { optimizersParams, type OptimizersValues } from './params';

/** A run counts as diverged once f exceeds this multiple of max(f(x₀), 1), or is not finite. */
export const DIVERGE_FACTOR = 1e3;

/**
 * One optimizer's path. Arrays are indexed by step k = 0…steps; pairs are interleaved (x1, x2).
 * x[k], f[k]: position and value after k steps (k = 0 is the start).
 * g[k]: gradient used by step k (at x[k−1]); NaN at k = 0.
 * v/s/dx[k]: optimizer state after step k (null when the optimizer keeps no such state).
 */
export interface Trajectory {
  name: OptimizerName;
  hp: Hyper;
  steps: number;
  x: Float64Array;
  f: Float64Array;
  g: Float64Array;
  v: Float64Array | null;
  s: Float64Array | null;
  dx: Float64Array | null;
  /** First step at which the run diverged, or null. */
  divergedAt: number | null;
}

/** The hyperparameters of `name`: its group's bound parameters (e.g. momentum.lr, momentum.gamma); ε and unused ones keep their defaults. */
export function hyperOf(name: OptimizerName, p: BoundValues<typeof optimizersParams, OptimizerName>): Hyper {
  return { ...OPTIMIZERS[name].defaults, ...hyperFrom(optimizersParams, p, name) };
}

/** Runs `steps` updates of optimizer `name` on `obj` from x0, recording everything the figure and formula show. */
export function trajectory(obj: Objective2D, name: OptimizerName, hp: Hyper, x0: readonly [number, number], steps: number): Trajectory {
  const opt = OPTIMIZERS[name];
  const n = steps + 1;
  const pos = Float64Array.of(x0[0], x0[1]);
  const grad = new Float64Array(2);
  const state = initState(opt, pos);
  const tr: Trajectory = {
    name,
    hp,
    steps,
    x: new Float64Array(2 * n),
    f: new Float64Array(n),
    g: new Float64Array(2 * n),
    v: opt.uses.v ? new Float64Array(2 * n) : null,
    s: opt.uses.s ? new Float64Array(2 * n) : null,
    dx: opt.uses.dx ? new Float64Array(2 * n) : null,
    divergedAt: null,
  };
  tr.x[0] = pos[0];
  tr.x[1] = pos[1];
  tr.f[0] = obj.f(pos[0], pos[1]);
  tr.g[0] = tr.g[1] = NaN;
  const limit = DIVERGE_FACTOR * Math.max(tr.f[0], 1);
  for (let k = 1; k < n; k++) {
    obj.grad(pos[0], pos[1], grad);
    opt.step(pos, grad, state, hp);
    const i = 2 * k;
    tr.x[i] = pos[0];
    tr.x[i + 1] = pos[1];
    tr.g[i] = grad[0];
    tr.g[i + 1] = grad[1];
    if (tr.v) tr.v.set(state.v, i);
    if (tr.s) tr.s.set(state.s, i);
    if (tr.dx) tr.dx.set(state.dx, i);
    const fk = obj.f(pos[0], pos[1]);
    tr.f[k] = fk;
    if (tr.divergedAt === null && !(fk <= limit)) tr.divergedAt = k; // !(≤) also catches NaN
  }
  return tr;
}

/** All shown optimizers' trajectories, in the canonical optimizer order. */
export function trajectories(p: OptimizersValues): Trajectory[] {
  const obj = OBJECTIVES[p.fn as ObjectiveName] ?? OBJECTIVES.quadratic;
  return (p.opt as readonly OptimizerName[]).map((name) => trajectory(obj, name, hyperOf(name, p), p.x0, p.steps));
}

/** A row of the data table optimizers/trajectories: one optimizer's point (x1, x2) after `step` steps and f there. */
export interface TrajectoryRow {
  optimizer: string;
  step: number;
  x1: number;
  x2: number;
  f: number;
}

/** Rows of the data table optimizers/trajectories, every point of every trajectory. */
export function tableRows(trs: readonly Trajectory[]): TrajectoryRow[] {
  const rows: TrajectoryRow[] = [];
  for (const tr of trs) for (let k = 0; k <= tr.steps; k++) rows.push({ optimizer: tr.name, step: k, x1: tr.x[2 * k], x2: tr.x[2 * k + 1], f: tr.f[k] });
  return rows;
}
