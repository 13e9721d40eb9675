// Hash routes: parse and build "#/<lesson-id>?<query>".
import { describe, expect, it } from 'vitest';
import { buildHash, parseHash } from '../../src/state/route';

describe('parseHash', () => {
  it('reads the index from an empty or bare hash', () => {
    expect(parseHash('').lessonId).toBeNull();
    expect(parseHash('#/').lessonId).toBeNull();
  });
  it('reads a lesson id and its query', () => {
    const r = parseHash('#/optimizers?fn=book&opt=sgd,adam');
    expect(r.lessonId).toBe('optimizers');
    expect(r.query.get('fn')).toBe('book');
    expect(r.query.get('opt')).toBe('sgd,adam');
  });
  it('survives a malformed percent escape', () => {
    expect(parseHash('#/%E0%A4%A').lessonId).toBe('%E0%A4%A');
  });
});

describe('buildHash', () => {
  it('is the inverse of parseHash', () => {
    const h = buildHash('optimizers', 'steps=50');
    expect(h).toBe('#/optimizers?steps=50');
    const r = parseHash(h);
    expect(r.lessonId).toBe('optimizers');
    expect(r.query.toString()).toBe('steps=50');
  });
  it('drops an empty query', () => {
    expect(buildHash('optimizers', '')).toBe('#/optimizers');
    expect(buildHash(null, '')).toBe('#/');
  });
});

describe('pages that are not lessons', () => {
  it('reads #/glossary and #/checklist as pages, with their query', () => {
    const g = parseHash('#/glossary?term=weight-decay&lang=zh');
    expect(g).toMatchObject({ lessonId: null, page: 'glossary' });
    expect(g.query.get('term')).toBe('weight-decay');
    expect(g.query.get('lang')).toBe('zh');
    expect(parseHash('#/checklist/')).toMatchObject({ lessonId: null, page: 'checklist' });
  });
  it('leaves other names to the lesson lookup', () => {
    expect(parseHash('#/glossaries')).toMatchObject({ lessonId: 'glossaries', page: null });
    expect(parseHash('#/weight-decay')).toMatchObject({ lessonId: 'weight-decay', page: null });
    expect(parseHash('#/')).toMatchObject({ lessonId: null, page: null });
  });
  it('builds a page hash that parses back to the page', () => {
    const h = buildHash('glossary', 'term=dropout');
    expect(h).toBe('#/glossary?term=dropout');
    expect(parseHash(h).page).toBe('glossary');
  });
});
