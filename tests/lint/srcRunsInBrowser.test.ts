// src holds what runs in the browser (page and workers): build-time code that reads the disk lives in scripts/, so no
// file under src imports a Node built-in (node:fs, node:crypto, …).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? files(p) : /\.(ts|tsx)$/.test(name) ? [p] : [];
  });
}

const NODE_IMPORT = /\bfrom\s+['"]node:|\bimport\s*\(\s*['"]node:|\brequire\s*\(\s*['"]node:/;

describe('src runs in the browser', () => {
  it('the pattern finds a Node built-in import, static or dynamic', () => {
    expect(NODE_IMPORT.test("import { readFileSync } from 'node:fs';")).toBe(true);
    expect(NODE_IMPORT.test("const fs = await import('node:fs');")).toBe(true);
    expect(NODE_IMPORT.test("import { gaussian } from '../engine/rng';")).toBe(false);
  });

  it('imports no Node built-in anywhere under src', () => {
    const offenders = files(path.resolve('src')).filter((f) => NODE_IMPORT.test(readFileSync(f, 'utf8')));
    expect(offenders.map((f) => path.relative(process.cwd(), f))).toEqual([]);
  });
});
