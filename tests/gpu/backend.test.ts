// Backend choice without a GPU (Node): every missing piece lands on the CPU engine with its reason, never a rejection; a
// single run is a population of one (createBestPopulation with one member).
import { describe, expect, it, test } from 'vitest';
import type { ModelSpec } from '../../src/engine/nn/spec';
import { createTrainer } from '../../src/engine/train/trainer';
import type { MemberConfig } from '../../src/engine/train/populationTypes';
import type { GpuTrainOptions } from '../../src/gpu/run';
import { acquireGpu, createBestPopulation, detectBackend, liveBufferCount, type BackendOptions } from '../../src/gpu';
import { autoRule, SMALL_MODEL_PARAMS } from '../../src/gpu/backend';
import { BACKEND_REASONS, type BackendStatus } from '../../src/engine/backendStatus';
import { makeCaseData } from './cases';

const spec: ModelSpec = { inputSize: 4, hidden: [{ units: 6, activation: 'tanh' }], outputSize: 3, init: { scheme: 'xavier' }, loss: 'softmax-ce' };
const data = makeCaseData({ n: 24, d: 4, classes: 3, seed: 1 });
const hyper = { lr: 0.1, batchSize: 8 };

/** A single run of `seed` on the policy's backend: a population of one. */
async function best(seed: number, options: GpuTrainOptions, choice: BackendOptions) {
  const one: MemberConfig[] = [{ seed, hyper }];
  const { population, status } = await createBestPopulation(spec, data, one, options, choice);
  return Object.assign(population, { status });
}

/** A stand-in for navigator.gpu. */
const fakeGpu = (requestAdapter: () => Promise<GPUAdapter | null>) => ({ requestAdapter }) as unknown as GPU;

describe('createBestPopulation of one member without WebGPU', () => {
  test('createBestPopulation(…, {backend: "cpu"}) runs the CPU engine and says it was asked to', async () => {
    const statuses: BackendStatus[] = [];
    const t = await best(3, {}, { backend: 'cpu', onBackend: (s) => statuses.push(s) });
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
  ] as const)('createBestPopulation falls back to the CPU engine with reason %s', async (reason, gpu) => {
    for (const backend of ['auto', 'gpu'] as const) {
      const t = await best(3, {}, { backend, gpu });
      expect(t.backend).toBe('cpu');
      expect(t.status.reason).toBe(reason);
      t.dispose();
    }
  });

  test('the fallback CPU run is the CPU engine run from the same seed', async () => {
    const t = await best(5, {}, { gpu: fakeGpu(async () => null) });
    const reference = createTrainer(spec, data, hyper, 5);
    const a = (await t.step(7)).members[0];
    const b = reference.step(7);
    expect(a.steps.map((s) => s.loss)).toEqual(b.steps.map((s) => s.loss));
    expect(await t.getParams(0)).toEqual(reference.getParams());
  });

  test('float64 runs stay on the CPU engine', async () => {
    const t = await best(5, { dtype: 'f64' }, { backend: 'gpu', gpu: fakeGpu(async () => null) });
    expect(t.status.reason).toBe('float64');
  });

  test('acquireGpu and detectBackend never reject', async () => {
    await expect(acquireGpu(fakeGpu(async () => Promise.reject(new Error('x'))))).resolves.toMatchObject({ ok: false, reason: 'adapter-error' });
    await expect(detectBackend(undefined)).resolves.toEqual({ kind: 'cpu', reason: 'no-webgpu' });
    expect(liveBufferCount()).toBe(0);
  });
});

describe('autoRule(fallbackAdapter, params)', () => {
  it('a software adapter means the CPU engine, whatever the model', () => {
    expect(autoRule(true, 10)).toBe('software-adapter');
    expect(autoRule(true, 10_000_000)).toBe('software-adapter');
  });

  it('a hardware adapter means the GPU, and timing both engines for a very small model', () => {
    expect(autoRule(false, SMALL_MODEL_PARAMS + 1)).toBe('auto-gpu');
    expect(autoRule(false, SMALL_MODEL_PARAMS)).toBe('measure');
    expect(autoRule(false, 1)).toBe('measure');
  });
  it('sends a population of several small networks to the GPU without timing one of them', () => {
    expect(autoRule(false, 1, 2)).toBe('auto-gpu');
    expect(autoRule(false, SMALL_MODEL_PARAMS, 64)).toBe('auto-gpu');
    expect(autoRule(true, 1, 64)).toBe('software-adapter');
  });
});

/** A software adapter whose device cannot run the GPU population; counts requestAdapter calls. */
function softwareGpu(fallback: boolean) {
  const calls = { adapter: 0, device: 0 };
  const device = {
    lost: new Promise(() => undefined),
    addEventListener: () => undefined,
    destroy: () => undefined,
    createBuffer: () => {
      throw new Error('this fake device has no buffers');
    },
  };
  const adapter = {
    info: { description: 'fake adapter', isFallbackAdapter: fallback },
    limits: { maxStorageBufferBindingSize: 1 << 27, maxBufferSize: 1 << 28 },
    requestDevice: async () => {
      calls.device++;
      return device;
    },
  };
  const gpu = {
    requestAdapter: async () => {
      calls.adapter++;
      return adapter;
    },
  } as unknown as GPU;
  return { gpu, calls };
}

describe('createBestPopulation: the one backend policy', () => {
  it('auto on a software adapter trains on the CPU engine with reason software-adapter, naming the adapter', async () => {
    const { gpu } = softwareGpu(true);
    const t = await best(3, {}, { gpu });
    expect(t.backend).toBe('cpu');
    expect(t.status).toMatchObject({ backend: 'cpu', reason: 'software-adapter', adapter: 'fake adapter', fallbackAdapter: true });
    t.dispose();
  });

  it('requests the adapter once per page: later runs share the device', async () => {
    const { gpu, calls } = softwareGpu(true);
    for (const backend of ['auto', 'gpu', 'auto'] as const) (await best(3, {}, { gpu, backend })).dispose();
    expect(calls).toEqual({ adapter: 1, device: 1 });
  });

  it('backend gpu forces WebGPU; a device that cannot set the model up lands on the CPU with reason gpu-init-failed', async () => {
    const { gpu } = softwareGpu(false);
    const t = await best(3, {}, { gpu, backend: 'gpu' });
    expect(t.status).toMatchObject({ backend: 'cpu', reason: 'gpu-init-failed', fallbackAdapter: false });
    t.dispose();
  });

  it('every status names a reason of the table, whose backend is the one the run is on', async () => {
    for (const backend of ['auto', 'gpu', 'cpu'] as const) {
      const t = await best(3, {}, { gpu: softwareGpu(true).gpu, backend });
      expect(BACKEND_REASONS[t.status.reason]).toBe(t.backend);
      t.dispose();
    }
  });
});
