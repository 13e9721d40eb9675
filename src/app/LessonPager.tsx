// Previous / next lesson along the learning path: links under a lesson, and the hrefs the presentation bar uses.
import type { Text } from '../state/i18n';
import { useStore } from '../state/store';
import { useT } from '../state/useText';
import { neighbours, type PathStop } from './pathLessons';
import './path.css';

export const PAGER_TEXT = {
  nav: { zh: '学习路径上的上一课和下一课', en: 'Previous and next lesson on the learning path' },
  prev: { zh: '← 上一课', en: '← Previous lesson' },
  next: { zh: '下一课 →', en: 'Next lesson →' },
  prevShort: { zh: '上一课', en: 'Previous lesson' },
  nextShort: { zh: '下一课', en: 'Next lesson' },
  lessonKeysNote: {
    zh: '← / → 只在本课的各节之间移动，不会离开本课：在最后一节，工具栏上的“下一课 →”以演示模式打开下一课的第一节；在第一节，“← 上一课”打开上一课。',
    en: '← / → move only between this lesson’s sections and never leave it: on the last section the bar’s “Next lesson →” opens the next lesson’s first section, still presenting; on the first section “← Previous lesson” opens the previous lesson.',
  },
} satisfies Record<string, Text>;

/**
 * The link to a lesson: only its id, the language when pinned and, in a presentation, present=1; never the
 * current lesson's parameters.
 */
export function useLessonHref(): (id: string, present?: boolean) => string {
  const lang = useStore((s) => s.lang);
  const langPinned = useStore((s) => s.langPinned);
  return (id, present = false) => {
    const q = [present ? 'present=1' : '', langPinned ? `lang=${lang}` : ''].filter(Boolean).join('&');
    return `#/${id}${q ? `?${q}` : ''}`;
  };
}

function Stop({ stop, dir }: { stop: PathStop; dir: 'prev' | 'next' }) {
  const t = useT();
  const href = useLessonHref();
  return (
    <li className={`pager-${dir}`}>
      <a href={href(stop.lesson.id)} rel={dir} data-action={`${dir}-lesson`}>
        <span className="pager-dir">{t(PAGER_TEXT[dir])}</span>
        <span className="pager-title">{t(stop.lesson.title)}</span>
        <span className="pager-part">{t(stop.part.title)}</span>
      </a>
    </li>
  );
}

/** The links at the end of a lesson page (normal mode only). */
export function LessonPager({ id }: { id: string }) {
  const t = useT();
  const { prev, next } = neighbours(id);
  if (!prev && !next) return null;
  return (
    <nav className="lesson-pager" aria-label={t(PAGER_TEXT.nav)}>
      <ul>
        {prev && <Stop stop={prev} dir="prev" />}
        {next && <Stop stop={next} dir="next" />}
      </ul>
    </nav>
  );
}
