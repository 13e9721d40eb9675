// No import cycle in src, bench or scripts: the graph of every static, dynamic and type import has no strongly connected component.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cycles, importGraph } from '../../scripts/lint/importGraph.mjs';

type Graph = Map<string, string[]>;
const findCycles = cycles as (g: Graph) => string[][];
const graphOf = importGraph as (dir: string) => Graph;

/** The cycles of the tree under `dir`, as paths relative to it. */
const cyclesIn = (dir: string) => findCycles(graphOf(dir)).map((c) => c.map((f) => path.relative(path.resolve(dir), f)));

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

describe('importGraph(dir) + cycles', () => {
  // A tree written for the test: a ring closed only by a type import (as bench/'s BenchRecord ring was), a dynamic
  // import ring between .mjs files, and a file that merely imports both rings.
  const dir = mkdtempSync(path.join(tmpdir(), 'import-cycles-'));
  const files: Record<string, string> = {
    'record.ts': "import { run } from './main';\nexport interface Row { name: string }\nexport const go = run;\n",
    'main.ts': "import type { Row } from './record';\nexport const run = (r: Row) => r.name;\n",
    'a.mjs': "export const load = () => import('./b.mjs');\n",
    'b.mjs': "export { load } from './a.mjs';\n",
    'leaf.ts': "import { go } from './record';\nimport './a.mjs';\nexport default go;\n",
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('fires on a type-import ring and a dynamic-import ring, given a relative or an absolute folder', () => {
    const expected = [['a.mjs', 'b.mjs'], ['main.ts', 'record.ts']];
    expect(cyclesIn(dir).map((c) => c.sort()).sort()).toEqual(expected);
    expect(cyclesIn(path.relative(process.cwd(), dir)).map((c) => c.sort()).sort()).toEqual(expected);
  });
});

describe.each([
  ['src', 100],
  ['bench', 10],
  ['scripts', 5],
])('%s', (dir, atLeast) => {
  it('has no import cycle', () => {
    expect(graphOf(dir).size).toBeGreaterThan(atLeast);
    expect(cyclesIn(dir)).toEqual([]);
  });
});
