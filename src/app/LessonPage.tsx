// One lesson: loads its view lazily, with a loading state and a retry on failure.
import { Component, Suspense, lazy, useMemo, useState, type ReactNode } from 'react';
import { findLesson } from '../lessons';
import { useT } from './useText';

class LoadBoundary extends Component<{ fallback: (error: Error) => ReactNode; children: ReactNode }, { error: Error | null }> {
  state = { error: null as Error | null };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  render() {
    return this.state.error ? this.props.fallback(this.state.error) : this.props.children;
  }
}

export function LessonPage({ id }: { id: string }) {
  const t = useT();
  const lesson = findLesson(id)!;
  const [attempt, setAttempt] = useState(0);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- a new attempt must create a new lazy component
  const View = useMemo(() => lazy(lesson.load), [lesson, attempt]);
  return (
    <div className="lesson-page" data-lesson={id}>
      <h1>{t(lesson.title)}</h1>
      <p className="seed-topic">
        {t('seedTopic')}: {t(lesson.seedTopic)}
      </p>
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
    </div>
  );
}
