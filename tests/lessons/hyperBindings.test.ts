// Lessons' hyperparameters read through their tables' bindings (hyperFrom): each expected object is written by hand from the
// URL defaults in the lesson's params.ts (and the lesson's fixed constants), as the hand-written rename maps produced them.
import { describe, expect, it } from 'vitest';
import { OPTIMIZERS } from '../../src/engine/optimizers';
import { defaults, type ParamSpec } from '../../src/state/params';
import { hyperOf as playgroundHyper } from '../../src/lessons/playground/model';
import { playgroundParams } from '../../src/lessons/playground/params';
import { hyperOf as optimizerHyper } from '../../src/lessons/optimizers/model';
import { optimizersParams } from '../../src/lessons/optimizers/params';

describe('playground hyperOf(values)', () => {
  const D = defaults(playgroundParams);
  it('at the URL defaults: Adam, η = 0.01, every decay at its default, batch 10, no penalties, no dropout, no clipping', () => {
    expect(playgroundHyper(D)).toEqual({
      optimizer: 'adam',
      lr: 0.01,
      gamma: 0.9,
      rho: 0.9,
      beta1: 0.9,
      beta2: 0.999,
      batchSize: 10,
      l1: 0,
      weightDecay: 0,
      dropout: [0, 0, 0],
      clipNorm: 0,
    });
  });
  it('renames opt, batch, l2 and clip, takes γ from the selected optimizer and the per-layer dropout overrides', () => {
    const v = { ...D, opt: 'rmsprop', lr: 0.2, batch: 32, l1: 0.001, l2: 0.05, clip: 2, 'momentum.gamma': 0.5, 'rmsprop.gamma': 0.99, dropout: 0.1, 'p.2': 0.4 };
    expect(playgroundHyper(v)).toEqual({
      optimizer: 'rmsprop',
      lr: 0.2,
      gamma: 0.99,
      rho: 0.9,
      beta1: 0.9,
      beta2: 0.999,
      batchSize: 32,
      l1: 0.001,
      weightDecay: 0.05,
      dropout: [0.1, 0.4, 0.1],
      clipNorm: 2,
    });
    expect(playgroundHyper({ ...v, opt: 'sgd' }).gamma).toBe(0.5);
  });
});

describe('optimizers hyperOf(name, values)', () => {
  const D = defaults(optimizersParams);
  it("at the URL defaults: each optimizer's engine defaults with its own group's η, γ, ρ, β₁, β₂", () => {
    expect(optimizerHyper('sgd', D)).toEqual({ ...OPTIMIZERS.sgd.defaults, lr: 0.4 });
    expect(optimizerHyper('momentum', D)).toEqual({ ...OPTIMIZERS.momentum.defaults, lr: 0.4, gamma: 0.5 });
    expect(optimizerHyper('adagrad', D)).toEqual({ ...OPTIMIZERS.adagrad.defaults, lr: 0.4 });
    expect(optimizerHyper('rmsprop', D)).toEqual({ ...OPTIMIZERS.rmsprop.defaults, lr: 0.4, gamma: 0.9 });
    expect(optimizerHyper('adadelta', D)).toEqual({ ...OPTIMIZERS.adadelta.defaults, rho: 0.9 });
    expect(optimizerHyper('adam', D)).toEqual({ ...OPTIMIZERS.adam.defaults, lr: 0.4, beta1: 0.9, beta2: 0.999 });
  });
  it("never reads another optimizer's group", () => {
    const v = { ...D, 'sgd.lr': 0.6, 'momentum.lr': 0.05, 'momentum.gamma': 0.8, 'rmsprop.gamma': 0.5, 'adam.lr': 0.01, 'adam.beta2': 0.99 };
    expect(optimizerHyper('sgd', v)).toEqual({ ...OPTIMIZERS.sgd.defaults, lr: 0.6 });
    expect(optimizerHyper('momentum', v)).toEqual({ ...OPTIMIZERS.momentum.defaults, lr: 0.05, gamma: 0.8 });
    expect(optimizerHyper('rmsprop', v)).toEqual({ ...OPTIMIZERS.rmsprop.defaults, lr: 0.4, gamma: 0.5 });
    expect(optimizerHyper('adam', v)).toEqual({ ...OPTIMIZERS.adam.defaults, lr: 0.01, beta1: 0.9, beta2: 0.99 });
  });
});

/** Every table's bindings: the URL names the lessons above rely on, bound as the rename maps had them. */
const bindings = (specs: readonly ParamSpec[]) =>
  Object.fromEntries(specs.flatMap((p) => ('hyper' in p && p.hyper ? [[p.name, p.hyperGroup ? `${p.hyperGroup}:${p.hyper}` : p.hyper]] : [])));

describe('bindings in the parameter tables', () => {
  it('playground', () => {
    expect(bindings(playgroundParams)).toEqual({
      opt: 'optimizer',
      lr: 'lr',
      'momentum.gamma': 'momentum:gamma',
      'rmsprop.gamma': 'rmsprop:gamma',
      rho: 'rho',
      beta1: 'beta1',
      beta2: 'beta2',
      batch: 'batchSize',
      l1: 'l1',
      l2: 'weightDecay',
      clip: 'clipNorm',
    });
  });
  it('optimizers', () => {
    expect(bindings(optimizersParams)).toEqual({
      'sgd.lr': 'sgd:lr',
      'momentum.lr': 'momentum:lr',
      'momentum.gamma': 'momentum:gamma',
      'adagrad.lr': 'adagrad:lr',
      'rmsprop.lr': 'rmsprop:lr',
      'rmsprop.gamma': 'rmsprop:gamma',
      'adadelta.rho': 'adadelta:rho',
      'adam.lr': 'adam:lr',
      'adam.beta1': 'adam:beta1',
      'adam.beta2': 'adam:beta2',
    });
  });
});
