// The learning path: every lesson of the catalogue in exactly one part, every listed id a lesson, in catalogue order.
import { describe, expect, it } from 'vitest';
import { LESSONS } from '../../src/lessons';
import { PATH, partOf } from '../../src/lessons/path';

const listed = PATH.flatMap((p) => p.lessons);

describe('PATH', () => {
  it('lists every lesson of LESSONS in exactly one part', () => {
    for (const l of LESSONS) expect(listed.filter((id) => id === l.id), l.id).toHaveLength(1);
  });

  it('lists only lessons that exist', () => {
    const ids = new Set(LESSONS.map((l) => l.id));
    for (const id of listed) expect(ids.has(id), id).toBe(true);
  });

  it('follows the catalogue order, so "next lesson" along LESSONS walks the parts in turn', () => {
    expect(listed).toEqual(LESSONS.map((l) => l.id));
  });

  it('has distinct part ids, a title and an intro in both languages for each part, and no empty part', () => {
    expect(new Set(PATH.map((p) => p.id)).size).toBe(PATH.length);
    for (const p of PATH) {
      expect(p.lessons.length, p.id).toBeGreaterThan(0);
      for (const s of [p.title.zh, p.title.en, p.intro.zh, p.intro.en]) expect(s.trim(), p.id).not.toBe('');
    }
  });

  it('partOf names the part holding a lesson, and nothing for an unknown id', () => {
    expect(partOf('dropout')?.id).toBe('fit');
    expect(partOf('saddle')?.id).toBe('optimize');
    expect(partOf('no-such-lesson')).toBeUndefined();
  });
});
