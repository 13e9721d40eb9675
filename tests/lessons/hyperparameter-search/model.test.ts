// The hyperparameter-search lesson's pure model: log-uniform draws, the same-budget grid, the population, the readings of a round.
import { describe, expect, it } from 'vitest';
import { randomU32, uniform, STREAM, streamWord } from '../../../src/engine/rng';
import { createCpuPopulation } from '../../../src/engine/train';
import { memberSpec } from '../../../src/engine/train/populationTypes';
import { buildData } from '../../../src/worker/shared/data/buildData';
import { loadMnistBytesNode } from '../../helpers/mnistNode';
import {
  BOOK,
  BOOK_RANGES,
  bestTrials,
  columnSpread,
  brushRanges,
  coverage,
  distinctLr,
  gridSide,
  gridTrials,
  linspace,
  meanAccWhere,
  orderedRange,
  randomTrials,
  rangeOfBest,
  searchPopulation,
  trainRows,
  trialSeed,
  unionRanges,
  updatesPerEpoch,
  type Trial,
  type TrialResult,
} from '../../../src/lessons/hyperparameter-search/model';

describe('randomTrials(count, lr, wd, seed)', () => {
  const trials = randomTrials(2000, BOOK_RANGES.lr, BOOK_RANGES.wd, 3);

  it('draws every exponent inside its range: lr in [10⁻⁶, 10⁻²), weight decay in [10⁻⁸, 10⁻⁴)', () => {
    for (const t of trials) {
      expect(t.lrExp).toBeGreaterThanOrEqual(-6);
      expect(t.lrExp).toBeLessThan(-2);
      expect(t.wdExp).toBeGreaterThanOrEqual(-8);
      expect(t.wdExp).toBeLessThan(-4);
      // 10^x to 6 significant digits: within half a unit of the 6th digit of the exact power.
      expect(Math.abs(t.lr - Math.pow(10, t.lrExp))).toBeLessThanOrEqual(5e-6 * t.lr);
      expect(Math.abs(t.weightDecay - Math.pow(10, t.wdExp))).toBeLessThanOrEqual(5e-6 * t.weightDecay);
      expect(Number(t.lr.toPrecision(6))).toBe(t.lr);
    }
  });

  it('is uniform in the exponent: each of the 4 decades of lr holds about a quarter (binomial sd √(2000·¼·¾) ≈ 19)', () => {
    for (const [lo, get] of [[-6, (t: (typeof trials)[0]) => t.lrExp], [-8, (t: (typeof trials)[0]) => t.wdExp]] as const) {
      for (let d = 0; d < 4; d++) {
        const inDecade = trials.filter((t) => get(t) >= lo + d && get(t) < lo + d + 1).length;
        expect(Math.abs(inDecade - 500)).toBeLessThan(4 * 19.4);
      }
    }
    // The mean exponent of U(−6, −2) is −4; its sd 4/√12 ≈ 1.155, so the mean of 2000 is within 4·1.155/√2000 ≈ 0.1.
    const mean = trials.reduce((a, t) => a + t.lrExp, 0) / trials.length;
    expect(Math.abs(mean + 4)).toBeLessThan(0.1);
  });

  it('is reproducible from the seed, differs for another seed, and takes trial i from draws 2i and 2i + 1 of stream search', () => {
    expect(randomTrials(5, BOOK_RANGES.lr, BOOK_RANGES.wd, 3)).toEqual(trials.slice(0, 5));
    expect(randomTrials(5, BOOK_RANGES.lr, BOOK_RANGES.wd, 4)[0].lr).not.toBe(trials[0].lr);
    const w = streamWord(STREAM.search, 0);
    expect(trials[7].lrExp).toBe(-6 + 4 * uniform(3, w, 14));
    expect(trials[7].wdExp).toBe(-8 + 4 * uniform(3, w, 15));
  });

  it('maps the same draws into a narrowed range: lo + (hi − lo)·u', () => {
    const narrow = randomTrials(10, [-3, -2], [-8, -6], 3);
    narrow.forEach((t, i) => {
      const u = (trials[i].lrExp + 6) / 4;
      expect(t.lrExp).toBeCloseTo(-3 + u, 12);
      expect(t.wdExp).toBeCloseTo(-8 + 2 * ((trials[i].wdExp + 8) / 4), 12);
    });
  });
});

describe('gridTrials(count, lr, wd)', () => {
  it('spends the same budget: 100 trials make a 10 × 10 grid, 20 a 4 × 4 (the largest square ≤ 20)', () => {
    expect(gridSide(100)).toBe(10);
    expect(gridTrials(100, BOOK_RANGES.lr, BOOK_RANGES.wd)).toHaveLength(100);
    expect(gridSide(20)).toBe(4);
    expect(gridTrials(20, BOOK_RANGES.lr, BOOK_RANGES.wd)).toHaveLength(16);
  });

  it('has g distinct learning rates, each with all g weight decays, ends included (linspace)', () => {
    const g = gridTrials(16, BOOK_RANGES.lr, BOOK_RANGES.wd);
    // linspace(−6, −2, 4) = −6, −14/3, −10/3, −2 by hand.
    expect(linspace([-6, -2], 4)).toEqual([-6, -6 + 4 / 3, -6 + 8 / 3, -2]);
    expect(distinctLr(g)).toBe(4);
    expect(g.slice(0, 4).map((t) => t.lrExp)).toEqual([-6, -6, -6, -6]);
    expect(g.slice(0, 4).map((t) => t.wdExp)).toEqual([-8, -8 + 4 / 3, -8 + 8 / 3, -4]);
    expect(distinctLr(randomTrials(16, BOOK_RANGES.lr, BOOK_RANGES.wd, 1))).toBe(16);
  });

  it('a grid of one is the middle of the range', () => {
    expect(linspace([-6, -2], 1)).toEqual([-4]);
  });
});

describe('searchPopulation(trials, q)', () => {
  const trials = randomTrials(3, BOOK_RANGES.lr, BOOK_RANGES.wd, 1);
  const pop = searchPopulation(trials, { n: 500, epochs: 50, batch: 100, seed: 9 });

  it('is the book’s net: 784 → 6 × 100 ReLU → 10, He initialization, softmax cross-entropy', () => {
    expect(pop.spec.inputSize).toBe(784);
    expect(pop.spec.hidden).toEqual(Array.from({ length: 6 }, () => ({ units: 100, activation: 'relu' })));
    expect(pop.spec.outputSize).toBe(10);
    expect(pop.spec.init).toEqual({ scheme: 'he' });
    expect(pop.spec.loss).toBe('softmax-ce');
  });

  it('holds out a shuffled 20 % of the first 500 digits and scores it at every epoch end', () => {
    expect(pop.data).toMatchObject({ kind: 'mnist', nTrain: 500, nTest: 0, validation: 0.2, shuffleSplit: true, splitSeed: 9 });
    expect(pop.options).toEqual({ epochs: 50, evalEachEpoch: true });
    expect(trainRows(500)).toBe(400);
    expect(updatesPerEpoch(500, 100)).toBe(4);
    expect(updatesPerEpoch(500, 20)).toBe(20);
    // 50 epochs × 4 updates (the book) = 10 epochs × 20 updates (the default) = 200 updates.
    expect(50 * updatesPerEpoch(BOOK.n, BOOK.batch)).toBe(10 * updatesPerEpoch(BOOK.n, 20));
  });

  it('gives member i trial i’s lr and weight decay with SGD, and its own seed: draw i of stream search, sub-stream 1', () => {
    pop.members.forEach((m, i) => {
      expect(m.seed).toBe(randomU32(9, streamWord(STREAM.search, 1), i));
      expect(m.seed).toBe(trialSeed(9, i));
      expect(m.hyper).toEqual({ optimizer: 'sgd', lr: trials[i].lr, weightDecay: trials[i].weightDecay, batchSize: 100 });
    });
    // The book builds a new network for every trial: no two of 100 trials share a seed, nor take the run's seed itself.
    const seeds = searchPopulation(randomTrials(100, BOOK_RANGES.lr, BOOK_RANGES.wd, 9), { n: 500, epochs: 1, batch: 100, seed: 9 }).members.map((m) => m.seed);
    expect(new Set(seeds).size).toBe(100);
    expect(seeds).not.toContain(9);
    // Another run seed gives other trial seeds.
    expect(trialSeed(10, 0)).not.toBe(trialSeed(9, 0));
  });
});

describe('searchPopulation(trials, q) trained on the CPU engine', () => {
  it('two trials with the same lr and weight decay start from different weights and take different batches: their curves differ', async () => {
    const same: Trial = { lrExp: -2.2, wdExp: -6, lr: Math.pow(10, -2.2), weightDecay: 1e-6 };
    const config = searchPopulation([same, same], { n: 500, epochs: 2, batch: 100, seed: 1 });
    const mnist = loadMnistBytesNode();
    const data = await buildData(config.data, () => Promise.resolve(mnist));
    const pop = createCpuPopulation(config.spec, data, config.members, config.options);
    // Draws of N(0, 2/784) for 78 400 first-layer weights: two independent draws agree nowhere but by chance.
    const [w0, w1] = [pop.getParams(0), pop.getParams(1)];
    let equal = 0;
    for (let j = 0; j < 784 * 100; j++) if (w0[j] === w1[j]) equal++;
    expect(equal).toBeLessThan(10);
    // 2 epochs × 4 updates of batch 100: one validation split for both, but other weights and batches, so other losses.
    const report = pop.step(8);
    const [a, b] = report.members;
    expect(a.steps).toHaveLength(8);
    expect(b.steps).toHaveLength(8);
    expect(a.steps[0].loss).not.toBe(b.steps[0].loss);
    expect(a.steps.map((s) => s.loss)).not.toEqual(b.steps.map((s) => s.loss));
    expect(data.validation!.n).toBe(100);
    expect(memberSpec(config.spec, config.members[0])).toEqual(memberSpec(config.spec, config.members[1]));
    pop.dispose();
  }, 30_000);
});

const result = (trial: number, lrExp: number, wdExp: number, valAcc: number): TrialResult => ({
  trial,
  lrExp,
  wdExp,
  lr: Math.pow(10, lrExp),
  weightDecay: Math.pow(10, wdExp),
  valAcc,
  epochs: Number.isNaN(valAcc) ? 0 : 1,
});

describe('the readings of a round', () => {
  const rs = [result(1, -5.5, -7, 0.1), result(2, -2.2, -7.5, 0.7), result(3, -2.8, -5, 0.7), result(4, -3.5, -6, 0.4), result(5, -4, -4.5, NaN)];

  it('bestTrials ranks by validation accuracy, ties by trial number, skipping trials without a result', () => {
    expect(bestTrials(rs, 3).map((r) => r.trial)).toEqual([2, 3, 4]);
    expect(bestTrials(rs, 10)).toHaveLength(4);
  });

  it('rangeOfBest spans the best k trials’ exponents', () => {
    expect(rangeOfBest(rs, 2)).toEqual({ lr: [-2.8, -2.2], wd: [-7.5, -5] });
    expect(rangeOfBest([result(1, -3, -3, NaN)], 5)).toBeNull();
  });

  it('meanAccWhere averages the finished trials in an lr band and gives their lowest and highest', () => {
    expect(meanAccWhere(rs, 1e-3, Infinity)).toEqual({ mean: 0.7, count: 2, min: 0.7, max: 0.7 });
    expect(meanAccWhere(rs, 1e-4, Infinity)).toMatchObject({ count: 3, min: 0.4, max: 0.7 });
    expect(meanAccWhere(rs, 0, 1e-5).count).toBe(1);
    expect(meanAccWhere(rs, 0, 1e-9).mean).toBeNaN();
  });

  it('coverage counts the good trials and their distinct learning rates', () => {
    const grid = [result(1, -2, -8, 0.6), result(2, -2, -6, 0.6), result(3, -4, -8, 0.1)];
    expect(coverage(grid, 0.5)).toMatchObject({ hits: 2, distinctHitLr: 1 });
    expect(coverage(rs, 0.5).best?.trial).toBe(2);
  });
});

describe('ranges', () => {
  it('brushRanges orders and rounds a dragged rectangle to 2 decimals, at least 0.1 wide', () => {
    expect(brushRanges(-2.004, -3.1234, -6.02, -7.999)).toEqual({ lr: [-3.12, -2], wd: [-8, -6.02] });
    expect(brushRanges(-3, -3.02, -6, -5)).toEqual({ lr: [-3.06, -2.96], wd: [-6, -5] });
  });

  it('orderedRange accepts either order and widens equal ends', () => {
    expect(orderedRange(-2, -6)).toEqual([-6, -2]);
    expect(orderedRange(-3, -3)).toEqual([-3.05, -2.95]);
  });

  it('unionRanges keeps the book’s axes and widens them for ranges beyond', () => {
    expect(unionRanges(BOOK_RANGES, { lr: [-3, -1], wd: [-7, -6] })).toEqual({ lr: [-6, -1], wd: [-8, -4] });
  });
});

describe('columnSpread(results)', () => {
  it('is the largest max − min among trials of one lr (0.7 − 0.6 here), ignoring trials without a result', () => {
    const rs = [result(1, -2, -8, 0.6), result(2, -2, -6, 0.7), result(3, -4, -8, 0.1), result(4, -4, -6, 0.12), result(5, -2, -5, NaN)];
    expect(columnSpread(rs)).toBeCloseTo(0.1, 12);
    expect(columnSpread([result(1, -3, -8, 0.5)])).toBe(0);
  });
});
