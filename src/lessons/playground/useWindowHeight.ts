// The window's inner height, kept current on resize (for the parts of the bench that size themselves to one screen).
import { useSyncExternalStore } from 'react';

const subscribe = (onChange: () => void) => {
  window.addEventListener('resize', onChange);
  return () => window.removeEventListener('resize', onChange);
};
const height = () => window.innerHeight;

/** window.innerHeight, re-read on every resize. */
export function useWindowHeight(): number {
  return useSyncExternalStore(subscribe, height, () => 720);
}
