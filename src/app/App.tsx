// The app shell: header, URL notices, and the lesson index, a page that is not a lesson (glossary, checklist) or one lazily loaded lesson (page, presentation or embed).
import { useEffect, useLayoutEffect } from 'react';
import { Header } from './Header';
import { LessonIndex } from './LessonIndex';
import { LessonPage } from './LessonPage';
import type { LessonMode } from './lessonMode';
import { NoticeBar } from './NoticeBar';
import { Checklist } from './pages/Checklist';
import { Glossary } from './pages/Glossary';
import { PAGE_TITLES } from './pages/pageText';
import { useStore } from '../state/store';
import { useT } from '../state/useText';

export function App() {
  const t = useT();
  const lessonId = useStore((s) => s.lessonId);
  const page = useStore((s) => s.page);
  const lang = useStore((s) => s.lang);
  const embed = useStore((s) => s.embed);
  const present = useStore((s) => s.present);
  const mode: LessonMode = lessonId && embed ? 'embed' : lessonId && present ? 'present' : 'normal';
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = page ? `${t(PAGE_TITLES[page])} · ${t('siteTitle')}` : t('siteTitle');
  }, [lang, t, page]);
  // The mode lives on <html> so that styles (projector theme, embed layout) apply before the first paint.
  useLayoutEffect(() => {
    document.documentElement.dataset.mode = mode;
  }, [mode]);
  return (
    <>
      {mode === 'normal' && (
        <>
          <a className="skip-link" href="#main" onClick={(e) => { e.preventDefault(); document.getElementById('main')?.focus(); }}>
            {t('skipToContent')}
          </a>
          <Header />
        </>
      )}
      <main id="main" tabIndex={-1}>
        <NoticeBar />
        {lessonId ? (
          <LessonPage key={lessonId} id={lessonId} mode={mode} />
        ) : page === 'glossary' ? (
          <Glossary />
        ) : page === 'checklist' ? (
          <Checklist />
        ) : (
          <LessonIndex />
        )}
      </main>
    </>
  );
}
