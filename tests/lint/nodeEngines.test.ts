// Every installed package accepts the Node version the README and package.json state (npm warns on install otherwise; @axe-core/playwright 4.14 once did).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

type Version = [number, number, number];

/** Whether `v` satisfies an npm engines range of the forms packages use: ||, space-joined comparators, >=, ^, bare or .x/.* majors. */
function satisfies(v: Version, range: string): boolean {
  const cmp = (a: Version, b: Version) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
  const parse = (s: string): Version => {
    const [a, b, c] = s.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : 0));
    return [a, b ?? 0, c ?? 0];
  };
  const one = (c: string): boolean => {
    if (c.startsWith('>=')) return cmp(v, parse(c.slice(2))) >= 0;
    if (c.startsWith('^')) {
      const lo = parse(c.slice(1));
      return cmp(v, lo) >= 0 && v[0] === lo[0];
    }
    if (/^\d+(\.(x|\*))*$/.test(c)) return v[0] === Number(c.split('.')[0]);
    throw new Error(`unhandled engines comparator "${c}"`);
  };
  return range.split('||').some((alt) => alt.replace(/>=\s+/g, '>=').trim().split(/\s+/).every(one));
}

describe('satisfies', () => {
  it('reads the range forms npm uses (checked by hand against semver’s rules)', () => {
    expect(satisfies([20, 19, 0], '>=22.12.0')).toBe(false);
    expect(satisfies([20, 19, 0], '^20.19.0 || >=22.12.0')).toBe(true);
    expect(satisfies([20, 18, 9], '^20.19.0 || >=22.12.0')).toBe(false);
    expect(satisfies([20, 19, 0], '18 || 20 || >=22')).toBe(true);
    expect(satisfies([21, 0, 0], '18 || 20 || >=22')).toBe(false);
    expect(satisfies([20, 19, 0], '>= 18')).toBe(true);
    expect(satisfies([20, 19, 0], '6.* || 8.* || >= 10.*')).toBe(true);
    expect(satisfies([20, 19, 0], '^18.18.0 || ^20.9.0 || >=21.1.0')).toBe(true);
    expect(satisfies([14, 16, 0], '>=16 || 14 >=14.17')).toBe(false);
  });
});

describe('engines', () => {
  it('every package in package-lock.json (but other platforms’ binaries) accepts Node 20.19.0, the minimum package.json states', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { engines: { node: string } };
    expect(pkg.engines.node).toBe('>=20.19');
    const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
      packages: Record<string, { version?: string; engines?: { node?: string }; optional?: boolean; os?: string[]; cpu?: string[] }>;
    };
    const refusing = Object.entries(lock.packages)
      .filter(([path, p]) => path !== '' && p.engines?.node && !(p.optional && (p.os || p.cpu)))
      .filter(([, p]) => !satisfies([20, 19, 0], p.engines!.node!))
      .map(([path, p]) => `${path.replace(/^.*node_modules\//, '')}@${p.version} wants node ${p.engines!.node}`);
    expect(refusing).toEqual([]);
  });
});
