// The learning path with the catalogue's entries: each part's lessons, and a lesson's neighbours along the path.
import { LESSONS } from '../lessons';
import { PATH, type PathPart } from '../lessons/path';
import type { LessonMeta } from '../lessons/types';

export interface PartLessons {
  part: PathPart;
  lessons: LessonMeta[];
}

/** The parts with their lessons; a catalogue lesson no part lists yet goes at the end of the last part, so none is lost. */
export function pathParts(): PartLessons[] {
  const byId = new Map(LESSONS.map((l) => [l.id, l]));
  const parts = PATH.map((part) => ({ part, lessons: part.lessons.flatMap((id) => byId.get(id) ?? []) }));
  const listed = new Set(PATH.flatMap((p) => p.lessons));
  parts[parts.length - 1].lessons.push(...LESSONS.filter((l) => !listed.has(l.id)));
  return parts;
}

export interface PathStop {
  lesson: LessonMeta;
  part: PathPart;
}

/** Every lesson along the path, with its part. */
export function pathStops(): PathStop[] {
  return pathParts().flatMap(({ part, lessons }) => lessons.map((lesson) => ({ lesson, part })));
}

/** The lessons before and after `id` on the path (null at either end, or for an unknown id). */
export function neighbours(id: string): { prev: PathStop | null; next: PathStop | null } {
  const stops = pathStops();
  const i = stops.findIndex((s) => s.lesson.id === id);
  if (i < 0) return { prev: null, next: null };
  return { prev: stops[i - 1] ?? null, next: stops[i + 1] ?? null };
}
