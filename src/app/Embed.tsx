// embed=1 and figure=<name>: which figure a link means, the style that shows only it (and its controls), and the way back.
import { useEffect, useRef, type RefObject } from 'react';
import { SECTIONS } from './Presentation';
import { useStore, type AppState } from '../state/store';
import { shareUrl } from '../state/urlSync';
import { useT } from '../state/useText';
import type { LessonMode } from './lessonMode';

/** The figure id a state points at: the one named by `figure` when it exists, else the lesson's first. */
export function chosenFigure(s: Pick<AppState, 'figure' | 'figures'>, lessonId: string): string | undefined {
  const named = s.figure === null ? undefined : `${lessonId}/${s.figure}`;
  return named !== undefined && s.figures.includes(named) ? named : s.figures[0];
}

/**
 * Shows, inside the lesson article, only the chosen figure, the elements marked data-embed="<name>"
 * (its controls) and what contains them; data-embed-omit drops a part of a kept element.
 */
export function EmbedStyle({ lessonId }: { lessonId: string }) {
  const id = useStore((s) => chosenFigure(s, lessonId));
  if (id === undefined) return null;
  const name = id.slice(lessonId.length + 1);
  const keep = `[data-figure="${CSS.escape(id)}"], [data-embed~="${CSS.escape(name)}"]`;
  const scope = 'html[data-mode="embed"] .lesson-page > article';
  const css = [
    `${scope} { visibility: visible; }`,
    `${scope} :not(:has(${keep}), ${keep}, :is(${keep}) *) { display: none !important; }`,
    `${scope} :is(${keep}) [data-embed-omit] { display: none !important; }`,
  ].join('\n');
  return <style>{css}</style>;
}

/** The link out of an embed: the same lesson and settings, as a full page. */
export function EmbedFooter() {
  const t = useT();
  const href = useStore((s) => shareUrl({ ...s, embed: false, figure: null }));
  return (
    <p className="embed-footer">
      <a href={href} target="_blank" rel="noopener">
        {t('openFullLesson')}
      </a>
    </p>
  );
}

/**
 * Checks `figure` once the lesson's figures are mounted: an unknown name becomes a notice (and is
 * dropped from the URL); a known one is scrolled to, or opens its section in presentation mode.
 */
export function useFigureParam(lessonId: string, mode: LessonMode, page: RefObject<HTMLElement | null>) {
  const figure = useStore((s) => s.figure);
  const figures = useStore((s) => s.figures);
  const handled = useRef(false);
  useEffect(() => {
    if (figure === null || figures.length === 0 || handled.current) return;
    // One frame later, so every figure of the view has registered.
    const raf = requestAnimationFrame(() => {
      const s = useStore.getState();
      handled.current = true;
      const id = `${lessonId}/${figure}`;
      if (!s.figures.includes(id)) {
        s.addNotice({ kind: 'unknown-option', key: 'figure', given: figure, used: s.figures[0].slice(lessonId.length + 1) });
        s.setFigure(null);
        return;
      }
      const el = page.current?.querySelector(`[data-figure="${CSS.escape(id)}"]`);
      if (!el) return;
      if (mode === 'present') {
        const sections = Array.from(page.current?.querySelectorAll(SECTIONS) ?? []);
        const i = sections.findIndex((sec) => sec.contains(el));
        if (i >= 0) s.setSection(i);
      } else if (mode === 'normal') el.scrollIntoView({ block: 'start', behavior: 'instant' }); // a jump, as on arriving at an #anchor
    });
    return () => cancelAnimationFrame(raf);
  }, [figure, figures, lessonId, mode, page]);
}
