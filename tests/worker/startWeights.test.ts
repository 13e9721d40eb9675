// The worker side of transfer: a pre-training run's final weights (getParams), then a population created with them as
// members' start weights (MemberConfig.start crosses the protocol as a Float32Array), each member as its single CPU run.
import { describe, expect, it } from 'vitest';
import { TrainerClient } from '../../src/worker/page/client';
import type { DataDescriptor } from '../../src/worker/shared/protocol';
import { buildData } from '../../src/worker/shared/data/buildData';
import type { ModelSpec } from '../../src/engine/nn';
import { createTrainer, layerRanges } from '../../src/engine/train';
import { fakeWorker } from './fakeWorker';

const spec: ModelSpec = { inputSize: 2, hidden: [{ units: 12, activation: 'relu' }, { units: 8, activation: 'relu' }], outputSize: 3, init: { scheme: 'he' }, loss: 'softmax-ce' };
const blobs: DataDescriptor = { kind: 'toy', name: 'blobs', n: 60, nTest: 30, seed: 3, classes: 3 };
const noMnist = () => Promise.reject(new Error('no MNIST here'));

describe('a population started from a pre-training run’s weights, through the worker protocol', () => {
  it('gives fine-tuned members the given hidden layers, keeps them frozen, and equals the single CPU runs', async () => {
    const pre = new TrainerClient({ worker: fakeWorker() });
    await pre.create({ spec, data: blobs, members: [{ seed: 7, hyper: { optimizer: 'adam', lr: 0.02, batchSize: 10 } }] });
    await pre.step(30);
    const P = await pre.getParams(0);
    pre.dispose();

    const hyper = { optimizer: 'adam' as const, lr: 0.01, batchSize: 10, lrFactors: [0, 0, 1] };
    const ft = new TrainerClient({ worker: fakeWorker() });
    await ft.create({ spec, data: blobs, members: [{ seed: 2, hyper, start: { params: P } }, { seed: 2, hyper: { optimizer: 'adam', lr: 0.01, batchSize: 10 } }] });
    await ft.step(12);
    const [fine, scratch] = [await ft.getParams(0), await ft.getParams(1)];
    ft.dispose();

    const data = await buildData(blobs, noMnist);
    const single = createTrainer(spec, data, hyper, 2, { start: { params: P } });
    single.step(12);
    expect(Array.from(fine)).toEqual(Array.from(single.getParams()));
    const [h0, h1] = layerRanges(single.layout);
    expect(Array.from(fine.subarray(h0[0], h1[1]))).toEqual(Array.from(P.subarray(h0[0], h1[1])));
    expect(Array.from(scratch.subarray(h0[0], h0[1]))).not.toEqual(Array.from(P.subarray(h0[0], h0[1])));
  });
});
