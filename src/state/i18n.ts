// Languages, bilingual text records and the browser-default language.

export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** A string in both languages; the type makes a missing translation a compile error. */
export interface Text {
  zh: string;
  en: string;
}

export function isLang(s: string | null | undefined): s is Lang {
  return s === 'zh' || s === 'en';
}

/** Chinese when the browser's first preferred language is Chinese, English otherwise. */
export function browserLang(languages: readonly string[] | undefined): Lang {
  const first = languages?.[0]?.toLowerCase() ?? 'en';
  return first.startsWith('zh') ? 'zh' : 'en';
}

/** Replaces {name} placeholders in a template. */
export function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}
