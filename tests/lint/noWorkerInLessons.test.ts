// Lessons and components ask the worker pool for runs: none of their files constructs a Worker.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? files(p) : /\.(ts|tsx)$/.test(name) ? [p] : [];
  });
}

const NEW_WORKER = /new\s+(Shared)?Worker\s*\(/;

describe('src/lessons and src/components', () => {
  it('the pattern finds a Worker construction', () => {
    expect(NEW_WORKER.test("const w = new Worker(new URL('./x.ts', import.meta.url));")).toBe(true);
    expect(NEW_WORKER.test('const w = pagePool().port();')).toBe(false);
  });

  it('construct no Worker (only src/worker/page/pool.ts does)', () => {
    const offenders = ['src/lessons', 'src/components'].flatMap((d) => files(path.resolve(d))).filter((f) => NEW_WORKER.test(readFileSync(f, 'utf8')));
    expect(offenders.map((f) => path.relative(process.cwd(), f))).toEqual([]);
    const all = files(path.resolve('src')).filter((f) => NEW_WORKER.test(readFileSync(f, 'utf8')));
    expect(all.map((f) => path.relative(process.cwd(), f))).toEqual(['src/worker/page/pool.ts']);
  });
});
