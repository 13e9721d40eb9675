// URL codec: round trip (property), defaults omitted, bad input clamped with notices.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decode, encode, quantize, type NumberParam, type ParamSpec } from '../../src/state/params';

const T = { zh: 'x', en: 'x' };
const specs = [
  { kind: 'enum', name: 'fn', label: T, doc: T, default: 'a', options: [{ value: 'a', label: T }, { value: 'b', label: T }] },
  { kind: 'set', name: 'opt', label: T, doc: T, default: ['p', 'q'], options: ['p', 'q', 'r'].map((value) => ({ value, label: T })) },
  { kind: 'int', name: 'steps', label: T, doc: T, default: 20, min: 1, max: 200 },
  { kind: 'number', name: 'sgd.lr', label: T, doc: T, default: 0.4, min: 0.001, max: 5, scale: 'log' },
  { kind: 'number', name: 'gamma', label: T, doc: T, default: 0.5, min: 0, max: 0.99, scale: 'linear', step: 0.01 },
  { kind: 'vec2', name: 'x0', label: T, doc: T, default: [-5, -2], min: [-10, -5], max: [10, 5] },
] as const satisfies readonly ParamSpec[];

const norm = (x: number) => (x === 0 ? 0 : x);
const state = fc.record({
  fn: fc.constantFrom('a', 'b'),
  opt: fc.subarray(['p', 'q', 'r']),
  steps: fc.integer({ min: 1, max: 200 }),
  'sgd.lr': fc.double({ min: 0.001, max: 5, noNaN: true }).map(norm),
  gamma: fc.double({ min: 0, max: 0.99, noNaN: true }).map(norm),
  x0: fc.tuple(fc.double({ min: -10, max: 10, noNaN: true }).map(norm), fc.double({ min: -5, max: 5, noNaN: true }).map(norm)),
});

describe('decode(encode(s))', () => {
  it('equals s for every valid state, with no notices', () => {
    fc.assert(
      fc.property(state, (s) => {
        const { values, notices } = decode(specs, new URLSearchParams(encode(specs, s)));
        expect(values).toEqual(s);
        expect(notices).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});

describe('encode', () => {
  it('leaves out values equal to the default', () => {
    expect(encode(specs, { fn: 'a', opt: ['p', 'q'], steps: 20, 'sgd.lr': 0.4, gamma: 0.5, x0: [-5, -2] })).toBe('');
  });
  it('writes sets and vectors as readable comma lists in table order', () => {
    const q = encode(specs, { fn: 'b', opt: ['q', 'r'], steps: 20, 'sgd.lr': 0.6, gamma: 0.5, x0: [-7, 2] });
    expect(q).toBe('fn=b&opt=q,r&sgd.lr=0.6&x0=-7,2');
  });
});

describe('decode', () => {
  const d = (q: string) => decode(specs, new URLSearchParams(q), ['lang']);
  it('ignores unknown keys but reports them, and accepts reserved ones silently', () => {
    const { values, notices } = d('bogus=1&lang=zh&steps=30');
    expect(values.steps).toBe(30);
    expect(notices).toEqual([{ kind: 'unknown-key', key: 'bogus', given: '1', used: '' }]);
  });
  it('clamps out-of-range numbers to the nearest bound', () => {
    const { values, notices } = d('steps=999&sgd.lr=0&x0=-100,3');
    expect(values.steps).toBe(200);
    expect(values['sgd.lr']).toBe(0.001);
    expect(values.x0).toEqual([-10, 3]);
    expect(notices.map((n) => [n.key, n.kind, n.used])).toEqual([
      ['steps', 'out-of-range', '200'],
      ['sgd.lr', 'out-of-range', '0.001'],
      ['x0', 'out-of-range', '-10,3'],
    ]);
  });
  it('replaces malformed values with the default', () => {
    for (const q of ['steps=abc', 'steps=', 'sgd.lr=NaN', 'sgd.lr=Infinity', 'x0=1', 'x0=1,2,3', 'x0=a,b', 'steps=0x10']) {
      const { values, notices } = d(q);
      expect(notices[0].kind, q).toBe('malformed');
      expect(values).toEqual(decode(specs, new URLSearchParams()).values);
    }
  });
  it('rounds non-integers for integer parameters', () => {
    const { values, notices } = d('steps=12.6');
    expect(values.steps).toBe(13);
    expect(notices[0].kind).toBe('not-integer');
  });
  it('drops unknown options from sets and keeps the known ones in table order', () => {
    const { values, notices } = d('opt=r,zz,p');
    expect(values.opt).toEqual(['p', 'r']);
    expect(notices[0]).toMatchObject({ kind: 'unknown-option', given: 'r,zz,p', used: 'p,r' });
  });
  it('falls back to the default set when a set names only unknown options (opt=e5), with a notice', () => {
    const { values, notices } = d('opt=e5');
    expect(values.opt).toEqual(['p', 'q']);
    expect(notices[0]).toMatchObject({ kind: 'unknown-option', key: 'opt', given: 'e5', used: 'p,q' });
    expect(d('opt=').values.opt).toEqual([]); // an empty set is a choice, not an error
  });
  it('gives a set with fewer options than its min the default, with a notice (an input-feature list cannot be empty)', () => {
    const atLeastOne = [{ ...specs[1], min: 1 }] as const;
    const e = (q: string) => decode(atLeastOne, new URLSearchParams(q));
    expect(e('opt=').values.opt).toEqual(['p', 'q']);
    expect(e('opt=').notices[0]).toMatchObject({ kind: 'out-of-range', key: 'opt', given: '', used: 'p,q' });
    expect(e('opt=zz').notices[0]).toMatchObject({ kind: 'unknown-option', used: 'p,q' });
    expect(e('opt=r')).toEqual({ values: { opt: ['r'] }, notices: [] });
  });
  it('falls back to the default for an unknown enum option', () => {
    const { values, notices } = d('fn=zz');
    expect(values.fn).toBe('a');
    expect(notices[0].kind).toBe('unknown-option');
  });
});

describe('quantize', () => {
  const log = specs[3] as NumberParam;
  const lin = specs[4] as NumberParam;
  it('keeps three significant digits on a log scale', () => {
    expect(quantize(log, 0.123456)).toBe(0.123);
    expect(quantize(log, 99)).toBe(5);
  });
  it('snaps to the step on a linear scale without float noise', () => {
    expect(quantize(lin, 0.30000000000000004)).toBe(0.3);
    expect(quantize(lin, 0.456)).toBe(0.46);
  });
});
