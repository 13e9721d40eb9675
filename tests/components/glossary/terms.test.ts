// The glossary table: every term is used by the lessons (in each language) unless marked general, ids are unique,
// and every link names a lesson of the catalogue and a figure that lesson's view declares.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { linkTerms, termMatcher } from '../../../src/components/glossary/autolink';
import { TERMS, TOPICS } from '../../../src/components/glossary/terms';
import { CHECKLIST } from '../../../src/app/pages/checklistItems';
import { LESSONS } from '../../../src/lessons';
import type { Lang } from '../../../src/state/i18n';

const texts = import.meta.glob('../../../src/lessons/*/text.ts', { eager: true }) as Record<string, Record<string, unknown>>;

/** Every string of a language in the lessons' text tables. */
function lessonStrings(lang: Lang): string[] {
  const out: string[] = [];
  const walk = (v: unknown) => {
    if (v && typeof v === 'object') {
      const rec = v as Record<string, unknown>;
      if (typeof rec.zh === 'string' && typeof rec.en === 'string') out.push(rec[lang] as string);
      else Object.values(rec).forEach(walk);
    }
  };
  Object.values(texts).forEach(walk);
  return out;
}

/** The terms found in a language's lesson text, through the same matcher Prose uses (TeX left out). */
function usedTerms(lang: Lang): Set<string> {
  const m = termMatcher(TERMS, lang);
  const used = new Set<string>();
  for (const s of lessonStrings(lang)) {
    const prose = s.split('$').filter((_, i) => i % 2 === 0).join(' ');
    for (const p of linkTerms(prose, m, new Set())) if (typeof p !== 'string') used.add(p.term);
  }
  return used;
}

/** Figure names declared in a lesson's source files ("<lesson>/<name>" in a Figure id). */
function figuresOf(lesson: string): Set<string> {
  const files = import.meta.glob('../../../src/lessons/*/*.tsx', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
  const names = new Set<string>();
  for (const [path, src] of Object.entries(files)) {
    if (!path.includes(`/lessons/${lesson}/`)) continue;
    for (const m of src.matchAll(new RegExp(`id="${lesson}/([a-z0-9-]+)"`, 'g'))) names.add(m[1]);
  }
  return names;
}

describe('glossary terms', () => {
  it('has between 50 and 90 terms with unique ids, each in a known topic', () => {
    expect(TERMS.length).toBeGreaterThanOrEqual(50);
    expect(TERMS.length).toBeLessThanOrEqual(90);
    expect(new Set(TERMS.map((t) => t.id)).size).toBe(TERMS.length);
    const topics = TOPICS.map((t) => t.id);
    for (const t of TERMS) expect(topics, t.id).toContain(t.topic);
  });
  for (const lang of ['zh', 'en'] as const) {
    it(`every term that is not general appears in some lesson's ${lang} text`, () => {
      const used = usedTerms(lang);
      const missing = TERMS.filter((t) => !t.general && !used.has(t.id)).map((t) => t.id);
      expect(missing).toEqual([]);
    });
  }
  it('a general term has no figure link, every other term at least one', () => {
    for (const t of TERMS) expect(t.links.length > 0, t.id).toBe(!t.general);
  });
  it('every term link names a lesson of the catalogue and a figure of that lesson', () => {
    const ids = LESSONS.map((l) => l.id);
    for (const t of TERMS)
      for (const l of t.links) {
        expect(ids, t.id).toContain(l.lesson);
        expect([...figuresOf(l.lesson)], `${t.id} → ${l.lesson}/${l.figure}`).toContain(l.figure);
      }
  });
  it('every checklist demonstration names a lesson, one of its figures and only its parameters', () => {
    for (const sec of CHECKLIST)
      for (const p of sec.points) {
        if (!p.demo) continue;
        const lesson = LESSONS.find((l) => l.id === p.demo!.lesson);
        expect(lesson, p.id).toBeDefined();
        expect([...figuresOf(lesson!.id)], p.id).toContain(p.demo.figure);
        const names = lesson!.params.map((s) => s.name);
        for (const key of new URLSearchParams(p.demo.query).keys()) expect(names, `${p.id}: ${key}`).toContain(key);
      }
  });
  it('the checklist names no seed file', () => {
    const src = readFileSync('src/app/pages/checklistItems.ts', 'utf8') + readFileSync('src/app/pages/pageText.ts', 'utf8');
    expect(src).not.toMatch(/seed\s*0\d\d/i);
  });
});
