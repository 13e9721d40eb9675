// Finds glossary terms in a run of prose: longest form first, Latin forms as whole words (English plural "s"
// allowed), Chinese forms anywhere (no word boundaries), each term only at its first occurrence.
import type { Lang } from '../../state/i18n';
import type { GlossaryTerm } from './terms';

/** Plain text, or a piece of text that names a term. */
export type Piece = string | { term: string; text: string };

export interface TermMatcher {
  re: RegExp;
  /** Lower-cased form → term id. */
  byForm: Map<string, string>;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const LATIN = /[A-Za-z0-9]/;

/** The forms of a term that prose in `lang` may use. */
export function formsOf(term: GlossaryTerm, lang: Lang): string[] {
  return lang === 'zh' ? [term.zh, ...(term.zhAlso ?? [])] : [term.en, ...(term.enAlso ?? [])];
}

/**
 * One regular expression for all terms of a language; alternatives longest first, so the longest form wins. Forms that
 * begin with a Latin letter or digit share one "no letter before" check, written once in front of their group: at any
 * position only one group can match (by its first character), so this is the same expression as one lookbehind per
 * form, but V8 compiles and first runs it several times faster (a lesson's first render links all its prose).
 */
export function termMatcher(terms: readonly GlossaryTerm[], lang: Lang): TermMatcher {
  const byForm = new Map<string, string>();
  for (const t of terms) for (const f of formsOf(t, lang)) if (!byForm.has(f.toLowerCase())) byForm.set(f.toLowerCase(), t.id);
  const forms = [...byForm.keys()].sort((a, b) => b.length - a.length);
  const alt = (f: string) => {
    const plural = lang === 'en' && LATIN.test(f[f.length - 1]) ? '(?:s)?' : '';
    const after = LATIN.test(f[f.length - 1]) ? '(?![\\p{L}\\p{N}])' : '';
    return `(${escape(f)})${plural}${after}`;
  };
  const latin = forms.filter((f) => LATIN.test(f[0])).map(alt);
  const other = forms.filter((f) => !LATIN.test(f[0])).map(alt);
  const groups = [latin.length ? `(?<![\\p{L}\\p{N}])(?:${latin.join('|')})` : '', other.length ? `(?:${other.join('|')})` : ''];
  return { re: new RegExp(groups.filter(Boolean).join('|') || '(?!)', 'giu'), byForm };
}

/**
 * Splits `text` into plain pieces and term pieces; a term already in `seen` stays plain, and a linked one is
 * added to it (so one `seen` shared over several runs links each term once).
 */
export function linkTerms(text: string, m: TermMatcher, seen: Set<string>): Piece[] {
  const out: Piece[] = [];
  let last = 0;
  m.re.lastIndex = 0;
  for (let hit = m.re.exec(text); hit !== null; hit = m.re.exec(text)) {
    const form = hit.slice(1).find((g) => g !== undefined) ?? hit[0];
    const id = m.byForm.get(form.toLowerCase());
    if (id === undefined || seen.has(id)) continue;
    seen.add(id);
    if (hit.index > last) out.push(text.slice(last, hit.index));
    out.push({ term: id, text: hit[0] });
    last = hit.index + hit[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

/** A paragraph's runs: inline TeX (between $…$, never linked) or text, bold or not, with its terms. */
export type Run = { tex: string } | { bold: boolean; pieces: Piece[] };

/** Splits a paragraph at $…$ and **…**, linking terms in the text runs only (`seen` null: no links). */
export function proseRuns(para: string, m: TermMatcher | null, seen: Set<string> | null): Run[] {
  const runs: Run[] = [];
  para.split('$').forEach((seg, j) => {
    if (j % 2 === 1) return runs.push({ tex: seg });
    seg.split('**').forEach((part, k) => runs.push({ bold: k % 2 === 1, pieces: m && seen ? linkTerms(part, m, seen) : [part] }));
  });
  return runs;
}
