// The fine-tuning lesson's model: member order, factors, the population's shape, mean by k and the crossover by hand; a
// small real run on MNIST (CPU engine) where frozen members keep the pre-trained hidden layers and scratch members do not.
import { describe, expect, it } from 'vitest';
import { createCpuPopulation, createTrainer, layerRanges } from '../../../src/engine/train';
import { crossover, fineTuneConfig, kValues, leader, lrFactors, meanByK, memberKeys, NEW, pretrainConfig, SLOW } from '../../../src/lessons/fine-tuning/model';
import { buildData } from '../../../src/worker/shared/data/buildData';
import { loadMnistBytesNode } from '../../helpers/mnistNode';

const q = { k: 7, lower: 'frozen' as const, seeds: 2, epochs: 3, test: 200, seed: 5 };

describe('memberKeys and kValues', () => {
  it('order the members k ascending (the sweep and the slider’s k), then way, then seed counting up from the seed', () => {
    expect(kValues(7)).toEqual([1, 3, 7, 10, 30, 100]);
    expect(kValues(10)).toEqual([1, 3, 10, 30, 100]);
    const keys = memberKeys(q);
    expect(keys).toHaveLength(6 * 2 * 2);
    expect(keys.slice(0, 4)).toEqual([
      { k: 1, method: 'fine-tune', seed: 5 },
      { k: 1, method: 'fine-tune', seed: 6 },
      { k: 1, method: 'scratch', seed: 5 },
      { k: 1, method: 'scratch', seed: 6 },
    ]);
  });
});

describe('fineTuneConfig', () => {
  it('starts only the fine-tuned members from the given weights, with hidden factors 0 (frozen) or 0.1 (slow) and a new output layer at 1', () => {
    expect(lrFactors('frozen')).toEqual([0, 0, 1]);
    expect(lrFactors('slow')).toEqual([SLOW, SLOW, 1]);
    expect(lrFactors('first')).toEqual([0, 1, 1]);
    const P = new Float32Array(3);
    const c = fineTuneConfig(q, P);
    memberKeys(q).forEach((key, i) => {
      const m = c.members[i];
      expect(m.hyper?.perClass).toBe(key.k);
      expect(m.hyper?.batchSize).toBe(10);
      expect(m.hyper?.perClassCycle).toBe(100);
      if (key.method === 'fine-tune') {
        expect(m.start?.params).toBe(P);
        expect(m.hyper?.lrFactors).toEqual([0, 0, 1]);
      } else {
        expect(m.start).toBeUndefined();
        expect(m.hyper?.lrFactors).toBeUndefined();
      }
    });
    expect(c.data).toMatchObject({ kind: 'mnist', keepClasses: { keep: NEW, perClass: 100 } });
  });
});

describe('meanByK and crossover', () => {
  it('average over seeds and find where scratch − fine-tune turns ≥ 0, linearly in log k', () => {
    const rows = [
      { k: 1, method: 'fine-tune' as const, seed: 1, test_acc: 0.6 },
      { k: 1, method: 'fine-tune' as const, seed: 2, test_acc: 0.4 },
      { k: 1, method: 'scratch' as const, seed: 1, test_acc: 0.3 },
      { k: 100, method: 'fine-tune' as const, seed: 1, test_acc: 0.8 },
      { k: 100, method: 'scratch' as const, seed: 1, test_acc: 0.9 },
    ];
    const means = meanByK(rows);
    expect(means).toEqual([
      { k: 1, fineTune: 0.5, scratch: 0.3 },
      { k: 100, fineTune: 0.8, scratch: 0.9 },
    ]);
    // d goes from −0.2 at log k = 0 to +0.1 at log k = log 100: zero at 2/3 of the way, k = 100^(2/3).
    expect(crossover(means)!).toBeCloseTo(100 ** (2 / 3), 9);
    expect(leader(means)).toBeNull();
    expect(crossover([{ k: 1, fineTune: 0.5, scratch: 0.3 }])).toBeNull();
    const behind = [{ k: 1, fineTune: 0.2, scratch: 0.3 }, { k: 10, fineTune: 0.5, scratch: 0.6 }];
    expect(crossover(behind)).toBeNull();
    expect(leader(behind)).toBe('scratch');
    // The other way round: scratch ahead at k = 1 (by 0.1), fine-tuning at k = 10 (by 0.1): halfway in log k, √10.
    expect(crossover([{ k: 1, fineTune: 0.2, scratch: 0.3 }, { k: 10, fineTune: 0.7, scratch: 0.6 }])!).toBeCloseTo(Math.sqrt(10), 9);
  });
});

describe('a small real run on MNIST', () => {
  it('frozen fine-tuned members keep the pre-trained hidden layers bit for bit; their output layer and every scratch layer move', async () => {
    const pc = pretrainConfig({ pre: 600, preEpochs: 1, test: 200, seed: 5 });
    const preData = await buildData(pc.data, () => Promise.resolve(loadMnistBytesNode()));
    expect(new Set(preData.train.y)).toEqual(new Set([0, 1, 2, 3, 4]));
    const pre = createTrainer(pc.spec, preData, pc.members[0].hyper, pc.members[0].seed, pc.options);
    pre.step(Number.MAX_SAFE_INTEGER);
    const P = pre.getParams();
    const small = { ...q, seeds: 1, k: 3 };
    const c = fineTuneConfig(small, P);
    const data = await buildData(c.data, () => Promise.resolve(loadMnistBytesNode()));
    expect(new Set(data.test!.y)).toEqual(new Set(NEW));
    const keys = memberKeys(small).map((key, i) => ({ key, i })).filter(({ key }) => key.k === 3);
    const pop = createCpuPopulation(c.spec, data, keys.map(({ i }) => c.members[i]), c.options);
    while ([0, 1].some((m) => pop.progress(m).stopped === null)) pop.step(50);
    const [hidden0, hidden1, out] = layerRanges(pop.layouts[0]);
    const fine = pop.getParams(0);
    const scratch = pop.getParams(1);
    const same = (a: Float32Array, [s, e]: [number, number]) => a.subarray(s, e).every((v, i) => v === P[s + i]);
    expect(same(fine, hidden0) && same(fine, hidden1)).toBe(true);
    expect(same(fine, out)).toBe(false);
    expect(same(scratch, hidden0)).toBe(false);
    expect(pop.progress(0).epoch).toBe(small.epochs);
  }, 120_000);
});
