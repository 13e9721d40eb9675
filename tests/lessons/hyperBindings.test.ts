// Lessons' hyperparameters read through their tables' bindings (hyperFrom): each expected object is written by hand from the
// URL defaults in the lesson's params.ts (and the lesson's fixed constants), as the hand-written rename maps produced them.
import { describe, expect, it } from 'vitest';
import { OPTIMIZERS } from '../../src/engine/optimizers';
import { defaults, type ParamSpec } from '../../src/state/params';
import { hyperOf as playgroundHyper } from '../../src/lessons/playground/model';
import { playgroundParams } from '../../src/lessons/playground/params';
import { hyperOf as optimizerHyper } from '../../src/lessons/optimizers/model';
import { optimizersParams } from '../../src/lessons/optimizers/params';
import { mnistPopulation } from '../../src/lessons/weight-decay/model';
import { weightDecayParams } from '../../src/lessons/weight-decay/params';
import { populationConfig as dropoutPopulation, runConfig as dropoutRun } from '../../src/lessons/dropout/model';
import { dropoutParams } from '../../src/lessons/dropout/params';
import { earlyStoppedConfig, populationConfig as earlyPopulation } from '../../src/lessons/early-stopping/model';
import { earlyStoppingParams } from '../../src/lessons/early-stopping/params';
import { deepRun } from '../../src/lessons/gradients/model';
import { gradientsParams } from '../../src/lessons/gradients/params';
import { gridPopulation } from '../../src/lessons/batch-norm/model';
import { schedulePopulation } from '../../src/lessons/lr-schedules/model';
import { runConfig as minibatchRun } from '../../src/lessons/minibatch/runs';
import { minibatchParams } from '../../src/lessons/minibatch/params';
import { learningRates } from '../../src/lessons/optimizers-mnist/rates';
import { optimizersMnistParams } from '../../src/lessons/optimizers-mnist/params';
import { comparisonPopulation } from '../../src/lessons/initialization/mnistRuns';
import { foldConfig, holdoutConfig } from '../../src/lessons/validation/model';
import { searchPopulation } from '../../src/lessons/hyperparameter-search/model';
import { searchParams } from '../../src/lessons/hyperparameter-search/params';

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

const hypers = (c: { members: readonly { hyper?: unknown }[] }) => c.members.map((m) => m.hyper);

describe('the MNIST lessons at their URL defaults', () => {
  it('weight-decay: SGD η = 0.01 (mnist.lr), batch 100; λ = 0 against mnist.lambda = 0.1', () => {
    expect(hypers(mnistPopulation(defaults(weightDecayParams)))).toEqual([
      { optimizer: 'sgd', lr: 0.01, batchSize: 100, weightDecay: 0 },
      { optimizer: 'sgd', lr: 0.01, batchSize: 100, weightDecay: 0.1 },
    ]);
  });
  it('dropout: SGD η = 0.01, batch 100, each network its variant', () => {
    const D = defaults(dropoutParams);
    expect(dropoutRun('book', D).hyper).toEqual({ optimizer: 'sgd', lr: 0.01, batchSize: 100, dropoutVariant: 'book' });
    const h = hypers(dropoutPopulation(D)) as { lr: number; batchSize: number; optimizer: string }[];
    expect(h.map(({ optimizer, lr, batchSize }) => [optimizer, lr, batchSize])).toEqual([
      ['sgd', 0.01, 100],
      ['sgd', 0.01, 100],
      ['sgd', 0.01, 100],
    ]);
  });
  it('early-stopping: SGD η = 0.1, batch 50; λ = 0 and λ = 0.01 for the two nets, none for the stopped one', () => {
    const D = defaults(earlyStoppingParams);
    expect(hypers(earlyPopulation(D))).toEqual([
      { optimizer: 'sgd', lr: 0.1, batchSize: 50, weightDecay: 0 },
      { optimizer: 'sgd', lr: 0.1, batchSize: 50, weightDecay: 0.01 },
    ]);
    expect(earlyStoppedConfig(D).hyper).toEqual({ optimizer: 'sgd', lr: 0.1, batchSize: 50 });
  });
  it('gradients: SGD η = 0.1, batch 100, clip → clipNorm 0, l2 → weightDecay 0', () => {
    const D = defaults(gradientsParams);
    expect(hypers(deepRun(D))).toEqual([{ optimizer: 'sgd', lr: 0.1, batchSize: 100, clipNorm: 0, weightDecay: 0 }]);
    expect(hypers(deepRun({ ...D, clip: 5, l2: 0.001, lr: 0.3 }))).toEqual([{ optimizer: 'sgd', lr: 0.3, batchSize: 100, clipNorm: 5, weightDecay: 0.001 }]);
  });
  it('batch-norm: every member SGD η = lr, the book\'s batch 100', () => {
    const pop = gridPopulation({ stds: 2, epochs: 1, lr: 0.01, n: 1000, place: 'before', seed: 1 });
    expect(hypers(pop)).toEqual(Array.from({ length: 4 }, () => ({ optimizer: 'sgd', lr: 0.01, batchSize: 100 })));
  });
  it('lr-schedules: SGD from η₀ = lr, the race\'s batch 128, each member its schedule', () => {
    const knobs = { epochs: 10, lr: 0.1, stepGamma: 0.5, stepEvery: 3, expGamma: 0.9, invK: 0.5, cosFloor: 0, warmup: 2 };
    const [constant] = hypers(schedulePopulation({ ...knobs, n: 1000, seed: 1 }));
    expect(constant).toEqual({ optimizer: 'sgd', batchSize: 128, lr: 0.1, lrSchedule: { kind: 'constant' } });
  });
  it('minibatch: mlr → lr 0.05, the swept batch size as given', () => {
    expect(minibatchRun(16, defaults(minibatchParams)).hyper).toEqual({ optimizer: 'sgd', lr: 0.05, batchSize: 16 });
  });
  it('optimizers-mnist: N.lr → the learning rate of racer N (the book\'s rates); AdaDelta has none', () => {
    expect(learningRates(defaults(optimizersMnistParams))).toEqual({ sgd: 0.01, momentum: 0.01, adagrad: 0.01, adam: 0.001, rmsprop: 0.01 });
  });
  it('initialization: SGD η = lr, batch 100, for every init', () => {
    expect(hypers(comparisonPopulation({ lr: 0.01, seed: 1, epochs: 1 }))).toEqual(Array.from({ length: 3 }, () => ({ optimizer: 'sgd', lr: 0.01, batchSize: 100 })));
  });
  it('validation: folds and hold-out, SGD η = lr, batch 50', () => {
    const q = { n: 1000, epochs: 5, lr: 0.1, seed: 1 };
    expect(foldConfig(0, 5, q).hyper).toEqual({ optimizer: 'sgd', lr: 0.1, batchSize: 50 });
    expect(holdoutConfig(true, q).hyper).toEqual({ optimizer: 'sgd', lr: 0.1, batchSize: 50 });
  });
  it('hyperparameter-search: each trial its drawn lr and weight decay, batch → batchSize 20', () => {
    const trial = { lrExp: -3, wdExp: -6, lr: 0.001, weightDecay: 0.000001 };
    const D = defaults(searchParams);
    expect(hypers(searchPopulation([trial], { n: 500, epochs: 1, batch: D.batch, seed: 1 }))).toEqual([
      { optimizer: 'sgd', lr: 0.001, weightDecay: 0.000001, batchSize: 20 },
    ]);
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
