// Registers the service worker of production builds (dist/sw.js, src/app/sw.ts) and tracks online/offline and whether the site is saved.
import { useStore, type OfflineStatus } from '../state/store';

/** The parts of a ServiceWorker and its registration that installTracker reads. */
export interface SwWorker {
  state: string;
  addEventListener(type: 'statechange', listener: () => void): void;
}
export interface SwRegistration {
  installing: SwWorker | null;
  waiting: SwWorker | null;
  active: SwWorker | null;
}

/**
 * Follows a registration until the site is saved: calls `report` with 'ready' once a worker is active (its precache
 * complete: a worker activates only after every file installed and matched its hash), or 'failed' when the installing
 * worker becomes redundant with none active and none newer (a file failed to download or was damaged). A worker
 * replaced by a newer one hands the watch to it. Never leaves the caller on 'installing' once the browser settles.
 */
export function installTracker(registration: SwRegistration, report: (status: Exclude<OfflineStatus, 'none' | 'installing'>) => void): void {
  let watched: SwWorker | null = null;
  const check = () => {
    if (registration.active && registration.active.state === 'activated') return report('ready');
    const next = registration.installing ?? registration.waiting ?? registration.active;
    if (!next || next.state === 'redundant') return report('failed');
    if (next === watched) return;
    watched = next;
    next.addEventListener('statechange', check);
  };
  check();
}

/** Starts offline support: the header says 'installing' while the site is being saved, then 'ready' or 'failed'. */
export function startOffline(): void {
  const { setOnline, setOffline } = useStore.getState();
  setOnline(navigator.onLine);
  window.addEventListener('online', () => setOnline(true));
  window.addEventListener('offline', () => setOnline(false));
  // The dev server serves modules one by one and has no sw.js: offline support is for builds only.
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const register = () => {
    setOffline('installing');
    navigator.serviceWorker
      .register('./sw.js')
      .then((registration) => {
        installTracker(registration, setOffline);
        // Check for a new build on every load (browsers otherwise may wait up to a day): it installs now and serves the next load.
        if (navigator.onLine) registration.update().catch(() => undefined);
      })
      .catch(() => setOffline('failed')); // e.g. a host that does not serve sw.js: the site works, online only
  };
  // Caching waits until the page has loaded, so it never competes with the first render.
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
