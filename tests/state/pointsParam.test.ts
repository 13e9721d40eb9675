// The 'points' parameter kind: "x,y,c;…" decodes to flat triples, round-trips through encode, and bad input gives notices.
import { describe, expect, it } from 'vitest';
import { decode, decodeValue, encode, type PointsParam } from '../../src/state/params';

const T = { zh: '点', en: 'points' };
const P: PointsParam = { kind: 'points', name: 'pts', label: T, doc: T, default: [], bound: 1.5, classes: 2, max: 3, digits: 3 };

describe("decodeValue(points param, raw)", () => {
  it('reads "x,y,c;x,y,c" as flat triples with no notice', () => {
    expect(decodeValue(P, '0.5,-0.25,1;0,1.5,0')).toEqual({ value: [0.5, -0.25, 1, 0, 1.5, 0] });
  });
  it('the empty string is the empty list', () => {
    expect(decodeValue(P, '')).toEqual({ value: [] });
  });
  it('drops a malformed point with a "malformed" notice and keeps the rest', () => {
    const r = decodeValue(P, '0.5,0.5,1;abc;0.1,0.2');
    expect(r.value).toEqual([0.5, 0.5, 1]);
    expect(r.notice?.kind).toBe('malformed');
    expect(r.notice?.used).toBe('0.5,0.5,1');
  });
  it('clamps coordinates to ±bound, rounds to `digits` decimals and the class into 0 … classes − 1, with an out-of-range notice', () => {
    const r = decodeValue(P, '9,-0.12345,7');
    expect(r.value).toEqual([1.5, -0.123, 1]);
    expect(r.notice?.kind).toBe('out-of-range');
  });
  it('keeps at most `max` points', () => {
    const r = decodeValue(P, '0,0,0;0,0,1;0,0,0;1,1,1;1,1,0');
    expect((r.value as number[]).length).toBe(9);
    expect(r.notice?.kind).toBe('out-of-range');
  });
});

describe('encode / decode with a points param', () => {
  it('decode(encode(v)) = v, and the default (no points) is left out of the URL', () => {
    const v = { pts: [0.5, -0.25, 1, -1.5, 0.125, 0] };
    const q = encode([P], v);
    expect(q).toBe('pts=0.5,-0.25,1;-1.5,0.125,0');
    const back = decode([P], new URLSearchParams(q));
    expect(back.notices).toEqual([]);
    expect(back.values.pts).toEqual(v.pts);
    expect(encode([P], { pts: [] })).toBe('');
  });
});
