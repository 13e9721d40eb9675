// Keeps the store and the address bar in step: hash → store on load and on navigation, store → hash by replaceState.
import { encode } from './params';
import { buildHash, parseHash } from './route';
import { useStore, type AppState, type LessonRef } from './store';
import { encodeView } from './viewParams';

/** Minimum time between two URL writes while parameters change. */
export const URL_WRITE_MS = 200;

type UrlState = Pick<AppState, 'lessonId' | 'paramSpecs' | 'params' | 'lang' | 'langPinned' | 'present' | 'embed' | 'hide' | 'figure' | 'backendChoice'> &
  Partial<Pick<AppState, 'page' | 'term'>>;

/**
 * The canonical hash for a state: lesson, its non-default parameters, the view keys (hide, figure,
 * embed, present, backend), then the language when pinned. With `share`, the language and the lesson's seed
 * (a parameter named "seed") are always written, so the link reproduces the run wherever it is opened.
 */
export function hashOf(s: UrlState, { share = false } = {}): string {
  const pinned = s.langPinned || share ? `lang=${s.lang}` : '';
  if (s.lessonId === null && s.page) {
    const term = s.page === 'glossary' && s.term ? `term=${encodeURIComponent(s.term)}` : '';
    return buildHash(s.page, [term, pinned].filter(Boolean).join('&'));
  }
  if (s.lessonId === null) return buildHash(null, pinned);
  const q = encode(s.paramSpecs, s.params, share ? ['seed'] : []);
  const lang = s.langPinned || share ? `lang=${s.lang}` : '';
  return buildHash(s.lessonId, [q, encodeView(s), lang].filter(Boolean).join('&'));
}

/** The absolute link "Copy link" writes: this page's address with the shared form of the hash. */
export function shareUrl(s: UrlState, location: Pick<Location, 'origin' | 'pathname'> = window.location): string {
  return `${location.origin}${location.pathname}${hashOf(s, { share: true })}`;
}

const URL_KEYS = ['params', 'lang', 'lessonId', 'page', 'term', 'langPinned', 'present', 'embed', 'hide', 'figure'] as const;

/** Starts syncing, finding lessons with `lookup` (the shell's catalogue); returns a function that stops it. */
export function startUrlSync(lookup: (id: string | null) => LessonRef | undefined): () => void {
  // The address as this module last read or wrote it. When the bar holds something else, a navigation
  // (link, back button, typed hash) is on its way as a hashchange event: a pending write must not overwrite it.
  let known = window.location.hash;
  const write = (s: AppState) => {
    if (window.location.hash !== known) return;
    if (s.unknownLesson !== null) return; // keep the mistyped address visible
    const hash = hashOf(s);
    // replaceState: dragging a slider must not fill the back button's history.
    if (hash !== window.location.hash) window.history.replaceState(window.history.state, '', hash);
    known = window.location.hash;
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
    known = window.location.hash;
    const route = parseHash(known);
    useStore.getState().navigate(route, lookup(route.lessonId));
    write(useStore.getState()); // show the canonical (clamped, defaults-free) form of what was typed
  };
  fromLocation();
  window.addEventListener('hashchange', fromLocation);
  const unsubscribe = useStore.subscribe((s, prev) => {
    if (URL_KEYS.every((k) => s[k] === prev[k])) return;
    writeSoon();
  });
  return () => {
    if (timer !== null) clearTimeout(timer);
    window.removeEventListener('hashchange', fromLocation);
    unsubscribe();
  };
}
