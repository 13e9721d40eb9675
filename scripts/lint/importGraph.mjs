// The import graph of a source tree (static, dynamic and type imports, re-exports) and its cycles (Tarjan's strongly connected components).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const SOURCE = /\.(ts|tsx|mjs|js)$/;
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)(['"])(\.{1,2}\/[^'"]+)\1/gm;
const TRY = ['', '.ts', '.tsx', '.mjs', '.js', '/index.ts', '/index.tsx'];

function listFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? listFiles(p) : SOURCE.test(name) ? [p] : [];
  });
}

/** The file a relative specifier names, or null (e.g. a .wgsl or .css asset). */
function resolve(from, spec) {
  for (const ext of TRY) {
    const p = path.resolve(path.dirname(from), spec + ext);
    if (SOURCE.test(p) && existsSync(p) && statSync(p).isFile()) return p;
  }
  return null;
}

/** Map from each source file under `dir` to the source files it imports, all as absolute paths (whether `dir` is relative or not). */
export function importGraph(dir) {
  const graph = new Map();
  for (const file of listFiles(path.resolve(dir))) {
    const text = readFileSync(file, 'utf8');
    const deps = new Set();
    for (const m of text.matchAll(IMPORT)) {
      const target = resolve(file, m[2]);
      if (target) deps.add(target);
    }
    graph.set(file, [...deps]);
  }
  return graph;
}

/** The cycles of a graph: every strongly connected component with more than one node, or a node importing itself. */
export function cycles(graph) {
  let next = 0;
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const out = [];
  const visit = (v) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v), low.get(w)));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v), index.get(w)));
    }
    if (low.get(v) === index.get(v)) {
      const scc = [];
      let w;
      do {
        w = stack.pop();
        onStack.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1 || (graph.get(v) ?? []).includes(v)) out.push(scc.reverse());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return out;
}
