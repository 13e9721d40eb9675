// The precache list's hashes: data files carry the data manifest's checksums, other files the hash of their bytes, and the list is the built files only.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dataHashes, PRECACHE_GLOBS, sriFromHex, sriOf, withIntegrity, type PrecacheEntry } from '../../scripts/build/precache';

const sha256Base64 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('base64');

describe('SRI hashes', () => {
  it('sriFromHex re-encodes a hex SHA-256 as base64 (the SHA-256 of "abc", FIPS 180-2)', () => {
    const hex = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';
    expect(sriFromHex(hex)).toBe('sha256-ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=');
    expect(sriOf(new TextEncoder().encode('abc'))).toBe(sriFromHex(hex));
  });

  it('sriFromHex refuses anything but 64 lower-case hex digits', () => {
    for (const bad of ['', 'xyz', 'BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD', '00'.repeat(31)]) {
      expect(() => sriFromHex(bad)).toThrow(/not a hex SHA-256/);
    }
  });
});

describe('dataHashes', () => {
  it('gives every data file of public/data the SHA-256 of its actual bytes', () => {
    const hashes = dataHashes('public');
    expect([...hashes.keys()].sort()).toEqual([
      'data/mnist-test-images.u8.gzip',
      'data/mnist-test-labels.u8.gzip',
      'data/mnist-train-images.u8.gzip',
      'data/mnist-train-labels.u8.gzip',
    ]);
    for (const [url, sri] of hashes) expect(sri).toBe(`sha256-${sha256Base64(readFileSync(`public/${url}`))}`);
  });
});

describe('withIntegrity', () => {
  const data = new Map([['data/a.gzip', 'sha256-FROM-MANIFEST']]);
  const files: Record<string, string> = { 'index.html': '<!doctype html>', 'assets/x-1.js': 'x()', 'data/manifest.json': '{}' };
  const read = (url: string) => new TextEncoder().encode(files[url]);
  const entry = (url: string): PrecacheEntry => ({ url, revision: 'r', size: 1 });

  it('takes data files’ hashes from the manifest and hashes the bytes of the rest', () => {
    const out = withIntegrity(['index.html', 'assets/x-1.js', 'data/manifest.json', 'data/a.gzip'].map(entry), data, read);
    expect(out.map((e) => e.integrity)).toEqual([
      `sha256-${sha256Base64(read('index.html'))}`,
      `sha256-${sha256Base64(read('assets/x-1.js'))}`,
      `sha256-${sha256Base64(read('data/manifest.json'))}`,
      'sha256-FROM-MANIFEST',
    ]);
    expect(out.map((e) => e.revision)).toEqual(['r', 'r', 'r', 'r']);
  });

  it('fails the build for a data file the manifest does not list', () => {
    expect(() => withIntegrity([entry('data/stray.gzip')], data, read)).toThrow(/data\/stray\.gzip is not in data\/manifest\.json/);
  });
});

describe('PRECACHE_GLOBS', () => {
  it('name the page, the built assets and the data set, and no source maps or fallback font formats', () => {
    expect(PRECACHE_GLOBS).toContain('index.html');
    expect(PRECACHE_GLOBS).toContain('data/manifest.json');
    expect(PRECACHE_GLOBS.join(' ')).not.toMatch(/\bmap\b|\bttf\b|\bwoff\b/);
  });
});
