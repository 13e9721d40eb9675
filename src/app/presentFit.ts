// Presentation mode: fits the section on screen into the window. Text shrinks only as far as needed, charts take the room left; text alone grows.
import { useEffect } from 'react';

/** Charts are not squeezed below this share of the window's height before the text starts to shrink. */
const CHART_MIN_SHARE = 0.4;
/** When even the smallest text does not fit beside such charts, they may shrink down to this share. */
const CHART_FLOOR_SHARE = 0.25;
/**
 * The last resort, for sections of many small charts (batch-norm's grid) that are already below the floor because
 * their width limits them: rather than the page scrolling, every chart of the section shrinks further, down to this share.
 */
const CHART_LAST_SHARE = 0.1;
/** Text scale range: sections without charts may grow to TEXT_MAX; any section may shrink to TEXT_MIN. */
const TEXT_MIN = 0.6;
const TEXT_MAX = 1.5;
const ITERATIONS = 8;
/** The SVGs whose height --present-chart-h caps (styles.css): the charts and the confusion matrix. */
const CHART_SVGS = '.chart > svg, .confusion-matrix > svg';
/** Below this window width (px) sections are not fitted. */
const PHONE_WIDTH = 600;

/** True when the page needs no scrolling in either direction. */
function pageFits(): boolean {
  const de = document.documentElement;
  return de.scrollHeight <= window.innerHeight + 1 && de.scrollWidth <= window.innerWidth + 1;
}

/** The largest v in [lo, hi] with ok(v), by bisection (ok is monotone: true below some v); lo when none. */
function largest(lo: number, hi: number, ok: (v: number) => boolean): number {
  if (ok(hi)) return hi;
  let [a, b] = [lo, hi];
  for (let i = 0; i < ITERATIONS; i++) {
    const mid = (a + b) / 2;
    if (ok(mid)) a = mid;
    else b = mid;
  }
  ok(a);
  return a;
}

/**
 * Sets --present-chart-h (max height of each chart's SVG) on `section` and --present-text (scale of the
 * root font size, so every rem and em follows) on <html> so that the page fits the window; returns whether it does. Reading scrollHeight forces a layout per try.
 */
export function fitSection(section: HTMLElement): boolean {
  const set = (chart: number | null, text: number) => {
    // Unset rather than 'none': lesson styles use the variable inside min(), where 'none' is invalid.
    if (chart === null) section.style.removeProperty('--present-chart-h');
    else section.style.setProperty('--present-chart-h', `${Math.floor(chart)}px`);
    document.documentElement.style.setProperty('--present-text', text.toFixed(3));
    return pageFits();
  };
  if (window.innerWidth < PHONE_WIDTH) {
    // A phone scrolls its section: squeezing it into one screen would make the text unreadable.
    section.style.removeProperty('--present-chart-h');
    document.documentElement.style.removeProperty('--present-text');
    return pageFits();
  }
  const charts = section.querySelector(CHART_SVGS) !== null;
  const chartMin = CHART_MIN_SHARE * window.innerHeight;
  if (!charts) {
    largest(TEXT_MIN, TEXT_MAX, (s) => set(null, s));
  } else if (!set(null, 1)) {
    // Text as large as it can be beside charts of the smallest height, then the charts take the room left.
    const text = largest(TEXT_MIN, 1, (s) => set(chartMin, s));
    const lo = set(chartMin, text) ? chartMin : CHART_FLOOR_SHARE * window.innerHeight;
    const chart = largest(lo, window.innerHeight, (c) => set(c, text));
    if (!set(chart, text)) largest(CHART_LAST_SHARE * window.innerHeight, lo, (c) => set(c, text));
  }
  const fits = pageFits();
  section.dataset.fit = fits ? 'fits' : 'overflow';
  return fits;
}

/**
 * Room (share of the window's height) a fitted page must have free before a change of its content makes the text grow
 * again. Charts size themselves from their containers one render after a fit, so a fit can leave the page a few pixels
 * off; refitting on every such change made the text swing between two sizes while a lesson trained, and kept the page busy.
 */
const REGROW_ROOM = 0.05;

/** Whether a content change calls for a new fit: the page overflows, or a fitted page has clearly room to spare. */
function needsRefit(section: HTMLElement): boolean {
  if (section.dataset.fit !== 'fits' || !pageFits()) return true;
  // The root scrolls no less than the window, so the room is read from the body, whose height is the content's.
  return document.body.getBoundingClientRect().height < window.innerHeight * (1 - REGROW_ROOM);
}

/**
 * Keeps `section` fitted while it is on screen: on arrival, on window resizes and once fonts load it fits afresh; when
 * its content changes size it refits only when the page overflows or has room to spare (needsRefit), so the fit settles.
 */
export function useFitSection(section: HTMLElement | undefined) {
  useEffect(() => {
    if (!section) return;
    let raf = 0;
    let afresh = false; // a resize or font load waits in the frame: fit whatever the content did
    const schedule = (always: boolean) => {
      afresh ||= always;
      cancelAnimationFrame(raf);
      raf = requestAnimationFrame(() => {
        if (afresh || needsRefit(section)) fitSection(section);
        afresh = false;
      });
    };
    fitSection(section);
    const ro = new ResizeObserver(() => schedule(false));
    ro.observe(section);
    ro.observe(document.body); // a notice or the header can push the section off screen without changing its size
    const onResize = () => schedule(true);
    window.addEventListener('resize', onResize);
    void document.fonts?.ready.then(() => schedule(true));
    return () => {
      cancelAnimationFrame(raf);
      ro.disconnect();
      window.removeEventListener('resize', onResize);
      section.style.removeProperty('--present-chart-h');
      document.documentElement.style.removeProperty('--present-text');
      delete section.dataset.fit;
    };
  }, [section]);
}
