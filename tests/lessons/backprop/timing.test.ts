// The timing's pure parts: where the GPU starts to win, what kind of GPU a backend status describes, the timed network.
import { describe, expect, it } from 'vitest';
import { crossover, gpuKindOf, stepMacs, timingSpec } from '../../../src/lessons/backprop/timing';

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
