// RingTable: aligned fixed-capacity series, wrap-around, block appends, readers and notifications.
import { describe, expect, it, vi } from 'vitest';
import { RingTable } from '../../../src/worker/page/ringTable';

const rows = (t: RingTable<'a' | 'b'>) => Array.from({ length: t.length }, (_, i) => [t.get('a', i), t.get('b', i)]);

describe('RingTable', () => {
  it('push(row) keeps rows oldest first and fills missing columns with NaN', () => {
    const t = new RingTable(['a', 'b'] as const, 4);
    t.push({ a: 1, b: 10 });
    t.push({ a: 2 });
    expect(t.length).toBe(2);
    expect(rows(t)).toEqual([
      [1, 10],
      [2, NaN],
    ]);
    expect(t.last('a')).toBe(2);
  });

  it('push(row) past capacity overwrites the oldest rows, all columns aligned', () => {
    const t = new RingTable(['a', 'b'] as const, 3);
    for (let i = 0; i < 7; i++) t.push({ a: i, b: -i });
    expect(t.length).toBe(3);
    expect(t.total).toBe(7);
    expect(rows(t)).toEqual([
      [4, -4],
      [5, -5],
      [6, -6],
    ]);
  });

  it('get(c, i) is NaN outside [0, length)', () => {
    const t = new RingTable(['a'] as const, 2);
    t.push({ a: 1 });
    expect(t.get('a', -1)).toBeNaN();
    expect(t.get('a', 1)).toBeNaN();
    expect(new RingTable(['a'] as const, 2).last('a')).toBeNaN();
  });

  it('pushBlock(names, block, count) maps columns by name, skips unknown names, NaN for columns not named', () => {
    const t = new RingTable(['a', 'b'] as const, 8);
    t.pushBlock(['x', 'a'], Float64Array.of(9, 1, 9, 2), 2);
    expect(rows(t)).toEqual([
      [1, NaN],
      [2, NaN],
    ]);
  });

  it('pushBlock with more rows than capacity keeps the last capacity rows and counts them all', () => {
    const t = new RingTable(['a', 'b'] as const, 3);
    t.push({ a: -1, b: -1 });
    const block = new Float64Array(10 * 2);
    for (let r = 0; r < 10; r++) block.set([r, r * 10], r * 2);
    t.pushBlock(['a', 'b'], block, 10);
    expect(t.total).toBe(11);
    expect(rows(t)).toEqual([
      [7, 70],
      [8, 80],
      [9, 90],
    ]);
  });

  it('pushBlock throws when the block is shorter than count rows', () => {
    const t = new RingTable(['a'] as const, 3);
    expect(() => t.pushBlock(['a'], new Float64Array(1), 2)).toThrow(RangeError);
  });

  it('copyColumn(c) returns the column oldest first across the wrap, reusing out when large enough', () => {
    const t = new RingTable(['a', 'b'] as const, 4);
    for (let i = 0; i < 6; i++) t.push({ a: i, b: 0 });
    expect(Array.from(t.copyColumn('a'))).toEqual([2, 3, 4, 5]);
    const out = new Float64Array(10);
    const view = t.copyColumn('a', out);
    expect(view.buffer).toBe(out.buffer);
    expect(Array.from(view)).toEqual([2, 3, 4, 5]);
  });

  it('extent(c) ignores NaN and infinities; [NaN, NaN] when nothing is finite', () => {
    const t = new RingTable(['a', 'b'] as const, 8);
    for (const v of [3, NaN, -2, Infinity, 7]) t.push({ a: v, b: NaN });
    expect(t.extent('a')).toEqual([-2, 7]);
    expect(t.extent('b')).toEqual([NaN, NaN]);
  });

  it('clear() empties the table and notifies; subscribe/unsubscribe control notifications and version grows', () => {
    const t = new RingTable(['a'] as const, 2);
    const listener = vi.fn();
    const off = t.subscribe(listener);
    t.push({ a: 1 });
    t.pushBlock(['a'], new Float64Array(0), 0);
    expect(listener).toHaveBeenCalledTimes(1);
    const v = t.version;
    t.clear();
    expect(t.length).toBe(0);
    expect(t.total).toBe(0);
    expect(t.version).toBe(v + 1);
    expect(listener).toHaveBeenCalledTimes(2);
    off();
    t.push({ a: 2 });
    expect(listener).toHaveBeenCalledTimes(2);
    expect(t.last('a')).toBe(2);
  });

  it('truncateFrom(c, v) drops the newest rows with c ≥ v, across the wrap, and keeps the rest in order', () => {
    const t = new RingTable(['step', 'y'] as const, 4);
    for (let k = 1; k <= 6; k++) t.push({ step: k, y: 10 * k }); // keeps steps 3…6, wrapped
    const listener = vi.fn();
    t.subscribe(listener);
    expect(t.truncateFrom('step', 5)).toBe(2);
    expect(Array.from(t.copyColumn('step'))).toEqual([3, 4]);
    expect(t.total).toBe(4);
    expect(listener).toHaveBeenCalledTimes(1);
    t.push({ step: 5, y: 51 });
    expect(Array.from(t.copyColumn('y'))).toEqual([30, 40, 51]);
    expect(t.truncateFrom('step', 99)).toBe(0);
    expect(listener).toHaveBeenCalledTimes(2);
    expect(t.truncateFrom('step', -1)).toBe(3);
    expect(t.length).toBe(0);
  });

  it('constructor rejects a capacity < 1 and duplicate columns', () => {
    expect(() => new RingTable(['a'], 0)).toThrow(RangeError);
    expect(() => new RingTable(['a', 'a'], 2)).toThrow(RangeError);
  });
});
