// ManagedPopulation hands every member to the CPU engine from its last synced state when the device fails (Node: a CPU population stands in for the GPU one).
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ModelSpec } from '../../src/engine/nn/spec';
import { createCpuPopulation, type MemberConfig } from '../../src/engine/train';
import type { BackendStatus } from '../../src/engine/backendStatus';
import { GpuContext, VERDICT_MS } from '../../src/gpu/device';
import { ManagedPopulation, type LosablePopulation } from '../../src/gpu/managedPopulation';
import { GpuLostError } from '../../src/gpu/run';
import { makeCaseData } from './cases';

const spec: ModelSpec = { inputSize: 4, hidden: [{ units: 6, activation: 'tanh' }], outputSize: 3, init: { scheme: 'xavier' }, loss: 'softmax-ce' };
const data = makeCaseData({ n: 24, d: 4, classes: 3, seed: 1 });
const members: MemberConfig[] = [
  { seed: 3, hyper: { lr: 0.1, batchSize: 8 } },
  { seed: 4, hyper: { lr: 0.05, batchSize: 6, optimizer: 'adam' } },
];
const status: BackendStatus = { backend: 'webgpu', reason: 'requested-gpu', adapter: 'fake' };

/** A stand-in GPU population (a CPU one that says 'webgpu' and can be marked lost) on a context of a fake device. */
function setup(snapshotMs: number) {
  const inner = createCpuPopulation(spec, data, members);
  const getStates = async () => members.map((_, m) => inner.getState(m));
  const gpu = Object.assign(Object.create(inner) as typeof inner, { backend: 'webgpu', lost: null as string | null, getStates }) as unknown as LosablePopulation & {
    lost: string | null;
  };
  const device = { lost: new Promise(() => undefined), addEventListener: () => undefined, destroy: () => undefined } as unknown as GPUDevice;
  const ctx = new GpuContext(device, 'fake', false);
  const heard: BackendStatus[] = [];
  const managed = new ManagedPopulation(gpu, ctx, status, spec, data, members, { snapshotMs }, (s) => heard.push(s));
  return { gpu, ctx, managed, heard };
}

/** Member losses of a plain CPU population stepped `before` then `after` updates: the second batch. */
function reference(before: number, after: number, update?: (p: ReturnType<typeof createCpuPopulation>) => void): number[][] {
  const p = createCpuPopulation(spec, data, members);
  p.step(before);
  update?.(p);
  return p.step(after).members.map((r) => r.steps.map((s) => s.loss));
}

describe('ManagedPopulation', () => {
  it('a lost device moves every member to the CPU from the last snapshot; training goes on as the CPU engine would', async () => {
    const { ctx, managed, heard } = setup(0);
    await managed.step(5);
    managed.setHyper(1, { lr: 0.02 });
    ctx.fail({ kind: 'device-lost', message: 'gone' });
    expect(managed.backend).toBe('cpu');
    expect(heard.map((s) => [s.backend, s.reason])).toEqual([
      ['webgpu', 'requested-gpu'],
      ['cpu', 'device-lost'],
    ]);
    expect([managed.progress(0).step, managed.progress(1).step]).toEqual([5, 5]);
    expect(managed.getHyper(1).lr).toBe(0.02);
    const after = (await managed.step(4)).members.map((r) => r.steps.map((s) => s.loss));
    expect(after).toEqual(reference(5, 4, (p) => p.setHyper(1, { lr: 0.02 })));
  });

  it('without a snapshot yet, the members start over on the CPU from their seeds (the state at creation)', async () => {
    const { ctx, managed } = setup(Infinity);
    await managed.step(5);
    ctx.fail({ kind: 'device-error', message: 'validation error' });
    expect(managed.status.reason).toBe('device-error');
    expect([managed.progress(0).step, managed.progress(1).step]).toEqual([0, 0]);
    expect((await managed.step(3)).members.map((r) => r.steps.map((s) => s.loss))).toEqual(reference(0, 3));
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  /** Fails the stand-in GPU's read-backs, as a destroyed device does before its lost promise settles. */
  function failReadBacks(gpu: ReturnType<typeof setup>['gpu']): void {
    gpu.getParams = () => {
      gpu.lost = 'read-back failed';
      return Promise.reject(new GpuLostError('read-back failed'));
    };
  }

  it('a call that fails with GpuLostError is answered on the CPU after the hand-over', async () => {
    const { gpu, managed } = setup(0);
    await managed.step(2);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    failReadBacks(gpu);
    const call = managed.getParams(0);
    // The device never says why (this fake one has no lost notice): after VERDICT_MS it is a plain GPU error.
    await vi.advanceTimersByTimeAsync(VERDICT_MS);
    const params = await call;
    expect(managed.backend).toBe('cpu');
    expect(managed.status.reason).toBe('gpu-error');
    const p = createCpuPopulation(spec, data, members);
    p.step(2);
    expect(params).toEqual(p.getParams(0));
  });

  it('a read-back that fails before the device says it is lost waits for the device, then names the loss', async () => {
    const { gpu, ctx, managed, heard } = setup(0);
    await managed.step(2);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    failReadBacks(gpu);
    const call = managed.getParams(0);
    // The lost notice comes a second after the read-back failed (a busy machine): still inside the wait.
    await vi.advanceTimersByTimeAsync(1000);
    expect(managed.backend).toBe('webgpu');
    ctx.fail({ kind: 'device-lost', message: 'destroyed' });
    await call;
    expect(heard.map((s) => [s.backend, s.reason])).toEqual([
      ['webgpu', 'requested-gpu'],
      ['cpu', 'device-lost'],
    ]);
  });

  it('a read-back that failed before the device said it was lost is renamed device-lost once it does', async () => {
    const { gpu, ctx, managed, heard } = setup(0);
    await managed.step(2);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    failReadBacks(gpu);
    const call = managed.getParams(0);
    await vi.advanceTimersByTimeAsync(VERDICT_MS);
    await call;
    expect(managed.status.reason).toBe('gpu-error');
    ctx.fail({ kind: 'device-lost', message: 'destroyed' });
    expect(heard.map((s) => [s.backend, s.reason])).toEqual([
      ['webgpu', 'requested-gpu'],
      ['cpu', 'gpu-error'],
      ['cpu', 'device-lost'],
    ]);
    expect(managed.status).toMatchObject({ backend: 'cpu', reason: 'device-lost', detail: 'destroyed' });
  });

  it('a reset member with a new seed falls back to that seed', async () => {
    const { ctx, managed } = setup(Infinity);
    await managed.step(3);
    managed.reset(0, 9);
    ctx.fail({ kind: 'device-lost', message: 'gone' });
    const fresh = createCpuPopulation(spec, data, [{ ...members[0], seed: 9 }]);
    await expect(managed.getParams(0)).resolves.toEqual(fresh.getParams(0));
  });
});
