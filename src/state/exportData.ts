// Text exports of a figure: its data table as CSV and the lesson's settings as JSON.
import type { ParamSpec, ParamValues } from './params';
import type { AppState } from './store';
import { shareUrl } from './urlSync';

export type CsvCell = string | number;

/** One CSV field (RFC 4180): numbers at full precision, text quoted when it holds a comma, quote or line break. */
function field(c: CsvCell): string {
  const s = String(c);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The rows of a data table as CSV text with a header line, CRLF line ends. */
export function toCsv(columns: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return [columns, ...rows].map((r) => r.map(field).join(',')).join('\r\n') + '\r\n';
}

export interface Settings {
  lesson: string;
  lang: string;
  /** The shared link that reproduces these settings. */
  url: string;
  /** Every parameter of the lesson, defaults included, in table order. */
  params: ParamValues;
  /** Parameters whose controls the link hides (and locks). */
  hide: readonly string[];
}

/** The lesson's settings as pretty-printed JSON. */
export function settingsJson(specs: readonly ParamSpec[], s: Omit<Settings, 'params'> & { params: ParamValues }): string {
  const params: ParamValues = {};
  for (const p of specs) params[p.name] = s.params[p.name] ?? p.default;
  const out: Settings = { lesson: s.lesson, lang: s.lang, url: s.url, params, hide: s.hide };
  return JSON.stringify(out, null, 2) + '\n';
}

/** The settings of the lesson a state shows, as JSON (what a figure's "JSON" export saves). */
export function currentSettingsJson(s: AppState): string {
  return settingsJson(s.paramSpecs, { lesson: s.lessonId ?? '', lang: s.lang, url: shareUrl(s), params: s.params, hide: s.hide });
}
