// The WGSL sources: bindings parsed into layouts (commented, unique, within WebGPU's default limits), shared preamble, Philox twin.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { fromOrderKey } from '../../src/gpu/kernels/histogram';
import { parseBindings } from '../../src/gpu/kernels/kernel';
import { LAYER, MATMUL_HARDWARE, MATMUL_SOFTWARE, PASS, matmulGrid, matmulLib, matmulShape, shader } from '../../src/gpu/kernels/shared';

const DIR = join(__dirname, '../../src/gpu/kernels');
const kernels = readdirSync(DIR).filter((f) => f.endsWith('.wgsl'));
const source = (f: string) => readFileSync(join(DIR, f), 'utf8');

describe('kernel sources', () => {
  test('every kernel has its TypeScript wrapper, and both start with a one-line header', () => {
    expect(kernels.length).toBeGreaterThanOrEqual(11);
    for (const f of kernels) {
      expect(source(f).startsWith('// '), f).toBe(true);
      const wrapper = readdirSync(DIR).includes(f.replace('.wgsl', '.ts')) || f.startsWith('histogram');
      expect(wrapper, `${f} has a wrapper`).toBe(true);
    }
  });

  for (const f of kernels) {
    test(`parseBindings(${f}): group 1 only, numbered 0…n−1, each commented, at most 8 storage buffers`, () => {
      const code = source(f);
      const bindings = parseBindings(code);
      expect(bindings.length).toBeGreaterThan(0);
      expect(bindings.every((b) => b.group === 1)).toBe(true);
      expect(bindings.map((b) => b.binding)).toEqual(bindings.map((_, i) => i));
      expect(bindings.filter((b) => b.kind !== 'uniform').length).toBeLessThanOrEqual(8);
      for (const line of code.split('\n').filter((l) => l.includes('@binding('))) expect(line, `${f}: ${line}`).toMatch(/;\s*\/\/ \S/);
    });
  }

  test('parseBindings reads the access mode of each binding', () => {
    const code = `@group(1) @binding(0) var<uniform> a: A; // x
@group(1) @binding(1) var<storage, read> b: array<f32>; // y
@group(1) @binding(2) var<storage, read_write> c: array<f32>; // z`;
    expect(parseBindings(code).map((b) => [b.name, b.kind])).toEqual([
      ['a', 'uniform'],
      ['b', 'read-only-storage'],
      ['c', 'storage'],
    ]);
  });

  test('shader(body) prepends the Pass and Layer structs generated from their TypeScript layouts and the pass binding', () => {
    const code = shader('fn main() {}', ['numeric']);
    expect(code).toContain(PASS.wgsl);
    expect(code).toContain(LAYER.wgsl);
    expect(code).toContain('@group(0) @binding(0) var<uniform> run: Pass;');
    expect(code).toContain('fn ssqMerge');
    expect(parseBindings(code).filter((b) => b.group === 0).map((b) => [b.name, b.kind])).toEqual([
      ['run', 'uniform'],
      ['members', 'read-only-storage'],
    ]);
  });

  test('the WGSL Philox is the twin written in the engine RNG header, line for line', () => {
    const header = readFileSync(join(__dirname, '../../src/engine/rng.ts'), 'utf8')
      .split('\n')
      .filter((l) => l.startsWith('//   '))
      .map((l) => l.slice(5).trim());
    const start = header.findIndex((l) => l.startsWith('fn mulhi'));
    const end = header.findIndex((l) => l.startsWith('fn uniform01'));
    const twin = header.slice(start, end).join(' ').replace(/\s+/g, ' ');
    const wgsl = source('lib/philox.wgsl');
    const body = wgsl.slice(wgsl.indexOf('fn mulhi'), wgsl.indexOf('// Dropout keep bit')).replace(/\s+/g, ' ').trim();
    expect(body).toBe(twin.trim());
    expect(wgsl).toContain('const PHILOX_M: u32 = 0xD256D193u;');
    expect(wgsl).toContain('const PHILOX_W: u32 = 0x9E3779B9u;');
  });

  test('no kernel names a variable with a WGSL reserved word', () => {
    const reserved = ['pass', 'active', 'target', 'local', 'shared', 'filter', 'module', 'type', 'set', 'get', 'match', 'mod', 'self'];
    for (const f of [...kernels, ...readdirSync(join(DIR, 'lib')).map((l) => `lib/${l}`)]) {
      for (const word of reserved) expect(source(f), `${f} uses ${word}`).not.toMatch(new RegExp(`(let|var|fn)\\s+${word}\\b`));
    }
  });
});

describe('the matmul shapes', () => {
  const shapes = { hardware: MATMUL_HARDWARE, software: MATMUL_SOFTWARE };

  test('a software (fallback) adapter gets the software shape, a hardware one the hardware shape', () => {
    expect(matmulShape(true)).toBe(MATMUL_SOFTWARE);
    expect(matmulShape(false)).toBe(MATMUL_HARDWARE);
  });

  for (const [name, shape] of Object.entries(shapes)) {
    test(`matmulGrid (${name}): the workgroups cover every output, and none lies wholly past it`, () => {
      const blockRows = 4 * shape.groups * shape.y;
      const blockCols = shape.x * shape.cols;
      for (const rows of [1, 7, 20, 99, 100, 101, 785, 1000]) {
        for (const cols of [1, 10, 25, 100, 101, 250]) {
          const [gx, gy] = matmulGrid(shape, rows, cols);
          expect(gx * blockCols).toBeGreaterThanOrEqual(cols);
          expect((gx - 1) * blockCols).toBeLessThan(cols);
          expect(gy * blockRows).toBeGreaterThanOrEqual(rows);
          expect((gy - 1) * blockRows).toBeLessThan(rows);
        }
      }
    });

    test(`matmulLib (${name}): each step reads G row groups and C columns once and updates each of the G·C accumulators once`, () => {
      const { groups: G, cols: C } = shape;
      const lib = matmulLib(shape);
      const step = lib.slice(lib.indexOf('fn macRow('), lib.indexOf('\n}', lib.indexOf('fn macRow(')));
      expect(step.match(/leftRows\(p, \d+u\)/g)?.length).toBe(G);
      expect(step.match(/rightCol\(p, \d+u\)/g)?.length).toBe(C);
      const updates = [...step.matchAll(/\(\*c\)\[(\d+)\] = fma\(a(\d+), b(\d+), \(\*c\)\[(\d+)\]\)/g)];
      expect(updates.length).toBe(G * C);
      // Accumulator g·C + j gathers row group g times column j, in place.
      for (const [, k, g, j, k2] of updates) {
        expect(Number(k)).toBe(Number(g) * C + Number(j));
        expect(k2).toBe(k);
      }
      expect(new Set(updates.map((u) => u[1])).size).toBe(G * C);
      expect(lib).toContain(`const MATMUL_ACC: u32 = ${G * C}u;`);
      expect(lib).toContain(`const MATMUL_ROWS: u32 = ${4 * G}u;`);
    });
  }
});

describe('fromOrderKey', () => {
  /** The WGSL orderKey of histogram_range.wgsl. */
  const orderKey = (v: number) => {
    const view = new DataView(new ArrayBuffer(4));
    view.setFloat32(0, v, true);
    const b = view.getUint32(0, true);
    return (b & 0x80000000 ? ~b : b | 0x80000000) >>> 0;
  };

  test('fromOrderKey(orderKey(v)) = v, and keys order like the floats', () => {
    const values = [-1e30, -2.5, -1e-20, -0, 0, 1e-20, 0.75, 3, 1e30];
    for (const v of values) expect(fromOrderKey(orderKey(v))).toBe(Math.fround(v));
    const keys = values.map(orderKey);
    for (let i = 1; i < keys.length; i++) expect(keys[i]).toBeGreaterThanOrEqual(keys[i - 1]);
  });
});
