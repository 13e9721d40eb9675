// The CPU population: every member equals its single run bit for bit; divergence, stopping and per-member methods stay per member.
import { describe, expect, it } from 'vitest';
import {
  createCpuPopulation,
  createTrainer,
  memberSpec,
  type CpuTrainer,
  type MemberConfig,
  type StepReport,
  type TrainData,
  type TrainOptions,
} from '../../../src/engine/train';
import type { ModelSpec } from '../../../src/engine/nn';
import { blobs, hidden, noiseLabels, smallSpec } from './fixtures';
import { mnistNet, mnistSmall } from './mnistFixtures';

const spec = smallSpec();
const blobData = (): TrainData => ({ train: blobs(60), validation: blobs(30, 3, 0.3, 2), test: blobs(30, 3, 0.3, 3) });

/** Four members that differ in seed, optimizer, lr, batch size, penalties, dropout, init scheme, clipping and batch norm. */
const MEMBERS: MemberConfig[] = [
  { seed: 1, hyper: { optimizer: 'sgd', lr: 0.1, batchSize: 10 } },
  { seed: 2, hyper: { optimizer: 'adam', lr: 0.01, batchSize: 16, dropout: 0.2 }, init: { scheme: 'xavier' } },
  { seed: 3, hyper: { optimizer: 'momentum', lr: 0.05, batchSize: 7, weightDecay: 1e-3, l1: 1e-4 }, init: { scheme: 'gaussian', std: 0.1 } },
  { seed: 4, hyper: { optimizer: 'rmsprop', lr: 0.005, batchSize: 12, dropout: [0.1, 0.3], clipNorm: 1 }, batchNorm: 'before' },
];

/** Member m's single run: the oracle each member is compared with. */
const single = (s: ModelSpec, data: TrainData, m: MemberConfig, options: TrainOptions = {}): CpuTrainer =>
  createTrainer(memberSpec(s, m), data, m.hyper, m.seed, options);

/** Concatenates the metrics of several reports of one run. */
const joined = (reports: StepReport[]) => ({ steps: reports.flatMap((r) => r.steps), epochs: reports.flatMap((r) => r.epochs) });

describe('createCpuPopulation: every member is its single run', () => {
  it('step(25) gives each of 4 different members the params, step and epoch metrics, state and evaluation of createTrainer, bit for bit', () => {
    const data = blobData();
    const pop = createCpuPopulation(spec, data, MEMBERS);
    const runs = MEMBERS.map((m) => single(spec, data, m));
    expect(pop.size).toBe(4);
    expect(pop.specs[1].init).toEqual({ scheme: 'xavier' });
    expect(pop.specs[3].batchNorm).toBe('before');
    expect(pop.layouts[3].size).toBeGreaterThan(pop.layouts[0].size);
    const report = pop.step(25);
    expect(report.members.length).toBe(4);
    // The members really differ: their first losses are four different numbers.
    expect(new Set(report.members.map((r) => r.steps[0].loss)).size).toBe(4);
    runs.forEach((run, i) => {
      expect(pop.specs[i]).toEqual(run.spec);
      expect(pop.layouts[i]).toEqual(run.layout);
      expect(report.members[i]).toEqual(run.step(25));
      expect(report.members[i].epochs.length).toBeGreaterThan(0);
      expect(pop.getParams(i)).toEqual(run.getParams());
      expect(pop.getState(i)).toEqual(run.getState());
      expect(pop.getHyper(i)).toEqual(run.getHyper());
      expect(pop.progress(i)).toEqual(run.progress());
      expect(pop.lastBatch(i)).toEqual(run.lastBatch());
      expect(pop.dropoutMasks(i)).toEqual(run.dropoutMasks());
      expect(pop.histograms(i, { bins: 8 })).toEqual(run.histograms({ bins: 8 }));
      expect(pop.flush().members[i]).toEqual(run.flush());
    });
    expect(pop.evaluate()).toEqual(runs.map((run) => run.evaluate()));
    expect(pop.evaluate(['test'])).toEqual(runs.map((run) => run.evaluate(['test'])));
  });

  it('on MNIST digits (784-100-100-10), 4 members with their own init, optimizer, lr, batch size, dropout and batch norm equal their single runs', () => {
    const data = mnistSmall(300, 100);
    const net = mnistNet(2, { scheme: 'he' });
    const members: MemberConfig[] = [
      { seed: 1, hyper: { optimizer: 'sgd', lr: 0.1, batchSize: 100 } },
      { seed: 2, hyper: { optimizer: 'adam', lr: 0.001, batchSize: 50, dropout: 0.5 }, init: { scheme: 'gaussian', std: 0.01 } },
      { seed: 3, hyper: { optimizer: 'adagrad', lr: 0.05, batchSize: 64, weightDecay: 0.01 }, init: { scheme: 'xavier' } },
      { seed: 4, hyper: { optimizer: 'momentum', lr: 0.05, batchSize: 32 }, batchNorm: 'after' },
    ];
    const pop = createCpuPopulation(net, data, members, { evalTrainSamples: 100 });
    const report = pop.step(12);
    members.forEach((m, i) => {
      const run = single(net, data, m, { evalTrainSamples: 100 });
      expect(report.members[i]).toEqual(run.step(12));
      expect(pop.getState(i)).toEqual(run.getState());
    });
    expect(report.members.map((r) => r.epochs.length)).toEqual([4, 2, 2, 1]);
  });

  it('step(3) four times equals step(1) twelve times, metrics and params', () => {
    const data = blobData();
    const a = createCpuPopulation(spec, data, MEMBERS);
    const b = createCpuPopulation(spec, data, MEMBERS);
    const byThree = Array.from({ length: 4 }, () => a.step(3));
    const byOne = Array.from({ length: 12 }, () => b.step(1));
    MEMBERS.forEach((_, i) => {
      expect(byThree.every((r) => r.members[i].taken === 3)).toBe(true);
      expect(joined(byThree.map((r) => r.members[i]))).toEqual(joined(byOne.map((r) => r.members[i])));
      expect(a.getParams(i)).toEqual(b.getParams(i));
      expect(a.progress(i)).toEqual(b.progress(i));
    });
  });

  it('reads the data set by reference: a change made after creation is seen by every member', () => {
    const data = blobData();
    const pop = createCpuPopulation(spec, data, MEMBERS.slice(0, 2));
    for (let i = 0; i < data.train.x.length; i++) data.train.x[i] *= -1;
    const runs = MEMBERS.slice(0, 2).map((m) => single(spec, data, m));
    const report = pop.step(8);
    runs.forEach((run, i) => expect(report.members[i]).toEqual(run.step(8)));
  });
});

describe('population: divergence and stopping per member', () => {
  it('a member with lr = 1e6 diverges alone, at the step of its single run; the others carry on as theirs', () => {
    const data = blobData();
    const members = MEMBERS.map((m, i) => (i === 2 ? { ...m, hyper: { ...m.hyper, lr: 1e6 } } : m));
    const runs = members.map((m) => single(spec, data, m));
    const alone = runs[2].step(200);
    expect(alone.diverged).toBe(true);
    const pop = createCpuPopulation(spec, data, members);
    const report = pop.step(200);
    expect(report.members[2]).toEqual(alone);
    expect(report.members[2]).toMatchObject({ diverged: true, stopped: 'diverged', step: alone.step });
    expect(report.members[2].taken).toBeLessThan(200);
    expect(pop.progress(2).divergedAt).toBe(alone.step);
    [0, 1, 3].forEach((i) => {
      expect(report.members[i]).toMatchObject({ taken: 200, diverged: false, stopped: null });
      expect(report.members[i]).toEqual(runs[i].step(200));
      expect(pop.getParams(i)).toEqual(runs[i].getParams());
    });
    const after = pop.step(5);
    expect(after.members.map((r) => r.taken)).toEqual([5, 5, 0, 5]);
    expect(after.members[2]).toMatchObject({ diverged: true, step: alone.step, steps: [] });
  });

  it('early stopping stops the member whose own validation loss stopped improving, as its single run; the other trains on', () => {
    // Random labels: Adam at lr 0.01 memorises the training set and its validation loss soon rises; SGD at lr 0.001 is far slower.
    const data = { train: noiseLabels(40, 5, 4, 1), validation: noiseLabels(40, 5, 4, 2) };
    const s = smallSpec(5, 4, { hidden: hidden([64, 64]) });
    const options: TrainOptions = { epochs: 300, earlyStopping: { patience: 4 } };
    const members: MemberConfig[] = [
      { seed: 1, hyper: { batchSize: 10, optimizer: 'adam', lr: 0.01 } },
      { seed: 2, hyper: { batchSize: 10, optimizer: 'sgd', lr: 0.001 } },
    ];
    const pop = createCpuPopulation(s, data, members, options);
    for (let k = 0; k < 300 && !pop.progress(0).stopped; k++) pop.step(10);
    const fast = single(s, data, members[0], options);
    const slow = single(s, data, members[1], options);
    fast.step(3000);
    slow.step(pop.progress(1).step);
    expect(pop.progress(0).stopped).toBe('early-stopping');
    expect(pop.progress(0)).toEqual(fast.progress());
    expect(pop.progress(0).epoch).toBe(pop.progress(0).bestEpoch + 4 + 1);
    expect(pop.getParams(0)).toEqual(fast.getParams());
    expect(pop.progress(1).stopped).toBeNull();
    expect(pop.progress(1)).toEqual(slow.progress());
    expect(pop.getParams(1)).toEqual(slow.getParams());
    expect(pop.step(10).members.map((r) => r.taken)).toEqual([0, 10]);
  });

  it('the epoch budget stops each member after its own ceil(n / batchSize) · epochs updates', () => {
    const members: MemberConfig[] = [
      { seed: 1, hyper: { batchSize: 10 } },
      { seed: 2, hyper: { batchSize: 30 } },
      { seed: 3, hyper: { batchSize: 25 } },
    ];
    const pop = createCpuPopulation(spec, { train: blobs(60) }, members, { epochs: 2, evalEachEpoch: false });
    const report = pop.step(100);
    expect(report.members.map((r) => r.taken)).toEqual([12, 4, 6]);
    expect(report.members.every((r) => r.stopped === 'epochs' && r.epoch === 2)).toBe(true);
  });
});

describe('population: per-member methods touch only their member', () => {
  it('setHyper(1, …) changes member 1 from the next update on, as in its single run; the others stay their own runs', () => {
    const data = blobData();
    const pop = createCpuPopulation(spec, data, MEMBERS);
    const runs = MEMBERS.map((m) => single(spec, data, m));
    pop.step(5);
    runs.forEach((run) => run.step(5));
    pop.setHyper(1, { optimizer: 'sgd', lr: 0.3, dropout: 0 });
    runs[1].setHyper({ optimizer: 'sgd', lr: 0.3, dropout: 0 });
    expect(pop.getHyper(1)).toMatchObject({ optimizer: 'sgd', lr: 0.3, dropout: [0, 0] });
    expect(pop.getHyper(0)).toEqual(createTrainer(spec, data, MEMBERS[0].hyper).getHyper());
    const report = pop.step(6);
    runs.forEach((run, i) => {
      expect(report.members[i]).toEqual(run.step(6));
      expect(pop.getState(i)).toEqual(run.getState());
    });
  });

  it('reset(2) and reset(2, seed) send member 2 back to step 0 with fresh weights; the others keep their place', () => {
    const data = blobData();
    const pop = createCpuPopulation(spec, data, MEMBERS);
    pop.step(7);
    const others = () => [0, 1, 3].map((i) => pop.getState(i));
    const before = others();
    pop.reset(2);
    expect(pop.progress(2)).toMatchObject({ step: 0, epoch: 0, cursor: 0, stopped: null });
    expect(pop.getParams(2)).toEqual(single(spec, data, MEMBERS[2]).getParams());
    expect(others()).toEqual(before);
    pop.reset(2, 99);
    const reseeded = single(spec, data, { ...MEMBERS[2], seed: 99 });
    expect(pop.getParams(2)).toEqual(reseeded.getParams());
    expect(pop.getParams(2)).not.toEqual(single(spec, data, MEMBERS[2]).getParams());
    expect(others()).toEqual(before);
    expect(pop.step(4).members[2]).toEqual(reseeded.step(4));
  });

  it('reset() sends every member back to its own start; reset(undefined, seed) gives every member that seed', () => {
    const data = blobData();
    const pop = createCpuPopulation(spec, data, MEMBERS);
    pop.step(9);
    pop.reset();
    MEMBERS.forEach((m, i) => {
      expect(pop.progress(i).step).toBe(0);
      expect(pop.getParams(i)).toEqual(single(spec, data, m).getParams());
    });
    pop.reset(undefined, 7);
    MEMBERS.forEach((m, i) => expect(pop.getState(i)).toEqual(single(spec, data, { ...m, seed: 7 }).getState()));
  });

  it('getState(1)/setState(1, …) round-trips: member 1 replays the same updates; the others are untouched', () => {
    const data = blobData();
    const pop = createCpuPopulation(spec, data, MEMBERS);
    pop.step(7);
    const state = pop.getState(1);
    const first = pop.step(5);
    const params1 = pop.getParams(1);
    const others = [0, 2, 3].map((i) => pop.getState(i));
    pop.setState(1, state);
    expect(pop.getState(1)).toEqual(state);
    expect([0, 2, 3].map((i) => pop.getState(i))).toEqual(others);
    expect(pop.step(5).members[1]).toEqual(first.members[1]);
    expect(pop.getParams(1)).toEqual(params1);
  });

  it('setState(j, getState(i)) makes member j continue exactly as member i (same layout)', () => {
    const data = blobData();
    const pop = createCpuPopulation(spec, data, MEMBERS);
    pop.step(6);
    pop.setState(2, pop.getState(0));
    const report = pop.step(8);
    expect(report.members[2]).toEqual(report.members[0]);
    expect(pop.getParams(2)).toEqual(pop.getParams(0));
  });
});

describe('population: bad input', () => {
  it('createCpuPopulation rejects an empty member list', () => {
    expect(() => createCpuPopulation(spec, blobData(), [])).toThrow(RangeError);
    expect(() => createCpuPopulation(spec, blobData(), [])).toThrow(/at least one member/);
  });

  it('createCpuPopulation names the member with an impossible seed, hyperparameter, init or dropout', () => {
    const bad = (m: Partial<MemberConfig>) => [MEMBERS[0], { ...MEMBERS[1], ...m }];
    expect(() => createCpuPopulation(spec, blobData(), bad({ seed: -1 }))).toThrow(/member 1: seed/);
    expect(() => createCpuPopulation(spec, blobData(), bad({ seed: 1.5 }))).toThrow(RangeError);
    expect(() => createCpuPopulation(spec, blobData(), bad({ hyper: { batchSize: 0 } }))).toThrow(/member 1: batchSize/);
    expect(() => createCpuPopulation(spec, blobData(), bad({ hyper: { dropout: 1 } }))).toThrow(/member 1: dropout/);
    expect(() => createCpuPopulation(spec, blobData(), bad({ init: { scheme: 'gaussian', std: -1 } }))).toThrow(/member 1: init std/);
  });

  it('createCpuPopulation rejects data that does not fit the spec', () => {
    expect(() => createCpuPopulation(smallSpec(3), blobData(), MEMBERS)).toThrow(RangeError);
  });

  it('every per-member method throws RangeError on a member index outside 0…size−1 or not an integer', () => {
    const pop = createCpuPopulation(spec, blobData(), MEMBERS);
    const state = pop.getState(0);
    const calls: ((i: number) => unknown)[] = [
      (i) => pop.setHyper(i, { lr: 1 }),
      (i) => pop.getHyper(i),
      (i) => pop.reset(i),
      (i) => pop.progress(i),
      (i) => pop.getParams(i),
      (i) => pop.getState(i),
      (i) => pop.setState(i, state),
      (i) => pop.lastBatch(i),
      (i) => pop.dropoutMasks(i),
      (i) => pop.histograms(i),
    ];
    for (const call of calls) {
      for (const i of [-1, 4, 1.5, NaN]) expect(() => call(i)).toThrow(/member index .* out of range: this population has members 0…3/);
    }
    expect(pop.progress(0).step).toBe(0);
  });

  it('step(NaN), a bad setHyper, reset with a bad seed and setState with another layout throw and change nothing', () => {
    const pop = createCpuPopulation(spec, blobData(), MEMBERS);
    pop.step(3);
    const states = MEMBERS.map((_, i) => pop.getState(i));
    expect(() => pop.step(NaN)).toThrow(RangeError);
    expect(() => pop.setHyper(1, { batchSize: -2 })).toThrow(/member 1: batchSize/);
    expect(() => pop.reset(1, -5)).toThrow(/seed/);
    expect(() => pop.setState(0, pop.getState(3))).toThrow(/member 0: the state has/);
    expect(MEMBERS.map((_, i) => pop.getState(i))).toEqual(states);
  });
});
