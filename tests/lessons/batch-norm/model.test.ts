// The batch-norm lesson's pure model: the book's scales, the population of 2 × scales, the grid readings, the step-by-step rows.
import { describe, expect, it } from 'vitest';
import { tableCells } from '../../../src/components/Table';
import { INSPECT_COLUMNS } from '../../../src/lessons/batch-norm/pythonInspect';
import {
  argmax,
  BOOK,
  commonEpochs,
  faster,
  gridEnds,
  gridPopulation,
  gridSummary,
  initStds,
  memberOf,
  normalize,
  panelIndex,
  rowSpread,
  stdLabel,
  traceRows,
} from '../../../src/lessons/batch-norm/model';

describe('initStds(count)', () => {
  it('is numpy’s logspace(0, −4, 16): 1 … 1e-4, a constant ratio 10^(−4/15)', () => {
    const s = initStds(16);
    expect(s).toHaveLength(16);
    expect(s[0]).toBe(1);
    expect(s[15]).toBeCloseTo(1e-4, 15);
    expect(s[1]).toBeCloseTo(0.5411695265, 9); // np.logspace(0, -4, 16)[1]
    for (let i = 1; i < 16; i++) expect(s[i] / s[i - 1]).toBeCloseTo(Math.pow(10, -4 / 15), 12);
  });

  it('with 4 scales gives 1, 10^(−4/3), 10^(−8/3), 10^(−4)', () => {
    const s = initStds(4);
    [1, 0.0464158883, 0.0021544347, 0.0001].forEach((v, i) => expect(s[i]).toBeCloseTo(v, 9));
  });
});

describe('gridPopulation(q)', () => {
  const q = { stds: 16, epochs: 20, lr: 0.01, n: 1000, place: 'before' as const, seed: 7 };
  const pop = gridPopulation(q);

  it('is the book’s net: 784 → 5 × 100 ReLU → 10, softmax cross-entropy, BN ε = 10e-7', () => {
    expect(pop.spec.inputSize).toBe(784);
    expect(pop.spec.hidden).toEqual(Array.from({ length: 5 }, () => ({ units: 100, activation: 'relu' })));
    expect(pop.spec.outputSize).toBe(10);
    expect(pop.spec.loss).toBe('softmax-ce');
    expect(pop.spec.bnEps).toBe(1e-6);
    expect(BOOK.batch).toBe(100);
  });

  it('holds 32 members: at scale k, member 2k with BN and 2k + 1 without, same seed, same std, SGD η, batch 100', () => {
    expect(pop.members).toHaveLength(32);
    const stds = initStds(16);
    stds.forEach((std, k) => {
      const a = pop.members[memberOf(k, true)];
      const b = pop.members[memberOf(k, false)];
      expect(memberOf(k, true)).toBe(2 * k);
      expect(a.batchNorm).toBe('before');
      expect(b.batchNorm).toBe('none');
      for (const m of [a, b]) {
        expect(m.seed).toBe(7);
        expect(m.init).toEqual({ scheme: 'gaussian', std });
        expect(m.hyper).toEqual({ optimizer: 'sgd', lr: 0.01, batchSize: 100 });
      }
    });
  });

  it('trains on the first n digits, scores them every epoch, for the epoch budget; the placement is a member setting', () => {
    expect(pop.data).toEqual({ kind: 'mnist', nTrain: 1000, nTest: 0 });
    expect(pop.options).toEqual({ epochs: 20, evalEachEpoch: true });
    expect(gridPopulation({ ...q, place: 'after', stds: 2 }).members.map((m) => m.batchNorm)).toEqual(['after', 'none', 'after', 'none']);
  });
});

describe('faster(curves, margin)', () => {
  it('compares the mean accuracy over the epochs both finished', () => {
    // Means over the first 2 epochs: BN (0.5 + 0.9)/2 = 0.7, plain (0.1 + 0.1)/2 = 0.1; BN's third epoch is not compared.
    expect(faster({ bn: [0.5, 0.9, 0.95], plain: [0.1, 0.1] })).toBe('bn');
    expect(faster({ bn: [0.1, 0.2], plain: [0.3, 0.4] })).toBe('plain');
    expect(faster({ bn: [0.50, 0.60], plain: [0.51, 0.60] })).toBe('tie'); // 0.005 apart, within 0.02
    expect(faster({ bn: [], plain: [0.3] })).toBeNull();
  });

  it('counts a diverged network as the slower one', () => {
    expect(faster({ bn: [0.2], plain: [], plainDiverged: true })).toBe('bn');
    expect(faster({ bn: [], plain: [], plainDiverged: true })).toBeNull();
    expect(faster({ bn: [], plain: [0.3], bnDiverged: true })).toBe('plain');
    expect(faster({ bn: [], plain: [], bnDiverged: true, plainDiverged: true })).toBe('tie');
  });
});

describe('gridSummary(panels) and commonEpochs(panels)', () => {
  const panels = [
    { bn: [0.6, 0.9], plain: [], plainDiverged: true },
    { bn: [0.7, 0.95], plain: [0.3, 0.6] },
    { bn: [0.1, 0.12], plain: [0.1, 0.11] },
  ];
  it('counts where BN was faster and where each passed 50 %', () => {
    expect(gridSummary(panels)).toEqual({ bnFaster: 2, plainFaster: 0, bnLearned: 2, plainLearned: 1, panels: 3 });
  });
  it('takes the epochs every network that did not diverge has finished', () => {
    expect(commonEpochs(panels)).toBe(2);
    expect(commonEpochs([{ bn: [0.1, 0.2, 0.3], plain: [0.1] }])).toBe(1);
    expect(commonEpochs([])).toBe(0);
  });
});

describe('the step-by-step helpers', () => {
  it('normalize(x, μ, σ², ε) = (x − μ)/√(σ² + ε)', () => {
    expect(normalize(3, 1, 4, 0)).toBe(1);
    expect(normalize(1, 1, 4, 0)).toBe(0);
    expect(normalize(0, 2, 3, 1)).toBe(-1);
  });

  it('traceRows lists unit by unit, row by row, with x̂ under the running averages too', () => {
    // 2 rows × 2 units; unit 1: x = (1, 3), μ = 2, σ² = 1; unit 2: x = (0, 4), μ = 2, σ² = 4; running μ = (0, 1), σ² = (4, 9).
    const t = {
      n: 2, units: 2, eps: 0,
      x: [1, 0, 3, 4], mean: [2, 2], variance: [1, 4], xhat: [-1, -1, 1, 1], y: [-1, -1, 1, 1],
      gamma: [1, 1], beta: [0, 0], runMean: [0, 1], runVar: [4, 9],
    };
    expect(tableCells(INSPECT_COLUMNS.algorithm, traceRows(t, 5, 1))).toEqual([
      [1, 1, 1, 2, 1, -1, -1, 0.5], // (1 − 0)/√4
      [1, 2, 3, 2, 1, 1, 1, 1.5],
    ]);
    expect(tableCells(INSPECT_COLUMNS.algorithm, traceRows(t, 1, 2))).toEqual([
      [1, 1, 1, 2, 1, -1, -1, 0.5],
      [2, 1, 0, 2, 4, -1, -1, -1 / 3], // (0 − 1)/√9
    ]);
  });

  it('argmax and rowSpread read the logits', () => {
    expect(argmax([0.1, 3, -2, 3.5, 1])).toBe(3);
    expect(argmax([9, 0.1, 3, -2], 1, 3)).toBe(1); // among 0.1, 3, −2
    expect(rowSpread([1, 2, 1, 2, 1, 2], 3, 2)).toBe(0);
    expect(rowSpread([1, 2, 1.5, 2, 1, 0], 3, 2)).toBe(2);
  });

  it('panelIndex keeps the inspected panel among the scales there are; stdLabel rounds to 3 digits', () => {
    expect(panelIndex(10, 16)).toBe(9);
    expect(panelIndex(10, 4)).toBe(3);
    expect(stdLabel(0.5411695265)).toBe('0.541');
    expect(stdLabel(1e-4)).toBe('0.0001');
  });
});

describe('gridEnds(panels, stds, epoch)', () => {
  const stds = [1, 0.1, 0.01];
  const panels = [
    { bn: [0.2, 0.45], plain: [], plainDiverged: true },
    { bn: [0.5, 0.95], plain: [0.6, 0.99] },
    { bn: [0.7, 0.91], plain: [0.11, 0.15] },
  ];

  it('reads each network’s last accuracy: the best without BN, those near guessing, the diverged, BN above 90 % and its lowest', () => {
    expect(gridEnds(panels, stds)).toEqual({
      plainBest: { std: 0.1, acc: 0.99 },
      plainNear: 1,
      plainNearMax: 0.15,
      plainDiverged: 1,
      bnHigh: 2,
      bnLowest: { std: 1, acc: 0.45 },
    });
  });

  it('after a given epoch reads that epoch, not a later one', () => {
    const e = gridEnds(panels, stds, 1);
    expect(e.plainBest).toEqual({ std: 0.1, acc: 0.6 });
    expect(e.plainNearMax).toBe(0.11);
    expect(e.bnHigh).toBe(0);
    expect(e.bnLowest).toEqual({ std: 1, acc: 0.2 });
  });

  it('has nothing to read before an epoch', () => {
    const e = gridEnds([{ bn: [], plain: [] }], [1]);
    expect(e.plainBest).toBeNull();
    expect(e.bnLowest).toBeNull();
    expect(e.plainNearMax).toBeNaN();
  });
});
