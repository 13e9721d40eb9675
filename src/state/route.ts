// Hash routes: "#/<lesson-id>?<query>"; the index is "#/".

export interface Route {
  /** Lesson id, or null for the lesson index. */
  lessonId: string | null;
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
  return { lessonId: path === '' ? null : safeDecode(path), query };
}

/** Builds "#/<id>?<query>" (or "#/" for the index), dropping an empty query. */
export function buildHash(lessonId: string | null, query: string): string {
  const base = lessonId ? `#/${encodeURIComponent(lessonId)}` : '#/';
  return query ? `${base}?${query}` : base;
}
