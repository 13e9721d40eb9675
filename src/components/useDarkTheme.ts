// Whether the page shows its dark theme: the system asks for dark and no projector (present) mode overrides it.
import { useSyncExternalStore } from 'react';

const QUERY = '(prefers-color-scheme: dark)';

/** Mirrors styles.css: the dark variables apply under prefers-color-scheme: dark, except in html[data-mode='present']. */
function isDark(): boolean {
  return typeof matchMedia === 'function' && matchMedia(QUERY).matches && document.documentElement.dataset.mode !== 'present';
}

function subscribe(onChange: () => void): () => void {
  const mq = matchMedia(QUERY);
  mq.addEventListener('change', onChange);
  const mo = new MutationObserver(onChange);
  mo.observe(document.documentElement, { attributes: true, attributeFilter: ['data-mode'] });
  return () => {
    mq.removeEventListener('change', onChange);
    mo.disconnect();
  };
}

/** True while the dark theme is on; charts that paint their own background (contour fields) follow it. */
export function useDarkTheme(): boolean {
  return useSyncExternalStore(subscribe, isDark, () => false);
}
