// No import cycle anywhere in src: the graph of every static, dynamic and type import has no strongly connected component.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cycles, importGraph } from '../../scripts/lint/importGraph.mjs';

type Graph = Map<string, string[]>;
const findCycles = cycles as (g: Graph) => string[][];

describe('cycles(graph)', () => {
  it('finds a three-file ring and a file importing itself, and nothing in a tree', () => {
    const g: Graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a', 'd']],
      ['d', []],
      ['e', ['e']],
      ['f', ['d']],
    ]);
    expect(findCycles(g).map((c) => [...c].sort())).toEqual([['a', 'b', 'c'], ['e']]);
    expect(findCycles(new Map([['x', ['y']], ['y', []]]))).toEqual([]);
  });
});

describe('src', () => {
  it('has no import cycle', () => {
    const src = path.resolve('src');
    const graph = (importGraph as (dir: string) => Graph)(src);
    expect(graph.size).toBeGreaterThan(100);
    const rel = findCycles(graph).map((c) => c.map((f) => path.relative(src, f)));
    expect(rel).toEqual([]);
  });
});
