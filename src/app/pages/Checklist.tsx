// "#/checklist": the survey's practical advice (sections 8–11), one point per line in both languages, each with the
// figure that demonstrates it and a "Try it" link with the demonstration's settings, or a plain "no demonstration".
import { ARTICLES } from '../../lessons/sources';
import { findLesson } from '../../lessons';
import { useStore } from '../../state/store';
import { useT } from '../../state/useText';
import { CHECKLIST, type ChecklistPoint } from './checklistItems';
import { PAGE_TEXT, PAGE_TITLES } from './pageText';
import './pages.css';

/** The demonstration's link: the lesson with its parameters and the figure to scroll to. */
export function demoHref(demo: NonNullable<ChecklistPoint['demo']>): string {
  return `#/${demo.lesson}?${[demo.query, `figure=${demo.figure}`].filter(Boolean).join('&')}`;
}

function Point({ point }: { point: ChecklistPoint }) {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const other = lang === 'zh' ? 'en' : 'zh';
  const demo = point.demo;
  const lesson = demo ? findLesson(demo.lesson) : undefined;
  return (
    <li className="checklist-item" data-point={point.id}>
      <p lang={lang === 'zh' ? 'zh-CN' : 'en'}>{point.text[lang]}</p>
      <p lang={other === 'zh' ? 'zh-CN' : 'en'} className="checklist-other">{point.text[other]}</p>
      <p className="checklist-links">
        {demo ? (
          <>
            {t(PAGE_TEXT.seeIn)}
            <a href={`#/${demo.lesson}?figure=${demo.figure}`} data-lesson={demo.lesson} data-figure-link={demo.figure}>
              {lesson ? t(lesson.title) : demo.lesson}, {t(PAGE_TEXT.figure, { name: demo.figure })}
            </a>
            {' · '}
            <a href={demoHref(demo)} data-lesson={demo.lesson} data-figure-link={demo.figure} data-preset>
              {t(PAGE_TEXT.tryIt)}: {t(demo.note)}
            </a>
          </>
        ) : (
          <span data-no-demo>{t(PAGE_TEXT.noDemo)}</span>
        )}
      </p>
    </li>
  );
}

export function Checklist() {
  const t = useT();
  return (
    <div className="site-page checklist-page">
      <h1>{t(PAGE_TITLES.checklist)}</h1>
      <p className="tagline">{t(PAGE_TEXT.checklistIntro, { article: t(ARTICLES.optimization) })}</p>
      {CHECKLIST.map((sec) => (
        <section key={sec.id} className="checklist-section" data-section={sec.section}>
          <h2>
            {t(sec.title)} <span className="checklist-source">(§{sec.section})</span>
          </h2>
          <ul className="checklist-list">
            {sec.points.map((p) => (
              <Point key={p.id} point={p} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
