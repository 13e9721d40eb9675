// TrainerClient ↔ TrainerSession over a fake worker: requests, streamed metrics in the rings, slicing, stops and errors.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MnistLoadError } from '../../src/worker/shared/data/loadMnist';
import { TrainerClient, TrainerError } from '../../src/worker/page/client';
import { EPOCH_COLUMNS, stepColumns, type DataDescriptor, type MetricsMessage, type RunState, type WorkerLike } from '../../src/worker/shared/protocol';
import { dataSampler, TOY_SETS } from '../../src/engine/data';
import type { ModelSpec } from '../../src/engine/nn';
import { createTrainer } from '../../src/engine/train';
import { activationHistograms } from '../../src/engine/experiments/activationHistograms';
import { fakeWorker, type FakeWorker } from './fakeWorker';

const spec: ModelSpec = {
  inputSize: 2,
  hidden: [
    { units: 8, activation: 'tanh' },
    { units: 8, activation: 'relu' },
  ],
  outputSize: 2,
  init: { scheme: 'xavier' },
  loss: 'softmax-ce',
};
const spirals: DataDescriptor = { kind: 'toy', name: 'spirals', n: 200, nTest: 100, noise: 0.05, seed: 3 };
const hyper = { lr: 0.1, batchSize: 20 };

let clients: TrainerClient[] = [];
afterEach(() => {
  clients.forEach((c) => c.dispose());
  clients = [];
});

function connect(worker: FakeWorker = fakeWorker()): { client: TrainerClient; worker: FakeWorker } {
  const client = new TrainerClient({ worker, stepCapacity: 4096 });
  clients.push(client);
  return { client, worker };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const nextStatus = (client: TrainerClient, mode: RunState['mode']) =>
  new Promise<RunState>((resolve) => {
    const off = client.on('status', (s) => {
      if (s.mode === mode) {
        off();
        resolve(s);
      }
    });
  });

describe('TrainerClient with TrainerSession', () => {
  it('create(toy set) builds the data in the worker and reports layers, params, sizes and columns', async () => {
    const { client } = connect();
    const info = await client.create({ spec, data: { ...spirals, validation: 0.25 }, hyper, seed: 1 });
    expect(info.backend).toBe('cpu');
    expect(info.layers).toBe(3);
    expect(info.params).toBe(2 * 8 + 8 + 8 * 8 + 8 + 8 * 2 + 2);
    expect(info.sizes).toEqual({ train: 150, validation: 50, test: 100, d: 2 });
    expect(info.stepColumns).toContain('gradNorm2');
    expect(info.stepColumns).toContain('weightNorm0');
    expect(client.steps.columns).toEqual(info.stepColumns);
    expect(info.hyper.lr).toBe(0.1);
  });

  it('step(n) takes n updates whose metrics equal a direct CPU trainer run and are in the rings before it resolves', async () => {
    const { client } = connect();
    await client.create({ spec, data: spirals, hyper, seed: 7, options: { evalEachEpoch: true } });
    const result = await client.step(25);
    expect(result.taken).toBe(25);
    expect(result.status.progress?.step).toBe(25);
    expect(client.steps.length).toBe(25);

    const train = TOY_SETS.spirals(dataSampler(3, 0), { n: 200, noise: 0.05 });
    const test = TOY_SETS.spirals(dataSampler(3, 1), { n: 100, noise: 0.05 });
    const direct = createTrainer(spec, { train, test }, hyper, 7, { evalEachEpoch: true }).step(25);
    expect(Array.from(client.steps.copyColumn('loss'))).toEqual(direct.steps.map((s) => s.loss));
    expect(Array.from(client.steps.copyColumn('step'))).toEqual(direct.steps.map((s) => s.step));
    expect(client.steps.last('gradNorm1')).toBe(direct.steps[24].gradNorms[1]);
    expect(client.steps.last('weightNorm2')).toBe(direct.steps[24].weightNorms[2]);
    // 200 rows at batch 20: epochs end after steps 10 and 20.
    expect(Array.from(client.epochs.copyColumn('step'))).toEqual([10, 20]);
    expect(client.epochs.get('testAccuracy', 1)).toBe(direct.epochs[1].test?.accuracy);
    expect(client.epochs.get('validationLoss', 0)).toBeNaN();
    expect(client.steps.last('trainMs')).toBeGreaterThan(0);
  });

  it('start() trains in slices: pause is answered mid-run and metrics arrive at most about once per interval', async () => {
    const { client, worker } = connect();
    await client.create({ spec, data: spirals, hyper, seed: 1, stream: { sliceMs: 5, intervalMs: 20 } });
    const metrics: MetricsMessage[] = [];
    client.on('metrics', (m) => metrics.push(m));
    const status = await client.start();
    expect(status.mode).toBe('running');
    const t0 = performance.now();
    await sleep(300);
    const paused = await client.pause();
    const elapsed = performance.now() - t0;
    expect(paused.mode).toBe('paused');
    const steps = paused.progress!.step;
    expect(steps).toBeGreaterThan(50);
    expect(client.steps.total).toBe(steps);
    expect(client.steps.length).toBe(Math.min(steps, client.steps.capacity));
    expect(client.steps.last('step')).toBe(steps);
    // One message per ≥ 20 ms while running, plus the final flush at pause.
    expect(metrics.length).toBeLessThanOrEqual(Math.ceil(elapsed / 20) + 2);
    expect(metrics.length).toBeGreaterThan(3);
    const stepsPosted = worker.posted.filter((m) => m.type === 'metrics').reduce((n, m) => n + (m as MetricsMessage).stepCount, 0);
    expect(stepsPosted).toBe(steps);
    await sleep(30);
    expect((await client.step(0)).status.progress?.step).toBe(steps);
  });

  it('start({untilStep}) stops at that step with a paused status', async () => {
    const { client } = connect();
    await client.create({ spec, data: spirals, hyper, seed: 1 });
    const paused = nextStatus(client, 'paused');
    await client.start({ untilStep: 30 });
    expect((await paused).progress?.step).toBe(30);
    expect(client.steps.length).toBe(30);
  });

  it('start({stepsPerSecond}) throttles the run', async () => {
    const { client } = connect();
    await client.create({ spec, data: spirals, hyper, seed: 1 });
    await client.start({ stepsPerSecond: 50 });
    await sleep(400);
    const { progress } = await client.pause();
    expect(progress!.step).toBeGreaterThanOrEqual(10);
    expect(progress!.step).toBeLessThanOrEqual(24);
  });

  it('step(n) while a throttled run waits pauses it and answers at once', async () => {
    const { client } = connect();
    await client.create({ spec, data: spirals, hyper, seed: 1 });
    await client.start({ stepsPerSecond: 1 });
    await sleep(50);
    const t0 = performance.now();
    const result = await client.step(2);
    expect(performance.now() - t0).toBeLessThan(500);
    expect(result.taken).toBe(2);
    expect(result.status.mode).toBe('paused');
  });

  it('create() while running replaces the trainer; metrics of the old run never reach the new rings', async () => {
    const { client } = connect();
    await client.create({ spec, data: spirals, hyper, seed: 1 });
    await client.start();
    await sleep(30);
    const wider: ModelSpec = { ...spec, hidden: [...spec.hidden, { units: 4, activation: 'relu' }] };
    const info = await client.create({ spec: wider, data: spirals, hyper, seed: 1 });
    expect(info.layers).toBe(4);
    expect(client.steps.columns).toEqual(info.stepColumns);
    expect(client.steps.length).toBe(0);
    expect(client.epochs.length).toBe(0);
    await sleep(30);
    expect(client.steps.length).toBe(0);
    await client.step(3);
    expect(Array.from(client.steps.copyColumn('step'))).toEqual([1, 2, 3]);
  });

  it('setHyper(update) while running applies from the next update and returns the effective hyperparameters', async () => {
    const { client } = connect();
    await client.create({ spec, data: spirals, hyper, seed: 1 });
    await client.start();
    await sleep(30);
    const hp = await client.setHyper({ lr: 0.02, optimizer: 'momentum' });
    expect(hp.lr).toBe(0.02);
    expect(hp.optimizer).toBe('momentum');
    expect(hp.gamma).toBe(0.9);
    expect(client.status.mode).toBe('running');
    await client.pause();
    await expect(client.setHyper({ batchSize: 0 })).rejects.toMatchObject({ code: 'invalid' });
  });

  it('reset() pauses, clears the rings, and the same seed reproduces the same losses; a new seed changes them', async () => {
    const { client } = connect();
    await client.create({ spec, data: spirals, hyper, seed: 5 });
    await client.step(12);
    const first = Array.from(client.steps.copyColumn('loss'));
    await client.start();
    await sleep(20);
    const status = await client.reset();
    expect(status.mode).toBe('paused');
    expect(status.progress?.step).toBe(0);
    expect(client.steps.length).toBe(0);
    expect(client.epochs.length).toBe(0);
    await client.step(12);
    expect(Array.from(client.steps.copyColumn('loss'))).toEqual(first);
    await client.reset(6);
    await client.step(12);
    expect(Array.from(client.steps.copyColumn('loss'))).not.toEqual(first);
  });
  it('reset() of a paused run puts the client’s own progress back to step 0 (no status message follows: the mode stays paused)', async () => {
    const { client } = connect();
    await client.create({ spec, data: spirals, hyper, seed: 5 });
    await client.step(12);
    expect(client.status.progress?.step).toBe(12);
    await client.reset();
    expect(client.status.mode).toBe('paused');
    expect(client.status.progress?.step).toBe(0);
    expect(client.memberProgress[0]?.step).toBe(0);
  });

  it('a diverging run stops with status "stopped", reason "diverged" and the step; start() then stays stopped', async () => {
    const { client } = connect();
    await client.create({ spec, data: spirals, hyper: { lr: 1e30, batchSize: 20 }, seed: 1 });
    const stopped = nextStatus(client, 'stopped');
    await client.start();
    const status = await stopped;
    expect(status.progress?.stopped).toBe('diverged');
    expect(status.progress?.divergedAt).toBeGreaterThan(0);
    expect(client.steps.last('step')).toBe(status.progress?.divergedAt);
    expect((await client.start()).mode).toBe('stopped');
    expect((await client.step(3)).taken).toBe(0);
    expect((await client.reset()).mode).toBe('paused');
  });

  it('create({members}) trains a population: per-member rings equal each member\'s single run; member requests name their member', async () => {
    const { client } = connect();
    const members = [
      { seed: 1, hyper: { lr: 0.1, batchSize: 20 } },
      { seed: 2, hyper: { lr: 0.3, batchSize: 10 }, init: { scheme: 'he' as const } },
    ];
    const info = await client.create({ spec, data: spirals, members });
    expect(info.members).toBe(2);
    expect((await client.step(5)).taken).toBe(5);
    const data = { train: TOY_SETS.spirals(dataSampler(3, 0), { n: 200, noise: 0.05 }), test: TOY_SETS.spirals(dataSampler(3, 1), { n: 100, noise: 0.05 }) };
    members.forEach((m, i) => {
      const single = createTrainer({ ...spec, init: m.init ?? spec.init }, data, m.hyper, m.seed);
      const losses = single.step(5).steps.map((r) => r.loss);
      expect(Array.from(client.member(i).steps.copyColumn('loss')), `member ${i}`).toEqual(losses);
      expect(client.member(i).status.progress?.step).toBe(5);
    });
    expect((await client.setHyper({ lr: 0.05 }, 1)).lr).toBe(0.05);
    expect(await client.setHyper({ batchSize: 25 }, 0)).toMatchObject({ lr: 0.1, batchSize: 25 });
    expect((await client.member(1).getParams()).length).toBe(info.params);
    await expect(client.getParams(2)).rejects.toMatchObject({ code: 'invalid' });
  });

  it('in a population a diverging member stops alone: the run goes on until every member has stopped', async () => {
    const { client } = connect();
    await client.create({
      spec,
      data: spirals,
      members: [
        { seed: 1, hyper: { lr: 1e30, batchSize: 20 } },
        { seed: 1, hyper: { lr: 0.1, batchSize: 20 } },
      ],
      options: { epochs: 2 },
    });
    const stopped = nextStatus(client, 'stopped');
    await client.start();
    const status = await stopped;
    expect(status.members?.[0].stopped).toBe('diverged');
    expect(status.members?.[1].stopped).toBe('epochs');
    expect(client.member(1).steps.last('step')).toBe(20);
    expect(client.member(0).steps.last('step')).toBe(status.members?.[0].divergedAt);
  });

  it('an MNIST load failure rejects create with code "data-load", the file and the loader code', async () => {
    const failing = fakeWorker({
      loadMnist: () => Promise.reject(new MnistLoadError('checksum', 'mnist-train-images.u8.gzip', 'bytes differ')),
    });
    const { client } = connect(failing);
    const error = await client.create({ spec: { ...spec, inputSize: 784, outputSize: 10 }, data: { kind: 'mnist', nTrain: 100 }, hyper }).catch((e) => e);
    expect(error).toBeInstanceOf(TrainerError);
    expect(error).toMatchObject({ code: 'data-load', loadCode: 'checksum', file: 'mnist-train-images.u8.gzip' });
    expect(client.status.mode).toBe('idle');
  });

  it('create(MNIST) loads the verified subset in the worker, with a validation split, and trains', async () => {
    const { client } = connect();
    const mnistSpec: ModelSpec = { inputSize: 784, hidden: [{ units: 32, activation: 'relu' }], outputSize: 10, init: { scheme: 'he' }, loss: 'softmax-ce' };
    const info = await client.create({ spec: mnistSpec, data: { kind: 'mnist', nTrain: 1000, nTest: 200, validation: 0.2 }, hyper: { lr: 0.1, batchSize: 50 } });
    expect(info.sizes).toEqual({ train: 800, validation: 200, test: 200, d: 784 });
    await client.step(16);
    expect(client.epochs.length).toBe(1);
    expect(client.epochs.last('validationAccuracy')).toBeGreaterThan(0.3);
    expect(client.epochs.last('testAccuracy')).toBeGreaterThan(0.3);
  });

  it('an impossible spec or descriptor rejects create with code "invalid"', async () => {
    const { client } = connect();
    await expect(client.create({ spec: { ...spec, inputSize: 3 }, data: spirals })).rejects.toMatchObject({ code: 'invalid' });
    await expect(client.create({ spec, data: { ...spirals, n: -1 } })).rejects.toMatchObject({ code: 'invalid' });
  });

  it('requests before create reject with code "not-created"', async () => {
    const { client } = connect();
    await expect(client.start()).rejects.toMatchObject({ code: 'not-created' });
    await expect(client.histograms()).rejects.toMatchObject({ code: 'not-created' });
  });

  it('a later create supersedes one still loading', async () => {
    let release = () => {};
    const slow = fakeWorker({ loadMnist: () => new Promise((_, reject) => (release = () => reject(new Error('late')))) });
    const { client } = connect(slow);
    const first = client.create({ spec: { ...spec, inputSize: 784, outputSize: 10 }, data: { kind: 'mnist', nTrain: 10 } });
    await sleep(5);
    const second = client.create({ spec, data: spirals, hyper });
    await sleep(5);
    release();
    await expect(first).rejects.toMatchObject({ code: 'superseded' });
    expect((await second).sizes.train).toBe(200);
  });

  it('dropoutMasks(), histograms(), evaluate() and getParams() answer with transferred arrays', async () => {
    const { client } = connect();
    await client.create({ spec: { ...spec, dropout: [0.5, 0] }, data: spirals, hyper, seed: 2 });
    await client.step(3);
    const masks = await client.dropoutMasks();
    expect(masks).toHaveLength(2);
    expect(masks[0].mask).toBeInstanceOf(Uint8Array);
    expect(masks[0].mask.length).toBe(20 * 8);
    expect(masks[0].p).toBe(0.5);
    const kept = masks[0].mask.reduce((a, b) => a + b, 0);
    expect(kept).toBeGreaterThan(40);
    expect(kept).toBeLessThan(120);
    const hists = await client.histograms({ bins: 10 });
    expect(hists[1].counts).toBeInstanceOf(Uint32Array);
    expect(hists[1].counts.length).toBe(10);
    const report = await client.evaluate(['train', 'test']);
    expect(report.test?.n).toBe(100);
    const params = await client.getParams();
    expect(params.length).toBe(client.info?.params);
  });

  it('activationHistograms(params) needs no trainer and equals the engine model computed here', async () => {
    const { client } = connect();
    const params = { act: 'tanh', init: 'xavier', std: 0.1, layers: 3, units: 20, seed: 4, samples: 50 } as const;
    const { layers, ms } = await client.activationHistograms(params);
    const expected = activationHistograms(params);
    expect(ms).toBeGreaterThanOrEqual(0);
    expect(layers.map((l) => [...l.counts])).toEqual(expected.map((l) => [...l.counts]));
    expect(layers.map((l) => [l.lo, l.hi, l.mean, l.std])).toEqual(expected.map((l) => [l.lo, l.hi, l.mean, l.std]));
    await expect(client.activationHistograms({ ...params, layers: -1 })).rejects.toMatchObject({ code: 'invalid' });
  });

  it('a worker crash rejects pending requests and emits an error with code "worker"', async () => {
    const { client, worker } = connect();
    const errors: TrainerError[] = [];
    client.on('error', (e) => errors.push(e));
    const pending = client.create({ spec, data: spirals });
    worker.crash('boom');
    await expect(pending).rejects.toMatchObject({ code: 'worker' });
    expect(errors.map((e) => e.code)).toEqual(['worker']);
    await expect(client.step()).rejects.toMatchObject({ code: 'worker' });
  });

  it('dispose() terminates the worker and rejects pending requests with "disposed"; un-awaited calls raise no unhandled rejection', async () => {
    const { client, worker } = connect();
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    await client.create({ spec, data: spirals, hyper });
    const pending = client.step(1000);
    void client.start();
    client.dispose();
    expect(worker.terminated).toBe(true);
    await expect(pending).rejects.toMatchObject({ code: 'disposed' });
    void client.pause();
    await sleep(20);
    process.off('unhandledRejection', unhandled);
    expect(unhandled).not.toHaveBeenCalled();
  });

  it('the client notifies subscribers after metrics, status changes and resets', async () => {
    const { client } = connect();
    const listener = vi.fn();
    client.subscribe(listener);
    await client.create({ spec, data: spirals, hyper });
    const before = listener.mock.calls.length;
    await client.step(2);
    expect(listener.mock.calls.length).toBeGreaterThan(before);
    const v = client.version;
    await client.reset();
    expect(client.version).toBeGreaterThan(v);
  });
});

describe('the debugLoseGpu test hook', () => {
  it('answers false where the worker holds no GPU device (Node), and needs no trainer', async () => {
    const { client } = connect();
    await expect(client.debugLoseGpu()).resolves.toBe(false);
  });
});

describe('TrainerClient rings after a run went back to an earlier state', () => {
  /** A worker whose messages the test writes by hand. */
  function scripted(): { worker: WorkerLike; send(data: unknown): void } {
    let listener: ((e: MessageEvent) => void) | null = null;
    const worker: WorkerLike = {
      postMessage: () => undefined,
      terminate: () => undefined,
      addEventListener: (type: string, l: (e: never) => void) => {
        if (type === 'message') listener = l as (e: MessageEvent) => void;
      },
    };
    return { worker, send: (data) => listener?.(new MessageEvent('message', { data })) };
  }
  const cols = stepColumns(1);
  function metrics(steps: number[], epochSteps: number[]): MetricsMessage {
    const block = new Float64Array(steps.length * cols.length).fill(NaN);
    steps.forEach((s, r) => (block[r * cols.length + cols.indexOf('step')] = s));
    const epochs = new Float64Array(epochSteps.length * EPOCH_COLUMNS.length).fill(NaN);
    epochSteps.forEach((s, r) => (epochs[r * EPOCH_COLUMNS.length + EPOCH_COLUMNS.indexOf('step')] = s));
    const progress = { step: steps.at(-1) ?? 0, epoch: 0, stopped: null } as unknown as MetricsMessage['progress'];
    return { type: 'metrics', member: 0, stepColumns: cols, steps: block, stepCount: steps.length, epochs, epochCount: epochSteps.length, progress };
  }

  it('metrics that start at a step the rings already hold replace the rows from that step on (a lost GPU resumed from its snapshot)', () => {
    const { worker, send } = scripted();
    const client = new TrainerClient({ worker });
    send(metrics([1, 2, 3, 4, 5, 6], [3, 6]));
    // The CPU resumes from the snapshot taken after update 4: it reports updates 5 and 6 again.
    send(metrics([5, 6, 7], [6]));
    expect(Array.from(client.steps.copyColumn('step'))).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(Array.from(client.epochs.copyColumn('step'))).toEqual([3, 6]);
    // Ordinary metrics that follow on are appended as they are.
    send(metrics([8], []));
    expect(client.steps.length).toBe(8);
  });
});
