// TeX typeset by KaTeX; errors render the source instead of throwing.
import katex from 'katex';
import 'katex/dist/katex.min.css';
import { type RefObject, useLayoutEffect, useMemo, useRef } from 'react';

interface FormulaProps {
  tex: string;
  display?: boolean;
  /** Spoken/alt text; defaults to the TeX source. */
  label?: string;
}

/**
 * A display formula wider than its column scrolls sideways (where a lesson's CSS lets it); such a scroll box must
 * take keyboard focus so it can be scrolled without a mouse (WCAG 2.1.1). Marks the wrapper or KaTeX's display box
 * focusable exactly while it overflows: after every typeset, on every resize and when web fonts finish loading.
 */
function useScrollableFocus(ref: RefObject<HTMLElement | null>, html: string, enabled: boolean) {
  useLayoutEffect(() => {
    const root = ref.current;
    if (!enabled || !root) return;
    const update = () => {
      for (const el of [root, root.querySelector<HTMLElement>('.katex-display')]) {
        if (!el) continue;
        const { overflowX } = getComputedStyle(el);
        const scrolls = (overflowX === 'auto' || overflowX === 'scroll') && el.scrollWidth > el.clientWidth;
        if (scrolls) el.tabIndex = 0;
        else el.removeAttribute('tabindex');
      }
    };
    update();
    const resize = new ResizeObserver(update);
    resize.observe(root);
    document.fonts?.addEventListener('loadingdone', update);
    return () => {
      resize.disconnect();
      document.fonts?.removeEventListener('loadingdone', update);
    };
  }, [ref, html, enabled]);
}

export function Formula({ tex, display = false, label }: FormulaProps) {
  const html = useMemo(
    () => katex.renderToString(tex, { displayMode: display, throwOnError: false, output: 'htmlAndMathml' }),
    [tex, display],
  );
  const ref = useRef<HTMLDivElement>(null);
  useScrollableFocus(ref, html, display);
  if (display) return <div ref={ref} className="formula" data-tex={tex} aria-label={label} dangerouslySetInnerHTML={{ __html: html }} />;
  return <span className="formula" data-tex={tex} aria-label={label} dangerouslySetInnerHTML={{ __html: html }} />;
}
