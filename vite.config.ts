// Vite build of the site: relative base so dist/ works from any static host and any sub-path; CSP and offline worker in builds.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { dataHashes, PRECACHE_GLOBS, withIntegrity } from './scripts/build/precache';

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

/** Build only (the dev server needs inline scripts): puts the CSP meta first in index.html. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'training-lab:csp',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP }, injectTo: 'head-prepend' }],
  };
}

/**
 * The offline service worker (src/app/sw.ts, Workbox) as dist/sw.js, with the precache list of the built files and
 * public/data: revisions, and SRI hashes (data files: the data manifest's checksums). No web app manifest, no
 * registration script (src/app/offline.ts registers it); the dev server registers nothing.
 */
function offline(outDir: string) {
  return VitePWA({
    strategies: 'injectManifest',
    srcDir: 'src/app',
    filename: 'sw.ts',
    injectRegister: false,
    manifest: false,
    injectManifest: {
      rollupFormat: 'iife',
      globPatterns: [...PRECACHE_GLOBS],
      // The MNIST images (1.6 MB) are part of what must work offline.
      maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
      manifestTransforms: [
        async (entries) => ({
          manifest: withIntegrity(entries, dataHashes(outDir), (url) => readFileSync(join(outDir, url))),
          warnings: [],
        }),
      ],
    },
  });
}

export default defineConfig({
  base: './',
  plugins: [react(), contentSecurityPolicy(), offline(resolve('dist'))],
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 600 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
