// What the offline service worker precaches (the build's own files and the data manifest's files) and their SRI hashes; read by vite.config.ts.
//
// The worker itself is src/app/sw.ts (Workbox precaching, built by vite-plugin-pwa). Each precache entry carries a
// revision (so a changed file is fetched again) and an `integrity` hash: the browser refuses a download whose bytes
// differ, so a damaged file never enters the offline cache. Data files take their hash from public/data/manifest.json,
// the same SHA-256 the training worker checks; every other file takes the hash of its built bytes.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Globs (relative to the build folder) of the files precached: the app, its styles and woff2 fonts, the index cards' pictures and the data set. */
export const PRECACHE_GLOBS: readonly string[] = ['index.html', 'assets/**/*.{js,css,woff2,svg,png}', 'cards/*.svg', 'data/manifest.json', 'data/*.gzip'];

/** One entry of Workbox's precache manifest: url relative to the worker's folder, revision (null when the url is hashed), SRI hash. */
export interface PrecacheEntry {
  url: string;
  revision: string | null;
  size: number;
  integrity?: string;
}

/** "sha256-<base64>" for a lower-case hex SHA-256 (the data manifest's form). */
export function sriFromHex(hex: string): string {
  if (!/^[0-9a-f]{64}$/.test(hex)) throw new Error(`not a hex SHA-256: ${hex}`);
  return `sha256-${Buffer.from(hex, 'hex').toString('base64')}`;
}

/** "sha256-<base64>" of some bytes. */
export function sriOf(bytes: Uint8Array): string {
  return `sha256-${createHash('sha256').update(bytes).digest('base64')}`;
}

/**
 * The data manifest's checksums by file url ("data/<path>" → SRI of gzipSha256), read from the built data/manifest.json.
 * Throws when the manifest is missing or lists a file without a hex hash: a build must not precache unchecked data.
 */
export function dataHashes(outDir: string): Map<string, string> {
  const manifest = JSON.parse(readFileSync(join(outDir, 'data', 'manifest.json'), 'utf8')) as { files?: { path: string; gzipSha256: string }[] };
  if (!Array.isArray(manifest.files)) throw new Error('data/manifest.json has no file list');
  return new Map(manifest.files.map((f) => [`data/${f.path}`, sriFromHex(f.gzipSha256)]));
}

/**
 * Adds `integrity` to every precache entry: the data manifest's checksum for its files (a data file it does not list
 * fails the build), the hash of the built bytes for the rest. `read` returns a built file's bytes by url.
 */
export function withIntegrity(entries: readonly PrecacheEntry[], data: ReadonlyMap<string, string>, read: (url: string) => Uint8Array): PrecacheEntry[] {
  return entries.map((e) => {
    const fromManifest = data.get(e.url);
    if (e.url.startsWith('data/') && e.url !== 'data/manifest.json' && !fromManifest) throw new Error(`${e.url} is not in data/manifest.json`);
    return { ...e, integrity: fromManifest ?? sriOf(read(e.url)) };
  });
}
