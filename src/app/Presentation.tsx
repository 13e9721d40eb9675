// Presentation mode: each top-level <section> of the lesson article is one screen; a control bar and keyboard shortcuts.
import { useCallback, useEffect, useId, useRef, useState, type RefObject } from 'react';
import { PAGER_TEXT, useLessonHref } from './LessonPager';
import { OfflineBadge } from './OfflineBadge';
import { neighbours } from './pathLessons';
import { useFitSection } from './presentFit';
import { useStore } from '../state/store';
import { useT } from '../state/useText';

/** The screens of a presentation: the lesson view's top-level sections. */
export const SECTIONS = ':scope > article > section';

/** True when a key press belongs to the focused element (typing, a menu, a native control's own key). */
function ownedByTarget(e: KeyboardEvent): boolean {
  const el = e.target instanceof Element ? e.target : null;
  if (!el) return false;
  if (el.closest('input, select, textarea, [contenteditable]:not([contenteditable="false"]), dialog[open]')) return true;
  // Space and Enter activate buttons, links and disclosure widgets themselves.
  return (e.key === ' ' || e.key === 'Enter') && el.closest('button, a[href], summary, [role="button"], [role="checkbox"], [role="link"]') !== null;
}

function toggleFullScreen() {
  const done = document.fullscreenElement ? document.exitFullscreen() : document.documentElement.requestFullscreen?.();
  void done?.catch(() => undefined); // refused (no user gesture, iframe without allowfullscreen): stay as we are
}

/** Clicks a PlayControls button (data-action) of the section on screen, if it has one. */
function act(section: HTMLElement | undefined, action: 'play' | 'step' | 'reset') {
  section?.querySelector<HTMLButtonElement>(`.play-controls [data-action="${action}"]:not(:disabled)`)?.click();
}

function useSections(page: RefObject<HTMLElement | null>): HTMLElement[] {
  const [sections, setSections] = useState<HTMLElement[]>([]);
  useEffect(() => {
    const el = page.current;
    if (!el) return;
    const read = () => {
      const next = Array.from(el.querySelectorAll<HTMLElement>(SECTIONS));
      setSections((prev) => (prev.length === next.length && prev.every((s, i) => s === next[i]) ? prev : next));
    };
    read();
    // The lesson view loads lazily and may add sections later.
    const mo = new MutationObserver(read);
    mo.observe(el, { childList: true, subtree: true });
    return () => mo.disconnect();
  }, [page]);
  return sections;
}

export function Presentation({ page, lessonId }: { page: RefObject<HTMLElement | null>; lessonId: string }) {
  const t = useT();
  const lessonHref = useLessonHref();
  const { prev, next } = neighbours(lessonId);
  // On the first section the bar offers the previous lesson, on the last the next one (each opens presenting, at its start).
  const prevHref = prev ? lessonHref(prev.lesson.id, true) : null;
  const nextHref = next ? lessonHref(next.lesson.id, true) : null;
  const sections = useSections(page);
  const n = sections.length;
  const wanted = useStore((s) => s.section);
  const setSection = useStore((s) => s.setSection);
  const setPresent = useStore((s) => s.setPresent);
  const k = Math.min(wanted, Math.max(0, n - 1));
  const [fullScreen, setFullScreen] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  const returnFocus = useRef<Element | null>(null);
  const titleId = useId();

  const go = useCallback((i: number) => setSection(Math.min(Math.max(0, i), Math.max(0, n - 1))), [n, setSection]);
  const openHelp = useCallback(() => {
    const d = dialog.current;
    if (!d || d.open) return;
    returnFocus.current = document.activeElement;
    d.showModal();
  }, []);

  useEffect(() => {
    const onFull = () => setFullScreen(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', onFull);
    return () => document.removeEventListener('fullscreenchange', onFull);
  }, []);

  // Each new section starts at its top, sized to fit the window.
  useEffect(() => {
    window.scrollTo({ top: 0, behavior: 'instant' });
  }, [k]);
  useFitSection(sections[k]);

  // Registered once; each press reads the sections and the current one as they are at that moment. (A handler
  // re-registered per render missed presses that came between a render and its effect: under load, a → pressed
  // right after the counter showed the sections still saw none, and went nowhere.)
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || e.isComposing) return;
      if (e.shiftKey && e.key !== '?') return;
      if (ownedByTarget(e)) return;
      const live = Array.from(page.current?.querySelectorAll<HTMLElement>(SECTIONS) ?? []);
      const last = Math.max(0, live.length - 1);
      const at = Math.min(useStore.getState().section, last);
      const to = (i: number) => setSection(Math.min(Math.max(0, i), last));
      switch (e.key) {
        case 'ArrowRight':
        case 'PageDown':
          to(at + 1);
          break;
        case 'ArrowLeft':
        case 'PageUp':
          to(at - 1);
          break;
        case 'Home':
          to(0);
          break;
        case 'End':
          to(last);
          break;
        case ' ':
          act(live[at], 'play');
          break;
        case '.':
          act(live[at], 'step');
          break;
        case 'r':
          act(live[at], 'reset');
          break;
        case 'f':
          toggleFullScreen();
          break;
        case '?':
          openHelp();
          break;
        default:
          return;
      }
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [page, setSection, openHelp]);

  const heading = sections[k]?.querySelector('h2, h3')?.textContent ?? '';
  // Only the current section (and the title, on the first screen) is shown; nth-of-type counts the article's sections.
  const css =
    `html[data-mode="present"] .lesson-page > article > section:not(:nth-of-type(${k + 1})) { display: none; }` +
    (k > 0 ? '\nhtml[data-mode="present"] .lesson-page > :is(h1, .seed-topic) { display: none; }' : '');
  const keys: [string[], string][] = [
    [['←', '→'], t('keyPrevNext')],
    [[t('keySpace')], t('keyPlay')],
    [['.'], t('keyStep')],
    [['r'], t('keyReset')],
    [['f'], t('keyFullScreen')],
    [['?'], t('keyHelp')],
  ];
  return (
    <>
      <style>{css}</style>
      <div className="present-bar" role="toolbar" aria-label={t('presentBar')}>
        <button type="button" data-action="exit-present" onClick={() => setPresent(false)}>
          ✕ {t('exitPresent')}
        </button>
        {k <= 0 && n > 0 && prevHref ? (
          <a className="present-lesson-link" href={prevHref} data-action="prev-lesson" title={t(prev!.lesson.title)}>
            ← {t(PAGER_TEXT.prevShort)}
            <span className="sr-only">: {t(prev!.lesson.title)}</span>
          </a>
        ) : (
          <button type="button" data-action="prev-section" onClick={() => go(k - 1)} disabled={k <= 0}>
            ← {t('prevSection')}
          </button>
        )}
        <span className="section-counter" data-section={k} data-sections={n} aria-live="polite">
          {t('sectionOf', { k: k + 1, n })}
          {heading && <span className="sr-only">: {heading}</span>}
        </span>
        {k >= n - 1 && n > 0 && nextHref ? (
          <a className="present-lesson-link" href={nextHref} data-action="next-lesson" title={t(next!.lesson.title)}>
            {t(PAGER_TEXT.nextShort)} →<span className="sr-only">: {t(next!.lesson.title)}</span>
          </a>
        ) : (
          <button type="button" data-action="next-section" onClick={() => go(k + 1)} disabled={k >= n - 1}>
            {t('nextSection')} →
          </button>
        )}
        <button type="button" data-action="full-screen" aria-pressed={fullScreen} onClick={toggleFullScreen}>
          {t('fullScreen')}
        </button>
        <button type="button" data-action="shortcuts" aria-haspopup="dialog" onClick={openHelp}>
          ? {t('shortcuts')}
        </button>
        <OfflineBadge />
      </div>
      <dialog
        ref={dialog}
        className="shortcuts-dialog"
        aria-labelledby={titleId}
        onClose={() => {
          const el = returnFocus.current;
          if (el instanceof HTMLElement && el.isConnected) el.focus();
        }}
      >
        <h2 id={titleId}>{t('shortcuts')}</h2>
        <table>
          <tbody>
            {keys.map(([ks, what]) => (
              <tr key={what}>
                <th scope="row">
                  {ks.map((key, i) => (
                    <span key={key}>
                      {i > 0 && ' '}
                      <kbd>{key}</kbd>
                    </span>
                  ))}
                </th>
                <td>{what}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p>{t('shortcutsNote')}</p>
        <p>{t(PAGER_TEXT.lessonKeysNote)}</p>
        <button type="button" onClick={() => dialog.current?.close()}>
          {t('close')}
        </button>
      </dialog>
    </>
  );
}
