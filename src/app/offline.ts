// Registers the service worker of production builds (dist/sw.js, written by the build) and tracks online/offline.
import { useStore } from '../state/store';

/** Starts offline support: the page reports 'ready' once every file of this version is cached. */
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
        // Check for a new build on every load (browsers otherwise may wait up to a day): it installs now and serves the next load.
        if (navigator.onLine) registration.update().catch(() => undefined);
        return navigator.serviceWorker.ready;
      })
      .then(() => setOffline('ready'))
      .catch(() => setOffline('failed')); // e.g. a host that does not serve sw.js: the site works, online only
  };
  // Caching waits until the page has loaded, so it never competes with the first render.
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
