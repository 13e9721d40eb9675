// The offline service worker: its logic (typed, unit-tested) and the source the build writes to dist/sw.js.
//
// Cache-first over one cache per build version: install stores every file of the build (app, fonts,
// public/data), activate deletes other versions' caches, fetch answers from the cache and falls back
// to the network (storing what it fetched). A new build has a new version, hence a new sw.js: the
// browser installs it on the next visit and it takes over at once (skipWaiting + clients.claim).

export interface SwConfig {
  /** Hash of the build's files; names the cache. */
  version: string;
  /** Paths relative to the worker's folder, e.g. "index.html", "assets/index-abc.js", "data/manifest.json". */
  assets: readonly string[];
}

interface ExtendableEvent {
  waitUntil(p: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  request: Request;
  respondWith(r: Promise<Response>): void;
}
/** The parts of ServiceWorkerGlobalScope the worker uses (the DOM lib does not type them). */
export interface SwScope {
  addEventListener(type: 'install' | 'activate', listener: (e: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (e: FetchEvent) => void): void;
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void> };
  registration: { scope: string };
}

/** Cache names start with this; other names belong to someone else and are left alone. */
export const CACHE_PREFIX = 'training-lab-';

/**
 * The worker itself. It runs from its source text (see serviceWorkerSource), so it must use only its
 * arguments and the worker's globals, nothing else from this module.
 */
export function serviceWorkerMain(scope: SwScope, caches: CacheStorage, fetch: (r: Request) => Promise<Response>, config: SwConfig): void {
  const prefix = 'training-lab-';
  const cacheName = prefix + config.version;
  const base = scope.registration.scope;
  const indexUrl = new URL('index.html', base).href;

  scope.addEventListener('install', (e) => {
    e.waitUntil(
      caches
        .open(cacheName)
        .then((cache) => cache.addAll(config.assets.map((a) => new URL(a, base).href)))
        .then(() => scope.skipWaiting()),
    );
  });

  scope.addEventListener('activate', (e) => {
    e.waitUntil(
      caches
        .keys()
        .then((keys) => Promise.all(keys.filter((k) => k.startsWith(prefix) && k !== cacheName).map((k) => caches.delete(k))))
        .then(() => scope.clients.claim()),
    );
  });

  const respond = async (request: Request): Promise<Response> => {
    const cache = await caches.open(cacheName);
    // Every page of the site is index.html (routes are hashes; a query string changes nothing).
    const page = request.mode === 'navigate' && /\/(index\.html)?$/.test(new URL(request.url).pathname);
    const hit = page ? await cache.match(indexUrl) : await cache.match(request);
    if (hit) return hit;
    const response = await fetch(request);
    if (response.ok && response.type === 'basic' && !request.headers.has('range')) await cache.put(request, response.clone());
    return response;
  };

  scope.addEventListener('fetch', (e) => {
    const request = e.request;
    if (request.method !== 'GET' || !request.url.startsWith(base)) return;
    e.respondWith(respond(request));
  });
}

/** The text of dist/sw.js for a build. */
export function serviceWorkerSource(config: SwConfig): string {
  return [
    `// Service worker of build ${config.version}, written by the build (src/app/serviceWorker.ts).`,
    `'use strict';`,
    `(${serviceWorkerMain.toString()})(self, caches, (r) => fetch(r), ${JSON.stringify(config)});`,
    '',
  ].join('\n');
}

/** Which built files are cached on install: all but the worker itself and the font formats browsers skip when woff2 loads. */
export function precached(path: string): boolean {
  return path !== 'sw.js' && !/\.(woff|ttf|map)$/.test(path) && !path.split('/').some((p) => p.startsWith('.'));
}
