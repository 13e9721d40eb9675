// The app shell: header, URL notices, and either the lesson index or one lazily loaded lesson.
import { useEffect } from 'react';
import { Header } from './Header';
import { LessonIndex } from './LessonIndex';
import { LessonPage } from './LessonPage';
import { NoticeBar } from './NoticeBar';
import { useStore } from './store';
import { useT } from './useText';

export function App() {
  const t = useT();
  const lessonId = useStore((s) => s.lessonId);
  const lang = useStore((s) => s.lang);
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = t('siteTitle');
  }, [lang, t]);
  return (
    <>
      <a className="skip-link" href="#main" onClick={(e) => { e.preventDefault(); document.getElementById('main')?.focus(); }}>
        {t('skipToContent')}
      </a>
      <Header />
      <main id="main" tabIndex={-1}>
        <NoticeBar />
        {lessonId ? <LessonPage key={lessonId} id={lessonId} /> : <LessonIndex />}
      </main>
    </>
  );
}
