// A term in lesson prose: a link to its glossary entry, with its definition in a tooltip on hover and on
// keyboard focus (aria-describedby; Esc closes it). The tooltip lives outside the paragraph (a portal), so the
// prose's text stays the same, and it opens below the line being read. On touch a tap simply follows the link.
import { useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useLang } from '../../state/useText';
import { loadTex } from '../tex/loadTex';
import { findTerm } from './terms';

export function TermLink({ term, children, definition }: { term: string; children: ReactNode; definition: (tex: string) => ReactNode }) {
  const lang = useLang();
  const id = useId();
  const ref = useRef<HTMLAnchorElement>(null);
  const [open, setOpen] = useState(false);
  const [pos, setPos] = useState<{ top: number; left: number } | null>(null);
  const entry = findTerm(term);
  useLayoutEffect(() => {
    if (!open || !ref.current) return;
    // A definition's formulas wait for KaTeX (see Formula's `deferred`); an open tooltip fetches it if no formula has yet.
    void loadTex().catch(() => undefined);
    const r = ref.current.getBoundingClientRect();
    const width = Math.min(320, window.innerWidth - 16);
    setPos({ top: r.bottom + window.scrollY + 6, left: Math.max(8, Math.min(r.left, window.innerWidth - width - 8)) + window.scrollX });
  }, [open]);
  if (!entry) return <>{children}</>;
  return (
    <>
      <a
        ref={ref}
        className="term-link"
        href={`#/glossary?term=${entry.id}`}
        data-term={entry.id}
        aria-describedby={id}
        onMouseEnter={() => setOpen(true)}
        onMouseLeave={() => setOpen(false)}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}
      >
        {children}
      </a>
      {createPortal(
        <span role="tooltip" id={id} className="term-tip" data-open={open || undefined} style={pos ? { top: pos.top, left: pos.left } : undefined}>
          <span className="term-tip-name">{lang === 'zh' ? `${entry.zh} · ${entry.en}` : `${entry.en} · ${entry.zh}`}</span>{' '}
          {definition(entry.def[lang])}
        </span>,
        document.body,
      )}
    </>
  );
}
