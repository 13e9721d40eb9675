// Backend choice without a GPU (Node): every missing piece lands on the CPU engine with its reason, never a rejection.
import { describe, expect, test } from 'vitest';
import type { ModelSpec } from '../../src/engine/nn/spec';
import { createTrainer } from '../../src/engine/train/trainer';
import { acquireGpu, createBestTrainer, detectBackend, liveBufferCount, type BackendStatus } from '../../src/gpu';
import { makeCaseData } from './cases';

const spec: ModelSpec = { inputSize: 4, hidden: [{ units: 6, activation: 'tanh' }], outputSize: 3, init: { scheme: 'xavier' }, loss: 'softmax-ce' };
const data = makeCaseData({ n: 24, d: 4, classes: 3, seed: 1 });
const hyper = { lr: 0.1, batchSize: 8 };

/** A stand-in for navigator.gpu. */
const fakeGpu = (requestAdapter: () => Promise<GPUAdapter | null>) => ({ requestAdapter }) as unknown as GPU;

describe('createBestTrainer without WebGPU', () => {
  test('createBestTrainer(…, {backend: "cpu"}) runs the CPU engine and says it was asked to', async () => {
    const statuses: BackendStatus[] = [];
    const t = await createBestTrainer(spec, data, hyper, 3, {}, { backend: 'cpu', onBackend: (s) => statuses.push(s) });
    expect(t.backend).toBe('cpu');
    expect(statuses).toEqual([{ backend: 'cpu', reason: 'requested-cpu' }]);
    t.dispose();
  });

  test.each([
    ['no-webgpu', undefined],
    ['no-adapter', fakeGpu(async () => null)],
    [
      'adapter-error',
      fakeGpu(async () => {
        throw new Error('boom');
      }),
    ],
  ] as const)('createBestTrainer falls back to the CPU engine with reason %s', async (reason, gpu) => {
    for (const backend of ['auto', 'gpu'] as const) {
      const t = await createBestTrainer(spec, data, hyper, 3, {}, { backend, gpu });
      expect(t.backend).toBe('cpu');
      expect(t.status.reason).toBe(reason);
      t.dispose();
    }
  });

  test('the fallback CPU run is the CPU engine run from the same seed', async () => {
    const t = await createBestTrainer(spec, data, hyper, 5, {}, { gpu: fakeGpu(async () => null) });
    const reference = createTrainer(spec, data, hyper, 5);
    const a = await t.step(7);
    const b = reference.step(7);
    expect(a.steps.map((s) => s.loss)).toEqual(b.steps.map((s) => s.loss));
    expect(await t.getParams()).toEqual(reference.getParams());
  });

  test('float64 runs stay on the CPU engine', async () => {
    const t = await createBestTrainer(spec, data, hyper, 5, { dtype: 'f64' }, { backend: 'gpu', gpu: fakeGpu(async () => null) });
    expect(t.status.reason).toBe('float64');
  });

  test('acquireGpu and detectBackend never reject', async () => {
    await expect(acquireGpu(fakeGpu(async () => Promise.reject(new Error('x'))))).resolves.toMatchObject({ ok: false, reason: 'adapter-error' });
    await expect(detectBackend(undefined)).resolves.toEqual({ kind: 'cpu', reason: 'no-webgpu' });
    expect(liveBufferCount()).toBe(0);
  });
});
