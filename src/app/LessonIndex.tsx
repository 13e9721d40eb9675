// The lesson index as a learning path: parts as headed groups, lessons numbered along the path, each card with its picture.
import { CARD_ALT, CARD_NOTE } from '../lessons/cards';
import type { LessonMeta } from '../lessons/types';
import { useStore } from '../state/store';
import { useT } from '../state/useText';
import { pathParts } from './pathLessons';
import './path.css';

const PATH_TITLE = { zh: '学习路径', en: 'Learning path' };

function LessonCard({ lesson, n, suffix }: { lesson: LessonMeta; n: number; suffix: string }) {
  const t = useT();
  const alt = CARD_ALT[lesson.id];
  return (
    <li className="card" data-lesson={lesson.id}>
      {alt && (
        <img
          className="card-picture"
          src={`cards/${lesson.id}.svg`}
          alt={t(alt)}
          title={t(CARD_NOTE)}
          width={240}
          height={120}
          decoding="async"
        />
      )}
      <h4>
        <span className="card-number" aria-hidden="true">
          {n}
        </span>
        <a href={`#/${lesson.id}${suffix}`}>{t(lesson.title)}</a>
      </h4>
      <p>{t(lesson.summary)}</p>
      <p className="seed-topic">
        {t('labelColon', { label: t('seedTopic') })}
        {t(lesson.seedTopic)}
      </p>
    </li>
  );
}

export function LessonIndex() {
  const t = useT();
  const unknown = useStore((s) => s.unknownLesson);
  const lang = useStore((s) => s.lang);
  const langPinned = useStore((s) => s.langPinned);
  const suffix = langPinned ? `?lang=${lang}` : '';
  let n = 0;
  return (
    <div className="lesson-index">
      {unknown && (
        <p className="notice" role="alert">
          {t('unknownLesson', { id: unknown })}
        </p>
      )}
      <h1>{t('siteTitle')}</h1>
      <p className="tagline">{t('siteTagline')}</p>
      <h2>{t(PATH_TITLE)}</h2>
      <p className="card-note">{t(CARD_NOTE)}</p>
      {pathParts().map(({ part, lessons }) => {
        const start = n + 1;
        n += lessons.length;
        return (
          <section key={part.id} className="path-part" id={`part-${part.id}`} aria-labelledby={`part-${part.id}-title`}>
            <h3 className="part-title" id={`part-${part.id}-title`}>
              {t(part.title)}
            </h3>
            <p className="part-intro">{t(part.intro)}</p>
            <ol className="cards" start={start}>
              {lessons.map((l, i) => (
                <LessonCard key={l.id} lesson={l} n={start + i} suffix={suffix} />
              ))}
            </ol>
          </section>
        );
      })}
    </div>
  );
}
