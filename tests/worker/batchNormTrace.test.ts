// The batchNormTrace request over a fake worker: a population member's last mini-batch, traced by the engine on the worker's data.
import { afterEach, describe, expect, it } from 'vitest';
import { TrainerClient } from '../../src/worker/page/client';
import type { DataDescriptor } from '../../src/worker/shared/protocol';
import { dataSampler, TOY_SETS } from '../../src/engine/data';
import type { ModelSpec } from '../../src/engine/nn';
import { createTrainer, subset } from '../../src/engine/train';
import { batchNormTrace } from '../../src/engine/experiments/batchNormTrace';
import { fakeWorker } from './fakeWorker';

const spec: ModelSpec = {
  inputSize: 2,
  hidden: [
    { units: 6, activation: 'relu' },
    { units: 5, activation: 'relu' },
  ],
  outputSize: 2,
  init: { scheme: 'he' },
  loss: 'softmax-ce',
};
const blobs: DataDescriptor = { kind: 'toy', name: 'spirals', n: 120, noise: 0.05, seed: 5 };

let clients: TrainerClient[] = [];
afterEach(() => {
  clients.forEach((c) => c.dispose());
  clients = [];
});

describe('batchNormTrace request', () => {
  it("answers for the named member with the engine's trace of its last mini-batch, and refuses a member without batch norm", async () => {
    const client = new TrainerClient({ worker: fakeWorker(), stepCapacity: 1024 });
    clients.push(client);
    const members = [
      { seed: 3, hyper: { lr: 0.1, batchSize: 16 }, batchNorm: 'none' as const },
      { seed: 3, hyper: { lr: 0.1, batchSize: 16 }, batchNorm: 'before' as const },
    ];
    await client.create({ spec, data: blobs, members });
    await expect(client.member(1).batchNormTrace(0)).rejects.toMatchObject({ code: 'invalid' }); // no update yet
    await client.step(7);
    const got = await client.member(1).batchNormTrace(1, 2);
    // The same member as a single run here: its last batch and state, traced by the engine.
    const train = TOY_SETS.spirals(dataSampler(5, 0), { n: 120, noise: 0.05 });
    const single = createTrainer({ ...spec, batchNorm: 'before' }, { train }, members[1].hyper, 3);
    single.step(7);
    const rows = single.lastBatch();
    const batch = subset(train, rows);
    const state = single.getState();
    const want = batchNormTrace({ ...spec, batchNorm: 'before' }, state.params, state.running, batch.x as Float32Array, batch.n, 1, 2);
    expect(got.rows).toEqual(Array.from(rows));
    expect(got.labels).toEqual(Array.from(batch.y));
    expect(got.step).toBe(7);
    expect(got.n).toBe(16);
    expect(got.units).toBe(5);
    expect(Array.from(got.x)).toEqual(Array.from(want.x));
    expect(Array.from(got.y)).toEqual(Array.from(want.y));
    expect(Array.from(got.runVar)).toEqual(Array.from(want.runVar));
    expect(Array.from(got.singleEval)).toEqual(Array.from(want.singleEval));
    await expect(client.member(0).batchNormTrace(0)).rejects.toMatchObject({ code: 'invalid' });
    await expect(client.batchNormTrace(0, 0, 2)).rejects.toMatchObject({ code: 'invalid' });
  });
});
