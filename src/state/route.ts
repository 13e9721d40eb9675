// Hash routes: "#/<lesson-id>?<query>", a page that is not a lesson ("#/glossary", "#/checklist"); the index is "#/".

/** The site's pages that are not lessons, by their path. */
export const PAGES = ['glossary', 'checklist'] as const;
export type PageId = (typeof PAGES)[number];

export function isPage(s: string | null): s is PageId {
  return (PAGES as readonly (string | null)[]).includes(s);
}

export interface Route {
  /** Lesson id (or an unknown name), or null for the lesson index and the pages. */
  lessonId: string | null;
  /** A page that is not a lesson, or null. */
  page: PageId | null;
  query: URLSearchParams;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

export function parseHash(hash: string): Route {
  const h = hash.replace(/^#/, '');
  const qi = h.indexOf('?');
  const path = (qi >= 0 ? h.slice(0, qi) : h).replace(/^\/+|\/+$/g, '');
  const query = new URLSearchParams(qi >= 0 ? h.slice(qi + 1) : '');
  const name = path === '' ? null : safeDecode(path);
  if (isPage(name)) return { lessonId: null, page: name, query };
  return { lessonId: name, page: null, query };
}

/** Builds "#/<id>?<query>" for a lesson or a page (or "#/" for the index), dropping an empty query. */
export function buildHash(lessonId: string | null, query: string): string {
  const base = lessonId ? `#/${encodeURIComponent(lessonId)}` : '#/';
  return query ? `${base}?${query}` : base;
}
