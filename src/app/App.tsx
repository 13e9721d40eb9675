// The app shell: header, URL notices, and the lesson index, a page that is not a lesson (glossary, checklist) or one
// lesson (page, presentation or embed); pages and lessons load lazily, so the index downloads neither.
import { Suspense, lazy, useEffect, useLayoutEffect, type ComponentType } from 'react';
import { loadTex } from '../components/tex/loadTex';
import { Header } from './Header';
import { LessonIndex } from './LessonIndex';
import { LessonPage } from './LessonPage';
import type { LessonMode } from './lessonMode';
import { NoticeBar } from './NoticeBar';
import { PAGE_TITLES } from './pages/pageText';
import type { PageId } from '../state/route';
import { useStore } from '../state/store';
import { useT } from '../state/useText';

/** The pages that are not lessons, each its own chunk; the glossary's definitions are typeset, so it waits for KaTeX too. */
const PAGE_VIEWS: Record<PageId, ComponentType> = {
  glossary: lazy(() => Promise.all([import('./pages/Glossary'), loadTex()]).then(([m]) => ({ default: m.Glossary }))),
  checklist: lazy(() => import('./pages/Checklist').then((m) => ({ default: m.Checklist }))),
};

export function App() {
  const t = useT();
  const lessonId = useStore((s) => s.lessonId);
  const page = useStore((s) => s.page);
  const lang = useStore((s) => s.lang);
  const embed = useStore((s) => s.embed);
  const present = useStore((s) => s.present);
  const PageView = page ? PAGE_VIEWS[page] : null;
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
        ) : PageView ? (
          <Suspense fallback={<p className="loading" role="status">{t('loadingPage')}</p>}>
            <PageView />
          </Suspense>
        ) : (
          <LessonIndex />
        )}
      </main>
    </>
  );
}
