// Paragraphs of lesson text with inline TeX between $…$, **bold** words, lists (a paragraph of "- " or "1. " lines) and
// display TeX for a paragraph that is $$…$$.
// The first occurrence of each glossary term in a Prose block (outside TeX) links to its glossary entry.
import { Fragment, useMemo, type ReactNode } from 'react';
import { Formula } from './Formula';
import { listOf } from './proseList';
import { proseRuns, termMatcher, type Piece, type TermMatcher } from './glossary/autolink';
import { TermLink } from './glossary/TermLink';
import { LINKED_TERMS } from './glossary/terms';
import './glossary/glossary.css';
import type { Lang } from '../state/i18n';
import { useStore } from '../state/store';

const MATCHERS: Partial<Record<Lang, TermMatcher>> = {};
const matcherFor = (lang: Lang) => (MATCHERS[lang] ??= termMatcher(LINKED_TERMS, lang));

/** Text with inline TeX between $…$ (no term links): for short texts such as a term's definition (deferred: see Formula). */
export function InlineTex({ text, deferred = false }: { text: string; deferred?: boolean }) {
  return <>{text.split('$').map((seg, j) => (j % 2 === 1 ? <Formula key={j} tex={seg} deferred={deferred} /> : <Fragment key={j}>{seg}</Fragment>))}</>;
}
/** A term's tooltip: hidden until hovered, so its formulas never hold up the lesson (nor fetch KaTeX for a lesson without formulas). */
const definition = (tex: string) => <InlineTex text={tex} deferred />;

/** Plain text and term links, in order. */
function pieceNodes(pieces: Piece[]): ReactNode[] {
  return pieces.map((p, k) =>
    typeof p === 'string' ? <Fragment key={k}>{p}</Fragment> : <TermLink key={k} term={p.term} definition={definition}>{p.text}</TermLink>,
  );
}

/** `terms={false}` leaves glossary terms unlinked (the glossary itself, the checklist). */
export function Prose({ text, terms = true }: { text: string; terms?: boolean }) {
  const lang = useStore((s) => s.lang);
  const embed = useStore((s) => s.embed);
  const link = terms && !embed; // an embedded figure keeps its reader in place
  const paragraphs = useMemo(() => {
    const seen = link ? new Set<string>() : null;
    return text
      .trim()
      .split(/\n\s*\n/)
      .map((para, i) => {
        const display = /^\$\$([\s\S]+)\$\$$/.exec(para.trim());
        if (display) return <Formula key={i} tex={display[1]} display />;
        const inline = (line: string) =>
          proseRuns(line, seen && matcherFor(lang), seen).map((r, j) =>
            'tex' in r ? <Formula key={j} tex={r.tex} /> : r.bold ? <strong key={j}>{pieceNodes(r.pieces)}</strong> : <Fragment key={j}>{pieceNodes(r.pieces)}</Fragment>,
          );
        const list = listOf(para);
        if (!list) return <p key={i}>{inline(para)}</p>;
        const items = list.items.map((item, j) => <li key={j}>{inline(item)}</li>);
        return list.ordered ? <ol key={i} start={list.start}>{items}</ol> : <ul key={i}>{items}</ul>;
      });
  }, [text, link, lang]);
  return <>{paragraphs}</>;
}
