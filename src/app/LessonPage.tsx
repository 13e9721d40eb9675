// One lesson: loads its view lazily (loading state, retry on failure), with the share tools, presentation or embed frame.
import { Component, Suspense, lazy, useMemo, useRef, useState, type ReactNode } from 'react';
import { loadTex } from '../components/tex/loadTex';
import { findLesson } from '../lessons';
import { useStore } from '../state/store';
import { prefetchMnist } from '../worker/page/prefetch';
import { EmbedFooter, EmbedStyle, useFigureParam } from './Embed';
import { LessonPager } from './LessonPager';
import { LessonTools } from './LessonTools';
import { Presentation } from './Presentation';
import { useT } from '../state/useText';

/** How the page shows a lesson: as a page, as a presentation (present=1) or as one embedded figure (embed=1). */
import type { LessonMode } from './lessonMode';

class LoadBoundary extends Component<{ fallback: (error: Error) => ReactNode; children: ReactNode }, { error: Error | null }> {
  state = { error: null as Error | null };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  render() {
    return this.state.error ? this.props.fallback(this.state.error) : this.props.children;
  }
}

export function LessonPage({ id, mode = 'normal' }: { id: string; mode?: LessonMode }) {
  const t = useT();
  const lesson = findLesson(id)!;
  const [attempt, setAttempt] = useState(0);
  const page = useRef<HTMLDivElement>(null);
  // Fetched beside the view: KaTeX for a lesson that shows formulas, and for a lesson that trains on MNIST its workers
  // and their data (see worker/page/prefetch). The view resolves once KaTeX is there too, so it renders once, typeset: a
  // formula that found no KaTeX would suspend the lesson and have its first render thrown away (see Formula).
  const View = useMemo(
    () =>
      lazy(() => {
        if (lesson.mnist) void prefetchMnist(useStore.getState().backendChoice);
        return Promise.all([lesson.load(), lesson.formulas ? loadTex() : null]).then(([view]) => view);
      }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- a new attempt must create a new lazy component
    [lesson, attempt],
  );
  useFigureParam(id, mode, page);
  return (
    <div className="lesson-page" data-lesson={id} ref={page}>
      {mode === 'present' && <Presentation page={page} lessonId={id} />}
      {mode === 'embed' && <EmbedStyle lessonId={id} />}
      <h1>{t(lesson.title)}</h1>
      <p className="seed-topic">
        {t('labelColon', { label: t('seedTopic') })}
        {t(lesson.seedTopic)}
      </p>
      {mode === 'normal' && <LessonTools />}
      <LoadBoundary
        key={attempt}
        fallback={(e) => (
          <div className="notice" role="alert">
            {t('lessonLoadFailed', { msg: e.message })}{' '}
            <button type="button" onClick={() => setAttempt((a) => a + 1)}>
              {t('retry')}
            </button>
          </div>
        )}
      >
        <Suspense fallback={<p className="loading" role="status">{t('loadingLesson')}</p>}>
          <View />
        </Suspense>
      </LoadBoundary>
      {mode === 'normal' && <LessonPager id={id} />}
      {mode === 'embed' && <EmbedFooter />}
    </div>
  );
}
