// TeX typeset by KaTeX (loaded on first use, see ./tex/loadTex); errors render the source instead of throwing.
import { use, useMemo, useRef, useSyncExternalStore } from 'react';
import { loadTex, onTexReady, texReady, type KatexApi } from './tex/loadTex';
import { useFocusWhileOverflowing } from './useFocusWhileOverflowing';

interface FormulaProps {
  tex: string;
  display?: boolean;
  /** Spoken/alt text; defaults to the TeX source. */
  label?: string;
  /**
   * false (default): until KaTeX has arrived the formula suspends, so the lesson or page keeps its loading state and
   * appears typeset (a lesson or page with formulas fetches KaTeX with its view and renders after both arrived, so
   * this is a safety net). true (a term's tooltip, hidden until hovered): the TeX source shows, marked busy, until
   * KaTeX arrives for another reason (the tooltip asks for it when it opens), and the formula is typeset then.
   */
  deferred?: boolean;
}

export function Formula({ tex, display = false, label, deferred = false }: FormulaProps) {
  const ready = useSyncExternalStore(onTexReady, texReady, texReady);
  const katex = ready ?? (deferred ? null : use(loadTex()));
  if (!katex) return <span className="formula formula-pending" data-tex={tex} aria-label={label} aria-busy="true">{tex}</span>;
  return <Typeset katex={katex} tex={tex} display={display} label={label} />;
}

function Typeset({ katex, tex, display, label }: { katex: KatexApi; tex: string; display: boolean; label?: string }) {
  const html = useMemo(
    () => katex.renderToString(tex, { displayMode: display, throwOnError: false, output: 'htmlAndMathml' }),
    [katex, tex, display],
  );
  const ref = useRef<HTMLDivElement>(null);
  // Where a lesson lets a display formula scroll sideways, KaTeX's display box is the one that scrolls.
  useFocusWhileOverflowing(ref, (root) => [root, root.querySelector<HTMLElement>('.katex-display')]);
  if (display) return <div ref={ref} className="formula" data-tex={tex} aria-label={label} dangerouslySetInnerHTML={{ __html: html }} />;
  return <span className="formula" data-tex={tex} aria-label={label} dangerouslySetInnerHTML={{ __html: html }} />;
}
