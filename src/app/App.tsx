// The app shell: header, URL notices, and either the lesson index or one lazily loaded lesson (page, presentation or embed).
import { useEffect, useLayoutEffect } from 'react';
import { Header } from './Header';
import { LessonIndex } from './LessonIndex';
import { LessonPage } from './LessonPage';
import type { LessonMode } from './lessonMode';
import { NoticeBar } from './NoticeBar';
import { useStore } from '../state/store';
import { useT } from '../state/useText';

export function App() {
  const t = useT();
  const lessonId = useStore((s) => s.lessonId);
  const lang = useStore((s) => s.lang);
  const embed = useStore((s) => s.embed);
  const present = useStore((s) => s.present);
  const mode: LessonMode = lessonId && embed ? 'embed' : lessonId && present ? 'present' : 'normal';
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = t('siteTitle');
  }, [lang, t]);
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
        {lessonId ? <LessonPage key={lessonId} id={lessonId} mode={mode} /> : <LessonIndex />}
      </main>
    </>
  );
}
