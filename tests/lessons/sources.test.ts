// Lessons cite their articles by title and author, never by a file number that reads like a random seed.
import { describe, expect, it } from 'vitest';
import { LESSONS } from '../../src/lessons';
import { ARTICLES, cite } from '../../src/lessons/sources';

describe('cite(...parts)', () => {
  it('joins title and section per language, leaving an empty section out', () => {
    const t = cite([ARTICLES.optimization, '§7'], [ARTICLES.tricks, '']);
    expect(t.en).toBe(`${ARTICLES.optimization.en} §7; ${ARTICLES.tricks.en}`);
    expect(t.zh).toBe(`${ARTICLES.optimization.zh} §7；${ARTICLES.tricks.zh}`);
  });
});

describe('lesson sources', () => {
  it.each(LESSONS.map((l) => [l.id, l.seedTopic] as const))('%s names an article by title, not "seed 000"', (_, topic) => {
    expect(topic.en).not.toMatch(/\bseed\s*0\d\d/i);
    expect(topic.zh).not.toMatch(/原文\s*0\d\d/);
    const titles = Object.values(ARTICLES);
    expect(titles.some((a) => topic.en.includes(a.en) && topic.zh.includes(a.zh))).toBe(true);
  });
});
