// A box that scrolls must be reachable from the keyboard (WCAG 2.1.1; axe's scrollable-region-focusable).
import { type RefObject, useLayoutEffect } from 'react';

const FOCUSABLE = 'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';

/**
 * Whether `el` scrolls: it is shown (not, say, in a closed <details>) and its overflow is auto or scroll along an axis
 * where its content is larger than the box.
 */
function scrolls(el: HTMLElement): boolean {
  if (!el.checkVisibility()) return false;
  const { overflowX, overflowY } = getComputedStyle(el);
  const can = (o: string) => o === 'auto' || o === 'scroll';
  return (can(overflowX) && el.scrollWidth > el.clientWidth) || (can(overflowY) && el.scrollHeight > el.clientHeight);
}

/**
 * Makes the box(es) `boxes(ref.current)` (default: the element itself) focusable with tabindex 0 exactly while they
 * scroll and hold nothing else focusable, so arrow keys can scroll them and the tab order carries no idle stops.
 * Rechecked after every render of the caller (live content changes width), on every resize of a box or its children,
 * and when web fonts finish loading.
 */
export function useFocusWhileOverflowing(
  ref: RefObject<HTMLElement | null>,
  boxes: (root: HTMLElement) => (HTMLElement | null)[] = (root) => [root],
) {
  useLayoutEffect(() => {
    const root = ref.current;
    if (!root) return;
    const update = () => {
      for (const el of boxes(root)) {
        if (!el) continue;
        if (el.getAttribute('tabindex') !== '0' && el.querySelector(FOCUSABLE)) continue;
        if (scrolls(el)) el.tabIndex = 0;
        else el.removeAttribute('tabindex');
      }
    };
    update();
    const resize = new ResizeObserver(update);
    for (const el of boxes(root)) {
      if (!el) continue;
      resize.observe(el);
      for (const child of el.children) resize.observe(child);
    }
    document.fonts?.addEventListener('loadingdone', update);
    return () => {
      resize.disconnect();
      document.fonts?.removeEventListener('loadingdone', update);
    };
  });
}
