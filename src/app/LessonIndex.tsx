// The lesson index: one card per lesson with title, one-line summary and the seed section it teaches.
import { LESSONS } from '../lessons';
import { useStore } from '../state/store';
import { useT } from '../state/useText';

export function LessonIndex() {
  const t = useT();
  const unknown = useStore((s) => s.unknownLesson);
  const lang = useStore((s) => s.lang);
  const langPinned = useStore((s) => s.langPinned);
  const suffix = langPinned ? `?lang=${lang}` : '';
  return (
    <div className="lesson-index">
      {unknown && (
        <p className="notice" role="alert">
          {t('unknownLesson', { id: unknown })}
        </p>
      )}
      <h1>{t('siteTitle')}</h1>
      <p className="tagline">{t('siteTagline')}</p>
      <h2>{t('lessons')}</h2>
      <ul className="cards">
        {LESSONS.map((l) => (
          <li key={l.id} className="card" data-lesson={l.id}>
            <h3>
              <a href={`#/${l.id}${suffix}`}>{t(l.title)}</a>
            </h3>
            <p>{t(l.summary)}</p>
            <p className="seed-topic">
              {t('labelColon', { label: t('seedTopic') })}
              {t(l.seedTopic)}
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
