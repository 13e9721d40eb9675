// hyperFrom: the engine hyperparameters a lesson's URL values set, read through the bindings of its parameter table.
import type { HyperUpdate } from '../engine/train/types';
import type { ChoiceHyperKey, ParamSpec, ParamValue, ParamValues, ValueOf } from './params';

/** The parameters of a table that hyperFrom reads for group G: bound ones in G (ungrouped ones when G is undefined). */
type BoundIn<P, G> = P extends { hyper: string }
  ? P extends { hyperGroup: infer PG }
    ? PG extends G
      ? P
      : never
    : undefined extends G
      ? P
      : never
  : never;

/** The values hyperFrom needs: those of the parameters it reads, typed by kind. */
export type BoundValues<T extends readonly ParamSpec[], G extends string | undefined = undefined> = {
  readonly [P in BoundIn<T[number], G> as P extends ParamSpec ? P['name'] : never]: P extends ParamSpec ? ValueOf<P> : never;
};

/** Names of enum parameters with an option that their hyperparameter does not accept (e.g. opt=lbfgs bound to optimizer). */
type Unaccepted<P> = P extends { kind: 'enum'; name: infer N; hyper: infer K extends ChoiceHyperKey; options: readonly { value: infer V }[] }
  ? [Exclude<V, NonNullable<HyperUpdate[K]>>] extends [never]
    ? never
    : N
  : never;
/** A table whose enum bindings all hold: T itself; else an object type naming the offending parameters. */
type Checked<T extends readonly ParamSpec[]> = [Unaccepted<T[number]>] extends [never] ? T : { unacceptedOptions: Unaccepted<T[number]> };

/**
 * The hyperparameters bound in `specs` (ParamSpec.hyper), read from `values`: for each parameter with a binding in
 * `group` (no group: the parameters without one), {[p.hyper]: values[p.name]}. Hyperparameters that are computed
 * (a schedule, a sweep) or fixed by the lesson are not here: callers add them.
 *
 * e.g. specs [{name: 'mnist.lr', hyper: 'lr', hyperGroup: 'mnist'}, {name: 'l2', hyper: 'weightDecay'}]:
 *   hyperFrom(specs, {l2: 0.1}) = {weightDecay: 0.1}; hyperFrom(specs, {'mnist.lr': 0.01}, 'mnist') = {lr: 0.01}.
 */
export function hyperFrom<T extends readonly ParamSpec[], G extends string | undefined = undefined>(
  specs: T & Checked<T>,
  values: BoundValues<T, G>,
  group?: G,
): HyperUpdate {
  const out: Record<string, ParamValue> = {};
  const vals = values as ParamValues;
  for (const p of specs as readonly ParamSpec[]) {
    if (p.kind !== 'number' && p.kind !== 'int' && p.kind !== 'enum') continue;
    if (p.hyper === undefined || p.hyperGroup !== group) continue;
    const v = vals[p.name];
    if (v === undefined) throw new Error(`hyperFrom: no value for ${p.name} (bound to ${p.hyper})`);
    out[p.hyper] = v;
  }
  return out as HyperUpdate;
}
