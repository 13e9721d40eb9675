// Layouts defined once: defineStruct/defineRecord give the WGSL text and the offsets TypeScript writes with.
import { describe, expect, test } from 'vitest';
import { constName, defineRecord, defineStruct, wgslConsts } from '../../src/gpu/struct';

describe('defineStruct', () => {
  const S = defineStruct('Demo', [
    ['rows', 'u32'],
    ['lr', 'f32'],
    ['delta', 'i32'],
  ] as const);

  test('defineStruct(fields) lays scalars out 4 bytes apart, in order, size rounded up to 16', () => {
    expect(S.offsets).toEqual({ rows: 0, lr: 4, delta: 8 });
    expect(S.size).toBe(16);
    expect(defineStruct('Five', [['a', 'u32'], ['b', 'u32'], ['c', 'u32'], ['d', 'u32'], ['e', 'u32']] as const).size).toBe(32);
  });

  test('defineStruct(fields).wgsl declares the same fields in the same order', () => {
    expect(S.wgsl).toBe('struct Demo {\n  rows: u32,\n  lr: f32,\n  delta: i32,\n}\n');
  });

  test('defineStruct(fields).write puts each value at its offset, little-endian, with its type', () => {
    const view = new DataView(new ArrayBuffer(48));
    S.write(view, 16, { rows: 7, lr: 0.5, delta: -3 });
    expect(view.getUint32(16, true)).toBe(7);
    expect(view.getFloat32(20, true)).toBe(0.5);
    expect(view.getInt32(24, true)).toBe(-3);
  });

  test('defineStruct rejects a duplicate field', () => {
    expect(() => defineStruct('Dup', [['a', 'u32'], ['a', 'f32']] as const)).toThrow(/duplicate/);
  });
});

describe('defineRecord', () => {
  test('defineRecord(fields) gives word offsets, the stride, and matching WGSL constants', () => {
    const R = defineRecord('REC', [['dataLoss', 1], ['gradNorms', 3], ['tail', 1]] as const);
    expect(R.offsets).toEqual({ dataLoss: 0, gradNorms: 1, tail: 4 });
    expect(R.stride).toBe(5);
    expect(R.wgsl).toContain('const REC_DATA_LOSS: u32 = 0u;');
    expect(R.wgsl).toContain('const REC_GRAD_NORMS: u32 = 1u;');
    expect(R.wgsl).toContain('const REC_STRIDE: u32 = 5u;');
  });

  test('constName turns camelCase and kebab-case into WGSL constant names', () => {
    expect(constName('clipScale')).toBe('CLIP_SCALE');
    expect(constName('leaky-relu')).toBe('LEAKY_RELU');
    expect(wgslConsts('ACT', { relu: 3 })).toBe('const ACT_RELU: u32 = 3u;\n');
  });
});
