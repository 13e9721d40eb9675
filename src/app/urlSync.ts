// Keeps the store and the address bar in step: hash → store on load and on navigation, store → hash by replaceState.
import { findLesson } from '../lessons';
import { encode } from './params';
import { buildHash, parseHash } from './route';
import { useStore, type AppState } from './store';

/** Minimum time between two URL writes while parameters change. */
export const URL_WRITE_MS = 200;

/** The canonical hash for a state: lesson, its non-default parameters, then the pinned language. */
export function hashOf(s: Pick<AppState, 'lessonId' | 'params' | 'lang' | 'langPinned'>): string {
  const lesson = findLesson(s.lessonId);
  const q = lesson ? encode(lesson.params, s.params) : '';
  const lang = s.langPinned ? `lang=${s.lang}` : '';
  return buildHash(lesson?.id ?? null, [q, lang].filter(Boolean).join('&'));
}

/** Starts syncing; returns a function that stops it. */
export function startUrlSync(): () => void {
  const write = (s: AppState) => {
    if (s.unknownLesson !== null) return; // keep the mistyped address visible
    const hash = hashOf(s);
    // replaceState: dragging a slider must not fill the back button's history.
    if (hash !== window.location.hash) window.history.replaceState(window.history.state, '', hash);
  };
  // While dragging, write at most every URL_WRITE_MS (browsers rate-limit the history API; Safari throws past 100 calls / 30 s).
  let timer: ReturnType<typeof setTimeout> | null = null;
  let lastWrite = -Infinity;
  const writeSoon = () => {
    if (timer !== null) return;
    const wait = Math.max(0, lastWrite + URL_WRITE_MS - performance.now());
    timer = setTimeout(() => {
      timer = null;
      lastWrite = performance.now();
      write(useStore.getState());
    }, wait);
  };
  const fromLocation = () => {
    if (timer !== null) {
      clearTimeout(timer);
      timer = null;
    }
    useStore.getState().navigate(parseHash(window.location.hash));
    write(useStore.getState()); // show the canonical (clamped, defaults-free) form of what was typed
  };
  fromLocation();
  window.addEventListener('hashchange', fromLocation);
  const unsubscribe = useStore.subscribe((s, prev) => {
    if (s.params === prev.params && s.lang === prev.lang && s.lessonId === prev.lessonId && s.langPinned === prev.langPinned) return;
    writeSoon();
  });
  return () => {
    if (timer !== null) clearTimeout(timer);
    window.removeEventListener('hashchange', fromLocation);
    unsubscribe();
  };
}
