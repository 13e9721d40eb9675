// TeX typeset by KaTeX; errors render the source instead of throwing.
import katex from 'katex';
import 'katex/dist/katex.min.css';
import { useMemo } from 'react';

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
  const Tag = display ? 'div' : 'span';
  return <Tag className="formula" data-tex={tex} aria-label={label} dangerouslySetInnerHTML={{ __html: html }} />;
}
