// Tiny SVG pictures for the index cards: a 240×120 frame in the site palette, light and dark, and a few marks.
import { contours, geoPath } from 'd3';

export const W = 240;
export const H = 120;
const PAD = 8;

/** Rounds to 0.1 px so the files are small and do not change with the last bits of a float. */
export const r = (v: number) => (Math.round(v * 10) / 10).toString();

/** A linear map of [d0, d1] onto [r0, r1]. */
export function scale(d0: number, d1: number, r0: number, r1: number): (v: number) => number {
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  return (v) => r0 + (v - d0) * k;
}

/** The plot area inside the frame. */
export const AREA = { x0: PAD, x1: W - PAD, y0: PAD, y1: H - PAD };

/** "M x y L x y …" through the points, breaking the line at non-finite values. */
export function linePath(xs: readonly number[], ys: readonly number[]): string {
  let d = '';
  let pen = false;
  for (let i = 0; i < xs.length; i++) {
    if (!Number.isFinite(xs[i]) || !Number.isFinite(ys[i])) {
      pen = false;
      continue;
    }
    d += `${pen ? 'L' : 'M'}${r(xs[i])} ${r(ys[i])}`;
    pen = true;
  }
  return d;
}

/** Every k-th point (and the last), so that a long path keeps at most `max` points. */
function thin(xs: readonly number[], ys: readonly number[], max: number): [number[], number[]] {
  const k = Math.max(1, Math.ceil(xs.length / max));
  const keep = xs.map((_, i) => i).filter((i) => i % k === 0 || i === xs.length - 1);
  return [keep.map((i) => xs[i]), keep.map((i) => ys[i])];
}

export function polyline(xs0: readonly number[], ys0: readonly number[], color: string, dash = '', width = 2, max = 80): string {
  const [xs, ys] = thin(xs0, ys0, max);
  const da = dash ? ` stroke-dasharray="${dash}"` : '';
  return `<path d="${linePath(xs, ys)}" fill="none" stroke="${color}" stroke-width="${width}"${da} stroke-linejoin="round" stroke-linecap="round"/>`;
}

/** Bars as one path: [x, y, w, h] each. */
export function bars(list: readonly (readonly [number, number, number, number])[], color: string): string {
  const d = list.map(([x, y, w, h]) => `M${r(x)} ${r(y)}h${r(w)}v${r(h)}h${r(-w)}z`).join('');
  return `<path d="${d}" fill="${color}"/>`;
}

export function rect(x: number, y: number, w: number, h: number, color: string, extra = ''): string {
  return `<rect x="${r(x)}" y="${r(y)}" width="${r(Math.max(0, w))}" height="${r(Math.max(0, h))}" fill="${color}"${extra}/>`;
}

export function circle(x: number, y: number, radius: number, color: string, extra = ''): string {
  return `<circle cx="${r(x)}" cy="${r(y)}" r="${r(radius)}" fill="${color}"${extra}/>`;
}

/** Level lines of f over the domain, in the muted line colour (d3-contour on an n×m grid). */
export function levelLines(
  f: (x1: number, x2: number) => number,
  dom: readonly [readonly [number, number], readonly [number, number]],
  levels: readonly number[],
  box = AREA,
  n = 40,
): string {
  const m = Math.round((n * (box.y1 - box.y0)) / (box.x1 - box.x0));
  const values = new Array<number>(n * m);
  for (let j = 0; j < m; j++)
    for (let i = 0; i < n; i++) {
      const x1 = dom[0][0] + ((i + 0.5) / n) * (dom[0][1] - dom[0][0]);
      const x2 = dom[1][1] - ((j + 0.5) / m) * (dom[1][1] - dom[1][0]);
      values[j * n + i] = f(x1, x2);
    }
  const sx = (box.x1 - box.x0) / n;
  const sy = (box.y1 - box.y0) / m;
  const path = geoPath(null);
  const shapes = contours().size([n, m]).thresholds(levels as number[])(values);
  const d = shapes
    .map((c) => ({ ...c, coordinates: c.coordinates.map((poly) => poly.map((ring) => ring.map(([x, y]) => [box.x0 + x * sx, box.y0 + y * sy]))) }))
    .map((c) => path(c as never) ?? '')
    .join('')
    .replace(/-?\d+\.\d+/g, (v) => String(Math.round(Number(v))));
  return `<path class="grid" d="${d}" fill="none" stroke-width="0.8"/>`;
}

/** Maps a point of the objective's domain into the box (x2 upwards). */
export function domainMap(dom: readonly [readonly [number, number], readonly [number, number]], box = AREA) {
  const sx = scale(dom[0][0], dom[0][1], box.x0, box.x1);
  const sy = scale(dom[1][0], dom[1][1], box.y1, box.y0);
  return { sx, sy };
}

/** Axes: a baseline and a left edge in the muted colour. */
export function axes(box = AREA): string {
  return `<path class="axis" d="M${r(box.x0)} ${r(box.y0)}V${r(box.y1)}H${r(box.x1)}" fill="none" stroke-width="1"/>`;
}

/**
 * The whole picture: a rounded panel in the page's background, the marks, and a style that follows the
 * reader's colour scheme (an <img> SVG sees prefers-color-scheme like the page does).
 */
export function frame(body: string): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}">` +
    '<style>.bg{fill:#fff}.axis,.grid{stroke:#5b6470}.grid{stroke-opacity:.45}.ink{fill:#1b1f24}.inks{stroke:#1b1f24}' +
    '@media (prefers-color-scheme:dark){.bg{fill:#1d2228}.axis,.grid{stroke:#aab3bd}.ink,[fill="#222222"]{fill:#e8ebee}.inks,[stroke="#222222"]{stroke:#e8ebee}}</style>' +
    `<rect class="bg" width="${W}" height="${H}" rx="6"/>` +
    body +
    '</svg>\n'
  );
}
