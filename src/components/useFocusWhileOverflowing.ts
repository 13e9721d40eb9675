// A box that scrolls must be reachable from the keyboard (WCAG 2.1.1; axe's scrollable-region-focusable).
import { type RefObject, useEffect, useLayoutEffect, useRef } from 'react';

const FOCUSABLE = 'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';

type Boxes = (root: HTMLElement) => (HTMLElement | null)[];

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
 * Gives each box that scrolls and holds nothing else focusable tabindex 0, and takes it from the others. Every box is
 * measured before any is changed, and only a change is written, so one call lays the page out at most once.
 */
function mark(boxes: (HTMLElement | null)[]) {
  const reads: [HTMLElement, boolean][] = [];
  for (const el of boxes) {
    if (!el || !el.isConnected) continue;
    if (el.getAttribute('tabindex') !== '0' && el.querySelector(FOCUSABLE)) continue;
    reads.push([el, scrolls(el)]);
  }
  for (const [el, scroll] of reads) {
    if (scroll && el.getAttribute('tabindex') !== '0') el.tabIndex = 0;
    else if (!scroll && el.hasAttribute('tabindex')) el.removeAttribute('tabindex');
  }
}

/** Boxes to check at the next frame, by root: renders (a lesson's first one, or a figure's every training frame) only queue. */
const queued = new Map<HTMLElement, Boxes>();
let frame = 0;

/**
 * Checks `root`'s boxes at the next animation frame, together with every other root queued by then: a burst of
 * renders costs one measurement at the layout the frame needs anyway, instead of a forced layout after each commit.
 */
function queue(root: HTMLElement, boxes: Boxes) {
  queued.set(root, boxes);
  frame ||= requestAnimationFrame(() => {
    frame = 0;
    const all = [...queued].flatMap(([r, b]) => b(r));
    queued.clear();
    mark(all);
  });
}

/**
 * Makes the box(es) `boxes(ref.current)` (default: the element itself) focusable with tabindex 0 exactly while they
 * scroll and hold nothing else focusable, so arrow keys can scroll them and the tab order carries no idle stops.
 * Rechecked after every render of the caller (live content changes width; at the next frame, with every other box
 * rendered by then), on every resize of a box or its children (at once: the layout is fresh then), and when web fonts
 * finish loading. One ResizeObserver per element, made when the element appears, not per render.
 */
export function useFocusWhileOverflowing(ref: RefObject<HTMLElement | null>, boxes: Boxes = (root) => [root]) {
  const latest = useRef(boxes);
  const observed = useRef<{ root: HTMLElement; resize: ResizeObserver } | null>(null);
  useLayoutEffect(() => {
    latest.current = boxes;
    const root = ref.current;
    if (observed.current?.root !== root) {
      observed.current?.resize.disconnect();
      observed.current = null;
      if (root) {
        const resize = new ResizeObserver(() => mark(latest.current(root)));
        for (const el of boxes(root)) {
          if (!el) continue;
          resize.observe(el);
          for (const child of el.children) resize.observe(child);
        }
        observed.current = { root, resize };
      }
    }
    if (root) queue(root, latest.current);
  });
  useEffect(() => {
    const fontsLoaded = () => {
      const root = observed.current?.root;
      if (root) queue(root, latest.current);
    };
    document.fonts?.addEventListener('loadingdone', fontsLoaded);
    return () => {
      document.fonts?.removeEventListener('loadingdone', fontsLoaded);
      const root = observed.current?.root;
      if (root) queued.delete(root);
      observed.current?.resize.disconnect();
      observed.current = null;
    };
  }, []);
}
