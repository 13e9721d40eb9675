// The README stands alone and stays current: its lesson table names every lesson of the catalogue, and no doc points outside the repository.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LESSONS } from '../../src/lessons';

const readme = readFileSync('README.md', 'utf8');

describe('README', () => {
  it('lists every lesson of src/lessons/index.ts in its lesson table, and no lesson that does not exist', () => {
    const table = readme.slice(readme.indexOf('## Lessons so far'));
    const listed = [...table.matchAll(/^\| `([a-z0-9-]+)` \|/gm)].map((m) => m[1]);
    expect(listed.sort()).toEqual(LESSONS.map((l) => l.id).sort());
  });

  it('and the docs point at nothing outside the repository (no ../shared, no DESIGN.md of another tree)', () => {
    const docs = ['README.md', ...readdirSync('docs').filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];
    for (const file of docs) expect(readFileSync(file, 'utf8'), file).not.toMatch(/\.\.\/shared|shared\/(DESIGN|STYLE|seeds)/);
  });

  it('states the Node version that package.json declares', () => {
    const engines = (JSON.parse(readFileSync('package.json', 'utf8')) as { engines: { node: string } }).engines.node;
    expect(engines).toBe('>=20.19');
    expect(readme).toContain('Node 20.19 or newer');
  });
});
