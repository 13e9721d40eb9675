// KaTeX on demand: kept out of the index bundle, fetched once by the first lesson or page that shows a formula.
import type Katex from 'katex';

export type KatexApi = typeof Katex;

let katex: KatexApi | null = null;
let loading: Promise<KatexApi> | null = null;
const listeners = new Set<() => void>();

/** KaTeX once it has arrived, else null. */
export function texReady(): KatexApi | null {
  return katex;
}

/** Starts fetching KaTeX and its stylesheet (once; again after a failed try) and resolves with it. */
export function loadTex(): Promise<KatexApi> {
  loading ??= import('./katexBundle').then(
    (m) => {
      katex = m.default;
      for (const l of listeners) l();
      return katex;
    },
    (error: unknown) => {
      loading = null; // a later call (the lesson's Retry) fetches again
      throw error;
    },
  );
  return loading;
}

/** Calls `listener` once KaTeX has arrived (for useSyncExternalStore); returns the unsubscribe. */
export function onTexReady(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
