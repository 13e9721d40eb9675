// No source file in src is over 400 lines, prose and string tables aside (a file of one job stays readable).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const MAX_LINES = 400;
/** Prose and string tables: long by nature, one job each. */
const PROSE = [/\/text\.ts$/, /\/strings\.ts$/, /\.css$/];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? sourceFiles(p) : /\.(ts|tsx|wgsl)$/.test(name) ? [p] : [];
  });
}

describe('src', () => {
  it(`has no source file over ${MAX_LINES} lines (prose tables aside)`, () => {
    const long = sourceFiles(path.resolve('src'))
      .filter((f) => !PROSE.some((re) => re.test(f.split(path.sep).join('/'))))
      .map((f) => ({ file: path.relative('src', f), lines: readFileSync(f, 'utf8').split('\n').length }))
      .filter((f) => f.lines > MAX_LINES);
    expect(long).toEqual([]);
  });
});
