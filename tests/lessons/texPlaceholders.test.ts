// A lesson text fills its {placeholders} with t(text, values), which replaces every {name} in the string, TeX included:
// a placeholder name used in the running text must not also stand inside a formula, where TeX means a group, not a value
// (data-parallel's $\frac{n_k}{n}$ once came out as \frac{n_k}96 because the text also said "the first {n} digits").
import { describe, expect, it } from 'vitest';

const modules = import.meta.glob('../../src/lessons/*/text.ts', { eager: true }) as Record<string, Record<string, unknown>>;

/** Every string of a text module, with its path. */
function strings(value: unknown, at: string, out: [string, string][]): [string, string][] {
  if (typeof value === 'string') out.push([at, value]);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) strings(v, `${at}.${k}`, out);
  return out;
}

/**
 * Names used as {placeholders} in the running text that also stand inside a formula as a TeX argument: right after a
 * command, a closing brace, _ or ^ (\frac{a}{n}, x_{n}); a value meant for a formula is written {{name}} or after an operator.
 */
export function clashes(text: string): string[] {
  const tex = [...text.matchAll(/\$\$[\s\S]*?\$\$|\$[^$]*\$/g)].map((m) => m[0]);
  const prose = text.replace(/\$\$[\s\S]*?\$\$|\$[^$]*\$/g, ' ');
  const outside = new Set([...prose.matchAll(/\{([A-Za-z_]\w*)\}/g)].map((m) => m[1]));
  const inside = new Set(tex.flatMap((f) => [...f.matchAll(/(?<=\\[A-Za-z]+|[}_^])\{([A-Za-z_]\w*)\}/g)].map((m) => m[1])));
  return [...inside].filter((n) => outside.has(n));
}

describe('placeholders and TeX in lesson texts', () => {
  it('finds the clash it is meant to find', () => {
    expect(clashes('the first {n} digits: $g = \\sum_k \\frac{n_k}{n} g_k$')).toEqual(['n']);
    expect(clashes('the first {rows} digits: $g = \\sum_k \\frac{n_k}{n} g_k$')).toEqual([]);
    expect(clashes('$$x_{n}$$ over {n} rows')).toEqual(['n']);
    expect(clashes('$\\frac{{lambda}}{2} = {penalty}$ at λ = {lambda}')).toEqual([]);
  });

  it('no lesson text uses a placeholder name that also stands as a {group} inside its formulas', () => {
    const all = Object.entries(modules).flatMap(([file, mod]) => strings(mod, file.replace(/^.*lessons\//, ''), []));
    expect(all.length).toBeGreaterThan(500);
    const bad = all.filter(([, s]) => clashes(s).length > 0).map(([at, s]) => `${at}: ${clashes(s).join(', ')}`);
    expect(bad).toEqual([]);
  });
});
