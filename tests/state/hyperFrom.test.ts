// hyperFrom: bound URL values become engine hyperparameters, by group; wrong bindings do not type-check.
import { describe, expect, it } from 'vitest';
import { hyperFrom } from '../../src/state/hyperFrom';
import type { ParamSpec } from '../../src/state/params';

const T = { zh: 'x', en: 'x' };
const opts = <const V extends string>(...vs: V[]) => vs.map((value) => ({ value, label: T }));
const specs = [
  { kind: 'enum', name: 'opt', label: T, doc: T, default: 'adam', options: opts('sgd', 'adam'), hyper: 'optimizer' },
  { kind: 'number', name: 'lr', label: T, doc: T, default: 0.01, min: 1e-4, max: 10, scale: 'log', hyper: 'lr' },
  { kind: 'int', name: 'batch', label: T, doc: T, default: 10, min: 1, max: 200, hyper: 'batchSize' },
  { kind: 'number', name: 'l2', label: T, doc: T, default: 0, min: 0, max: 0.1, scale: 'linear', hyper: 'weightDecay' },
  { kind: 'number', name: 'noise', label: T, doc: T, default: 0, min: 0, max: 0.5, scale: 'linear' },
  { kind: 'number', name: 'momentum.lr', label: T, doc: T, default: 0.4, min: 0.001, max: 5, scale: 'log', hyper: 'lr', hyperGroup: 'momentum' },
  { kind: 'number', name: 'momentum.gamma', label: T, doc: T, default: 0.5, min: 0, max: 0.99, scale: 'linear', hyper: 'gamma', hyperGroup: 'momentum' },
  { kind: 'number', name: 'adam.beta1', label: T, doc: T, default: 0.9, min: 0, max: 0.999, scale: 'linear', hyper: 'beta1', hyperGroup: 'adam' },
] as const satisfies readonly ParamSpec[];

const values = { opt: 'sgd', lr: 0.3, batch: 25, l2: 0.002, noise: 0.1, 'momentum.lr': 0.6, 'momentum.gamma': 0.5, 'adam.beta1': 0.8 } as const;

describe('hyperFrom(specs, values, group?)', () => {
  it('reads the ungrouped bindings under their engine names, and nothing unbound', () => {
    expect(hyperFrom(specs, values)).toEqual({ optimizer: 'sgd', lr: 0.3, batchSize: 25, weightDecay: 0.002 });
  });

  it('reads only the named group, under the engine names', () => {
    expect(hyperFrom(specs, values, 'momentum')).toEqual({ lr: 0.6, gamma: 0.5 });
    expect(hyperFrom(specs, values, 'adam')).toEqual({ beta1: 0.8 });
  });

  it('gives an empty object for a group nothing is bound in', () => {
    expect(hyperFrom(specs, values, 'rmsprop' as string)).toEqual({});
  });

  it('needs only the values it reads', () => {
    expect(hyperFrom(specs, { 'momentum.lr': 0.1, 'momentum.gamma': 0.9 }, 'momentum')).toEqual({ lr: 0.1, gamma: 0.9 });
  });

  it('throws when a bound value is missing at run time', () => {
    expect(() => hyperFrom(specs, {} as typeof values)).toThrow(/no value for opt/);
  });

  it('rejects wrong bindings at compile time', () => {
    const bad = (p: ParamSpec) => p;
    // @ts-expect-error 'learningRate' is not an engine hyperparameter
    bad({ kind: 'number', name: 'x', label: T, doc: T, default: 0, min: 0, max: 1, scale: 'linear', hyper: 'learningRate' });
    // @ts-expect-error a number cannot set the optimizer
    bad({ kind: 'number', name: 'x', label: T, doc: T, default: 0, min: 0, max: 1, scale: 'linear', hyper: 'optimizer' });
    // @ts-expect-error an enum cannot set the learning rate
    bad({ kind: 'enum', name: 'x', label: T, doc: T, default: 'a', options: opts('a'), hyper: 'lr' });
    // @ts-expect-error a set has no binding
    bad({ kind: 'set', name: 'x', label: T, doc: T, default: [], options: opts('a'), hyper: 'dropout' });

    const unknownOptimizer = [
      { kind: 'enum', name: 'opt', label: T, doc: T, default: 'sgd', options: [{ value: 'sgd', label: T }, { value: 'lbfgs', label: T }], hyper: 'optimizer' },
    ] as const satisfies readonly ParamSpec[];
    // @ts-expect-error 'lbfgs' is not an optimizer the engine knows
    expect(() => hyperFrom(unknownOptimizer, { opt: 'sgd' })).not.toThrow();

    // @ts-expect-error the values lack l2, which the table binds
    expect(() => hyperFrom(specs, { opt: 'sgd', lr: 0.3, batch: 25 })).toThrow(/no value for l2/);
    // @ts-expect-error lr is a number
    hyperFrom(specs, { ...values, lr: 'fast' });
  });
});
