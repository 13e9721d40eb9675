// "#/glossary": every term of the lessons in 中文 and English with a definition and the figures that show it;
// a search box filters in either language, and "?term=<id>" scrolls to an entry and highlights it.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { InlineTex } from '../../components/Prose';
import { TERMS, TOPICS, type GlossaryTerm } from '../../components/glossary/terms';
import { findLesson } from '../../lessons';
import { useStore } from '../../state/store';
import { useT } from '../../state/useText';
import { PAGE_TEXT, PAGE_TITLES } from './pageText';
import './pages.css';

/** Whether a term matches a search (case-insensitive substring of any of its forms, in either language). */
export function termMatches(term: GlossaryTerm, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (q === '') return true;
  return [term.zh, term.en, ...(term.zhAlso ?? []), ...(term.enAlso ?? [])].some((f) => f.toLowerCase().includes(q));
}

function Entry({ term, highlighted }: { term: GlossaryTerm; highlighted: boolean }) {
  const t = useT();
  return (
    <li id={`term-${term.id}`} className="glossary-entry" data-term={term.id} data-highlight={highlighted || undefined} tabIndex={-1}>
      <h3 className="glossary-names">
        <span lang="zh-CN">{term.zh}</span>
        <span className="glossary-sep" aria-hidden="true"> · </span>
        <span lang="en">{term.en}</span>
      </h3>
      <div className="glossary-defs">
        <p lang="zh-CN"><InlineTex text={term.def.zh} /></p>
        <p lang="en"><InlineTex text={term.def.en} /></p>
      </div>
      <p className="glossary-links">
        {term.links.length === 0 ? (
          t(PAGE_TEXT.general)
        ) : (
          <>
            {t(PAGE_TEXT.seeIn)}
            {term.links.map((l, i) => {
              const lesson = findLesson(l.lesson);
              return (
                <span key={i}>
                  {i > 0 && t({ zh: '；', en: '; ' })}
                  <a href={`#/${l.lesson}?figure=${l.figure}`} data-lesson={l.lesson} data-figure-link={l.figure}>
                    {lesson ? t(lesson.title) : l.lesson}, {t(PAGE_TEXT.figure, { name: l.figure })}
                  </a>
                </span>
              );
            })}
          </>
        )}
      </p>
    </li>
  );
}

export function Glossary() {
  const t = useT();
  const searchId = useId();
  const [query, setQuery] = useState('');
  const term = useStore((s) => s.term);
  const shown = useMemo(() => TERMS.filter((x) => termMatches(x, query)), [query]);
  // A link to an entry (term=<id>) scrolls to it once it is rendered, clearing a search that hides it.
  const pending = useRef<string | null>(null);
  useEffect(() => {
    pending.current = term;
    const entry = TERMS.find((x) => x.id === term);
    if (entry && !termMatches(entry, query)) setQuery('');
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a new term= clears the search, not typing
  }, [term]);
  useEffect(() => {
    const el = pending.current === null ? null : document.getElementById(`term-${pending.current}`);
    if (!el) return;
    pending.current = null;
    el.scrollIntoView({ block: 'start', behavior: 'instant' });
    el.focus({ preventScroll: true });
  });
  return (
    <div className="site-page glossary-page">
      <h1>{t(PAGE_TITLES.glossary)}</h1>
      <p className="tagline">{t(PAGE_TEXT.glossaryIntro)}</p>
      <div className="glossary-search">
        <label htmlFor={searchId}>{t(PAGE_TEXT.search)}</label>
        <input id={searchId} type="search" value={query} onChange={(e) => setQuery(e.target.value)} autoComplete="off" />
        <p className="glossary-count" role="status" aria-live="polite" data-count={shown.length}>
          {shown.length === 0 ? t(PAGE_TEXT.none) : t(PAGE_TEXT.count, { n: shown.length, total: TERMS.length })}
        </p>
      </div>
      {TOPICS.map((topic) => {
        const entries = shown.filter((x) => x.topic === topic.id);
        if (entries.length === 0) return null;
        return (
          <section key={topic.id} className="glossary-topic" data-topic={topic.id}>
            <h2>{t(topic.title)}</h2>
            <ul className="glossary-list">
              {entries.map((x) => (
                <Entry key={x.id} term={x} highlighted={x.id === term} />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
