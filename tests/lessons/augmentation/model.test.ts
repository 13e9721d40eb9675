// The augmentation lesson's model: transform switches to engine strengths, the member list, the pseudo-label plan (by hand),
// the self-training population's training-row counts.
import { describe, expect, it } from 'vitest';
import { accuracyPopulation, augmentOf, memberKeys, POOL, pseudoPlan, semiPopulation, sizes, spread, thresholds } from '../../../src/lessons/augmentation/model';

const Q = { n: 300, epochs: 2, seeds: 2, seed: 5, on: ['shift', 'noise'], shift: 2, rotate: 15, elastic: 34, noise: 0.1 };

describe('augmentOf(q)', () => {
  it('gives a switched-off transform strength 0 and keeps the others', () => {
    expect(augmentOf(Q)).toEqual({ shift: 2, rotate: 0, elastic: 0, noise: 0.1 });
  });
});

describe('memberKeys(q) and accuracyPopulation(q)', () => {
  it('trains 100, 300, 1000 (n already in the grid) × without/with × 2 seeds, each on its first n rows', () => {
    expect(sizes(300)).toEqual([100, 300, 1000]);
    expect(sizes(450)).toEqual([100, 300, 450, 1000]);
    const keys = memberKeys(Q);
    expect(keys).toHaveLength(12);
    expect(keys.slice(0, 4)).toEqual([
      { n: 100, augment: false, seed: 5 },
      { n: 100, augment: false, seed: 6 },
      { n: 100, augment: true, seed: 5 },
      { n: 100, augment: true, seed: 6 },
    ]);
    const p = accuracyPopulation(Q);
    expect(p.members.map((m) => m.hyper?.trainRows)).toEqual(keys.map((k) => k.n));
    expect(p.members.map((m) => !!m.hyper?.augment)).toEqual(keys.map((k) => k.augment));
    expect(p.data).toMatchObject({ kind: 'mnist', nTrain: POOL });
  });
});

describe('pseudoPlan(n, predicted, confidence, truth, thresholds)', () => {
  it('orders the pool (rows ≥ n) by confidence and counts, per threshold, the accepted and the right ones', () => {
    // 6 rows, n = 2: pool rows 2–5 with confidences 0.6, 0.99, 0.9, 0.95; predictions 1, 2, 3, 4; truths 1, 0, 3, 4.
    const predicted = [0, 0, 1, 2, 3, 4];
    const confidence = [1, 1, 0.6, 0.99, 0.9, 0.95];
    const truth = [0, 0, 1, 0, 3, 4];
    const plan = pseudoPlan(2, predicted, confidence, truth, [0.5, 0.92, 0.999]);
    expect(plan.rows).toEqual([3, 5, 4, 2]);
    expect(plan.labels).toEqual([2, 4, 3, 1]);
    expect(plan.accepted).toEqual([4, 2, 0]);
    expect(plan.correct).toEqual([3, 1, 0]);
  });
});

describe('semiPopulation(q, plan)', () => {
  it('is the baseline (n rows) then one group per threshold with n + accepted rows, seeds each', () => {
    const plan = { rows: [3, 5, 4, 2], labels: [2, 4, 3, 1], accepted: [4, 2], correct: [3, 1] };
    const p = semiPopulation({ n: 2, epochs: 1, seeds: 2, seed: 1 }, plan);
    expect(p.members.map((m) => m.hyper?.trainRows)).toEqual([2, 2, 6, 6, 4, 4]);
    expect(p.members.map((m) => m.seed)).toEqual([1, 2, 1, 2, 1, 2]);
    expect(p.data).toMatchObject({ pseudo: { keep: 2, rows: [3, 5, 4, 2], labels: [2, 4, 3, 1] } });
  });
});

describe('spread and thresholds', () => {
  it('reads mean, min, max; the slider threshold joins the fixed ones once', () => {
    expect(spread([0.5, 0.7, 0.6])).toEqual({ mean: 0.6, min: 0.5, max: 0.7 });
    expect(thresholds(0.95)).toEqual([0.5, 0.8, 0.9, 0.95, 0.99]);
    expect(thresholds(0.9)).toEqual([0.5, 0.8, 0.9, 0.99]);
  });
});
