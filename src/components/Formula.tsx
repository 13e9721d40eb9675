// TeX typeset by KaTeX; errors render the source instead of throwing.
import katex from 'katex';
import 'katex/dist/katex.min.css';
import { useMemo, useRef } from 'react';
import { useFocusWhileOverflowing } from './useFocusWhileOverflowing';

interface FormulaProps {
  tex: string;
  display?: boolean;
  /** Spoken/alt text; defaults to the TeX source. */
  label?: string;
}

export function Formula({ tex, display = false, label }: FormulaProps) {
  const html = useMemo(
    () => katex.renderToString(tex, { displayMode: display, throwOnError: false, output: 'htmlAndMathml' }),
    [tex, display],
  );
  const ref = useRef<HTMLDivElement>(null);
  // Where a lesson lets a display formula scroll sideways, KaTeX's display box is the one that scrolls.
  useFocusWhileOverflowing(ref, (root) => [root, root.querySelector<HTMLElement>('.katex-display')]);
  if (display) return <div ref={ref} className="formula" data-tex={tex} aria-label={label} dangerouslySetInnerHTML={{ __html: html }} />;
  return <span className="formula" data-tex={tex} aria-label={label} dangerouslySetInnerHTML={{ __html: html }} />;
}
