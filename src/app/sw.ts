// The offline service worker (built by vite-plugin-pwa into dist/sw.js): Workbox precaching of the build's files and the data set, nothing else.
//
// The build injects the precache list (src/app/serviceWorker.ts: url, revision, SRI integrity) at self.__WB_MANIFEST.
// Install downloads every listed file with its integrity, so a damaged file fails the install instead of being cached;
// activate drops files no longer listed and the caches of the earlier hand-written worker. Requests for listed files
// are answered from the cache whatever the response's Vary header says: vite preview sends "Vary: Origin" (the
// hand-written worker then missed every module offline); Workbox looks files up by a key request of its own, which
// cannot carry Origin, and the plugin below ignores any other Vary (e.g. Accept) too. Navigations get index.html.
// Nothing else is cached at run time. A new build's worker takes over at once and serves from the next load.
import { clientsClaim } from 'workbox-core';
import { addPlugins, cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';

/** The parts of ServiceWorkerGlobalScope used here (the project's DOM lib does not type it). */
interface SwScope {
  __WB_MANIFEST: (PrecacheEntry | string)[];
  skipWaiting(): Promise<void>;
  addEventListener(type: 'activate', listener: (e: { waitUntil(p: Promise<unknown>): void }) => void): void;
}
declare const self: SwScope;

/** Cache names of the hand-written worker this one replaces. */
const OLD_CACHE_PREFIX = 'training-lab-';

/** Precached responses match ignoring Vary: the cache key (url + revision) already names the exact file. */
addPlugins([
  {
    cachedResponseWillBeUsed: async ({ cacheName, request, matchOptions, cachedResponse }) =>
      cachedResponse ?? (await (await caches.open(cacheName)).match(request, { ...matchOptions, ignoreVary: true })) ?? null,
  },
]);
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();
// Routes are hashes: every page of the site is index.html, whatever its query string.
registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html'), { allowlist: [/\/(index\.html)?(\?.*)?$/] }));

self.addEventListener('activate', (e) => {
  e.waitUntil(caches.keys().then((keys) => Promise.all(keys.filter((k) => k.startsWith(OLD_CACHE_PREFIX)).map((k) => caches.delete(k)))));
});
void self.skipWaiting();
clientsClaim();
