// App-level URL keys that shape how a lesson is shown: present, embed, hide (locked controls), figure and backend.
import type { Notice } from './params';

/** How the lesson is shown; every lesson gets these keys for free. */
export interface ViewState {
  /** present=1: one section per screen, large type, keyboard shortcuts. */
  present: boolean;
  /** embed=1: one figure with its controls and nothing else (for an iframe). */
  embed: boolean;
  /** hide=a,b: controls of these parameters are hidden and the parameters locked, in table order. */
  hide: readonly string[];
  /** figure=<name>: the figure to embed (or to scroll to); the lesson id prefix is optional. */
  figure: string | null;
  /** backend=auto|gpu|cpu: which engine trains the lesson's networks (auto: WebGPU on a hardware adapter). */
  backendChoice: 'auto' | 'gpu' | 'cpu';
}

export const VIEW_DEFAULTS: ViewState = { present: false, embed: false, hide: [], figure: null, backendChoice: 'auto' };
const BACKENDS = ['auto', 'gpu', 'cpu'] as const;

function decodeFlag(key: string, raw: string | null, notices: Notice[]): boolean {
  if (raw === null || raw === '0') return false;
  if (raw === '1') return true;
  notices.push({ kind: 'unknown-option', key, given: raw, used: '0' });
  return false;
}

/**
 * Reads the view keys of a lesson URL. `paramNames` is the lesson's parameter table (what `hide` may
 * name); unknown names and flags other than 0/1 are dropped with a notice, like lesson parameters.
 */
export function decodeView(query: URLSearchParams, lessonId: string, paramNames: readonly string[]): { view: ViewState; notices: Notice[] } {
  const notices: Notice[] = [];
  const present = decodeFlag('present', query.get('present'), notices);
  const embed = decodeFlag('embed', query.get('embed'), notices);
  let hide: string[] = [];
  const rawHide = query.get('hide');
  if (rawHide !== null) {
    const given = rawHide.split(',').map((s) => s.trim()).filter((s) => s !== '');
    hide = paramNames.filter((n) => given.includes(n));
    const unknown = given.filter((n) => !paramNames.includes(n));
    if (unknown.length) notices.push({ kind: 'unknown-option', key: 'hide', given: unknown.join(','), used: hide.join(',') });
  }
  const rawFigure = query.get('figure')?.trim() ?? '';
  const figure = rawFigure.startsWith(`${lessonId}/`) ? rawFigure.slice(lessonId.length + 1) : rawFigure;
  const rawBackend = query.get('backend');
  let backendChoice: ViewState['backendChoice'] = 'auto';
  if (rawBackend !== null) {
    const b = BACKENDS.find((x) => x === rawBackend.trim());
    if (b) backendChoice = b;
    else notices.push({ kind: 'unknown-option', key: 'backend', given: rawBackend, used: 'auto' });
  }
  return { view: { present, embed, hide, figure: figure === '' ? null : figure, backendChoice }, notices };
}

/** The non-default view keys as a query string (without "?"), in a fixed order. */
export function encodeView(v: ViewState): string {
  const parts: string[] = [];
  if (v.hide.length) parts.push(`hide=${v.hide.map(encodeURIComponent).join(',')}`);
  if (v.figure !== null) parts.push(`figure=${encodeURIComponent(v.figure)}`);
  if (v.embed) parts.push('embed=1');
  if (v.present) parts.push('present=1');
  if (v.backendChoice !== 'auto') parts.push(`backend=${v.backendChoice}`);
  return parts.join('&');
}
