// The confusion request over a fake worker: per member, a count of (true, predicted) pairs on the test split of the engine's own
// forward pass on that member's trained state; the counts of each true class sum to its test rows; no test split: 'invalid'.
// And buildData's rare classes: an imbalanced training split, the test split untouched.
import { afterEach, describe, expect, it } from 'vitest';
import { TrainerClient } from '../../src/worker/page/client';
import { buildData } from '../../src/worker/shared/data/buildData';
import type { DataDescriptor } from '../../src/worker/shared/protocol';
import type { ModelSpec } from '../../src/engine/nn';
import { createTrainer, type MemberConfig } from '../../src/engine/train';
import { unitOutputs } from '../../src/engine/experiments/unitOutputs';
import { fakeWorker } from './fakeWorker';

const spec: ModelSpec = {
  inputSize: 2,
  hidden: [{ units: 8, activation: 'tanh' }],
  outputSize: 3,
  init: { scheme: 'xavier' },
  loss: 'softmax-ce',
};
const blobs: DataDescriptor = { kind: 'toy', name: 'blobs', classes: 3, n: 90, nTest: 60, noise: 0.3, seed: 2 };
const members: MemberConfig[] = [
  { seed: 3, hyper: { lr: 0.1, batchSize: 10 } },
  { seed: 4, hyper: { lr: 0.1, batchSize: 10, rebalance: 'class-weights' } },
];
const noMnist = () => Promise.reject(new Error('no MNIST in this test'));

let clients: TrainerClient[] = [];
afterEach(() => {
  clients.forEach((c) => c.dispose());
  clients = [];
});

describe('confusion request', () => {
  it("counts each member's test predictions by hand from the engine's outputs on its state", async () => {
    const client = new TrainerClient({ worker: fakeWorker(), stepCapacity: 1024 });
    clients.push(client);
    await client.create({ spec, data: blobs, members });
    await client.step(5);
    const data = await buildData(blobs, noMnist);
    const test = data.test!;
    for (const k of [0, 1]) {
      const got = await client.member(k).confusion();
      const single = createTrainer(spec, { train: data.train }, members[k].hyper, members[k].seed);
      single.step(5);
      const state = single.getState();
      const { output } = unitOutputs(spec, state.params, state.running, test.x, test.n, state.hyper);
      const want = new Array<number>(9).fill(0);
      for (let i = 0; i < test.n; i++) {
        const p = [0, 1, 2].reduce((b, j) => (output[3 * i + j] > output[3 * i + b] ? j : b), 0);
        want[3 * test.y[i] + p]++;
      }
      expect(got.classes).toBe(3);
      expect(got.step).toBe(5);
      expect(Array.from(got.counts)).toEqual(want);
      for (let t = 0; t < 3; t++) {
        const rowSum = got.counts[3 * t] + got.counts[3 * t + 1] + got.counts[3 * t + 2];
        expect(rowSum).toBe(Array.from(test.y).filter((y) => y === t).length);
      }
    }
  });
  it("answers 'invalid' without a test split", async () => {
    const client = new TrainerClient({ worker: fakeWorker() });
    clients.push(client);
    await client.create({ spec, data: { ...blobs, nTest: 0 }, members });
    await expect(client.confusion()).rejects.toMatchObject({ code: 'invalid' });
  });
});

describe('buildData(descriptor with rare classes)', () => {
  it('keeps every row of the other classes and rare rows to make up the share; the test split stays as it was', async () => {
    const plain = await buildData(blobs, noMnist);
    const got = await buildData({ ...blobs, rare: { classes: [2], share: 0.1 } }, noMnist);
    const count = (y: ArrayLike<number>, c: number) => Array.from(y).filter((v) => v === c).length;
    const common = count(plain.train.y, 0) + count(plain.train.y, 1);
    expect(count(got.train.y, 0) + count(got.train.y, 1)).toBe(common);
    expect(count(got.train.y, 2)).toBe(Math.round((0.1 * common) / 0.9));
    expect(Array.from(got.test!.y)).toEqual(Array.from(plain.test!.y));
  });
});
