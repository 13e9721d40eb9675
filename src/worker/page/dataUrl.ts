// Where the page's data sets are, as a worker must be told: an absolute URL (it resolves relative ones against its script).

/** The page's data/ folder as an absolute URL; undefined outside a page (Node tests). */
export function pageDataUrl(): string | undefined {
  return typeof document === 'undefined' ? undefined : new URL(`${import.meta.env.BASE_URL}data/`, document.baseURI).href;
}
