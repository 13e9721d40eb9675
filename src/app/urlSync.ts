// Keeps the store and the address bar in step: hash → store on load and on navigation, store → hash by replaceState.
import { findLesson } from '../lessons';
import { encode } from './params';
import { buildHash, parseHash } from './route';
import { useStore, type AppState } from './store';

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
  const fromLocation = () => {
    useStore.getState().navigate(parseHash(window.location.hash));
    write(useStore.getState()); // show the canonical (clamped, defaults-free) form of what was typed
  };
  fromLocation();
  window.addEventListener('hashchange', fromLocation);
  const unsubscribe = useStore.subscribe((s, prev) => {
    if (s.params === prev.params && s.lang === prev.lang && s.lessonId === prev.lessonId && s.langPinned === prev.langPinned) return;
    write(s);
  });
  return () => {
    window.removeEventListener('hashchange', fromLocation);
    unsubscribe();
  };
}
