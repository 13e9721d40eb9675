// The timing's pure parts: where the GPU starts to win, what kind of GPU a backend status describes, the timed network.
import { describe, expect, it } from 'vitest';
import type { BackendStatus } from '../../../src/engine/backendStatus';
import { gpuKindOf, type GpuKind } from '../../../src/components/useMeasurement';
import { crossover, measureTiming, stepMacs, timingSpec, type TimingRow } from '../../../src/lessons/backprop/timing';
import type { TrainerClient } from '../../../src/worker';

describe('crossover', () => {
  it('is the smallest width from which the GPU wins at every larger one', () => {
    const rows = [
      { width: 16, cpuMs: 0.1, gpuMs: 2 },
      { width: 64, cpuMs: 1, gpuMs: 0.5 },
      { width: 256, cpuMs: 5, gpuMs: 6 },
      { width: 1024, cpuMs: 80, gpuMs: 7 },
      { width: 2048, cpuMs: 300, gpuMs: 12 },
    ];
    expect(crossover(rows)).toBe(1024);
  });

  it('is null when the GPU never stays ahead or never ran', () => {
    expect(crossover([{ width: 16, cpuMs: 1, gpuMs: 5 }])).toBeNull();
    expect(crossover([{ width: 16, cpuMs: 1, gpuMs: null }])).toBeNull();
    expect(crossover([])).toBeNull();
  });
});

describe('gpuKindOf', () => {
  it('tells a software adapter from a hardware one, and no GPU by its reason', () => {
    expect(gpuKindOf({ backend: 'webgpu', reason: 'requested-gpu', adapter: 'SwiftShader', fallbackAdapter: true })).toEqual({ kind: 'software', adapter: 'SwiftShader' });
    expect(gpuKindOf({ backend: 'webgpu', reason: 'requested-gpu', adapter: 'nvidia', fallbackAdapter: false })).toEqual({ kind: 'hardware', adapter: 'nvidia' });
    expect(gpuKindOf({ backend: 'cpu', reason: 'no-webgpu' })).toEqual({ kind: 'none', reason: 'no-webgpu' });
  });
});

describe('timingSpec', () => {
  it('is 2 → w → w → 2 with sigmoid hidden layers; a step does about 3B(w² + 4w) multiply–adds', () => {
    const s = timingSpec(64);
    expect([s.inputSize, ...s.hidden.map((h) => h.units), s.outputSize]).toEqual([2, 64, 64, 2]);
    expect(s.hidden.every((h) => h.activation === 'sigmoid')).toBe(true);
    // By hand for w = 2, B = 1: forward 2·2 + 2·2 + 2·2 = 12 = w² + 4w; three passes' worth: 36.
    expect(stepMacs(2, 1)).toBe(36);
  });
});

/** A stand-in for the worker client: records requests, answers create with the given backend status. */
function fakeClient(gpuStatus: BackendStatus) {
  const calls: string[] = [];
  const client = {
    create: (f: { spec: { hidden: { units: number }[] }; backend: string }) => {
      calls.push(`create ${f.backend} ${f.spec.hidden[0].units}`);
      return Promise.resolve({ backendStatus: f.backend === 'cpu' ? { backend: 'cpu', reason: 'requested-cpu' } : gpuStatus });
    },
    step: (n: number) => {
      calls.push(`step ${n}`);
      return Promise.resolve({ taken: n });
    },
  };
  return { client: client as unknown as TrainerClient, calls };
}

describe('measureTiming', () => {
  const on = () => {
    const rows: TimingRow[] = [];
    const gpus: GpuKind[] = [];
    return { rows, gpus, on: { row: (r: TimingRow) => rows.push(r), phase: () => {}, gpu: (g: GpuKind) => gpus.push(g) } };
  };

  it('times each width on the CPU engine, then on WebGPU, and reports one row per width in order', async () => {
    const { client, calls } = fakeClient({ backend: 'webgpu', reason: 'requested-gpu', adapter: 'SwiftShader', fallbackAdapter: true });
    const r = on();
    await measureTiming(client, [8, 32], 16, r.on, () => false);
    expect(calls.filter((c) => c.startsWith('create'))).toEqual(['create cpu 8', 'create gpu 8', 'create cpu 32', 'create gpu 32']);
    expect(r.rows.map((x) => x.width)).toEqual([8, 32]);
    for (const row of r.rows) {
      expect(row.cpuMs).toBeGreaterThanOrEqual(0);
      expect(row.gpuMs).not.toBeNull();
    }
    expect(r.gpus[0]).toEqual({ kind: 'software', adapter: 'SwiftShader' });
  });

  it('without a GPU: the CPU alone, no GPU steps, and no further GPU attempts after the first', async () => {
    const { client, calls } = fakeClient({ backend: 'cpu', reason: 'no-webgpu' });
    const r = on();
    await measureTiming(client, [8, 32], 16, r.on, () => false);
    expect(calls.filter((c) => c.startsWith('create'))).toEqual(['create cpu 8', 'create gpu 8', 'create cpu 32']);
    expect(r.rows.map((x) => x.gpuMs)).toEqual([null, null]);
    expect(r.gpus).toEqual([{ kind: 'none', reason: 'no-webgpu' }]);
  });

  it('stops before its next request once cancelled', async () => {
    const { client, calls } = fakeClient({ backend: 'cpu', reason: 'no-webgpu' });
    const r = on();
    await measureTiming(client, [8, 32], 16, r.on, () => true);
    expect(calls).toEqual([]);
    expect(r.rows).toEqual([]);
  });
});
