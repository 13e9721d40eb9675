// The selected optimizer's update rule and step k with its numbers; long lines wrap term by term when the column is narrow.
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useT } from '../../state/useText';
import { Formula } from '../../components/Formula';
import { OPTIMIZER_NAMES, type OptimizerName } from '../../engine/optimizers';
import { breakBeforeResult, GENERAL, substituted } from './formulas';
import type { Trajectory } from './model';
import { OPT_CHOICES } from './params';
import { TEXT } from './text';
import { wrapTerms } from './wrapTex';

interface Props {
  /** The optimizers shown (the menu's choices). */
  shown: readonly OptimizerName[];
  selected: OptimizerName;
  onPick(name: OptimizerName): void;
  /** The selected optimizer's trajectory. */
  tr: Trajectory;
  /** The step on screen, 0 … tr.steps. */
  k: number;
}

/**
 * Lays the step out result-on-its-own-line first; when that is still wider than the panel (phones),
 * one term per line. The panel scrolls sideways (with a shadow as the cue) only if even that is too wide.
 */
export function StepFormula({ shown, selected, onPick, tr, k }: Props) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  const [narrow, setNarrow] = useState(false);
  const [fontsReady, setFontsReady] = useState(false);

  // A new width tries the roomier layout again (the check below narrows it if it still does not fit).
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    let width = el.clientWidth;
    const ro = new ResizeObserver(() => {
      if (el.clientWidth === width) return;
      width = el.clientWidth;
      setNarrow(false);
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  // KaTeX's fonts may arrive after the first layout and widen the lines.
  useEffect(() => {
    let alive = true;
    void document.fonts?.ready.then(() => alive && setFontsReady(true));
    return () => {
      alive = false;
    };
  }, []);
  // Whenever the lines or the room change: one term per line if they overflow the panel.
  useLayoutEffect(() => {
    const el = ref.current;
    if (!narrow && el && el.scrollWidth > el.clientWidth + 1) setNarrow(true);
  }, [narrow, fontsReady, tr, k, selected]);

  return (
    <div ref={ref} className="step-formula" data-optimizer={selected} data-step={k} data-wrap={narrow ? 'terms' : 'result'}>
      <label>
        {t(TEXT.formulaFor)}{' '}
        <select value={selected} onChange={(e) => onPick(e.currentTarget.value as OptimizerName)}>
          {shown.map((n) => (
            <option key={n} value={n}>
              {t(OPT_CHOICES[OPTIMIZER_NAMES.indexOf(n)].label)}
            </option>
          ))}
        </select>
      </label>
      {GENERAL[selected].map((tex) => (
        <Formula key={tex} tex={tex} display />
      ))}
      <div className="substituted">
        {substituted(tr, k).map((tex, i) => (
          <Formula key={i} tex={narrow ? wrapTerms(tex) : breakBeforeResult(tex)} display />
        ))}
      </div>
    </div>
  );
}
