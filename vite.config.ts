// Vite build of the site: relative base so dist/ works from any static host and any sub-path; CSP and offline worker in builds.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { precached, serviceWorkerSource } from './src/app/serviceWorker';

/**
 * Content-Security-Policy of the built site: only its own origin. Styles allow 'unsafe-inline' for
 * KaTeX's and React's style attributes; blob: images and workers serve exports and the training worker.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
].join('; ');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? filesUnder(join(dir, d.name)) : [join(dir, d.name)]));
}

/**
 * Build only (the dev server needs inline scripts and has no fixed file list): puts the CSP meta
 * first in index.html, and once dist/ is written (public/ included) writes dist/sw.js with every
 * file to cache and a version that is the hash of their contents.
 */
function classroomBuild(): Plugin {
  let outDir = 'dist';
  return {
    name: 'training-lab:csp-and-offline',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP }, injectTo: 'head-prepend' }],
    writeBundle: {
      order: 'post',
      handler() {
        const files = filesUnder(outDir)
          .map((f) => relative(outDir, f).split(sep).join('/'))
          .filter(precached)
          .sort();
        const hash = createHash('sha256');
        for (const f of files) hash.update(f).update('\0').update(readFileSync(join(outDir, f))).update('\0');
        const version = hash.digest('hex').slice(0, 16);
        writeFileSync(join(outDir, 'sw.js'), serviceWorkerSource({ version, assets: files }));
      },
    },
  };
}

export default defineConfig({
  base: './',
  plugins: [react(), classroomBuild()],
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 600 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
