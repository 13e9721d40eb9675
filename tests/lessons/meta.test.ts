// What a lesson's meta promises about its view: it trains on MNIST (its workers and data start as it opens) exactly
// when its folder builds an MNIST run or loads MNIST labels.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LESSONS } from '../../src/lessons';

/** The source text of a lesson's folder. */
const sourceOf = (id: string) =>
  readdirSync(join('src/lessons', id))
    .filter((f) => /\.tsx?$/.test(f))
    .map((f) => readFileSync(join('src/lessons', id, f), 'utf8'))
    .join('\n');

describe('LessonMeta.mnist', () => {
  it.each(LESSONS.map((l) => [l.id, l] as const))('%s: set exactly when the lesson uses MNIST data', (id, lesson) => {
    expect(lesson.mnist).toBe(/kind: 'mnist'|loadMnistTrainLabels/.test(sourceOf(id)));
  });

  it('holds for some lessons and not for others (the check can tell them apart)', () => {
    expect(LESSONS.filter((l) => l.mnist).length).toBeGreaterThan(3);
    expect(LESSONS.filter((l) => !l.mnist).map((l) => l.id)).toEqual(expect.arrayContaining(['optimizers', 'playground']));
  });
});
