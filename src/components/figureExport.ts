// PNG and SVG of what a figure shows: charts with computed styles inlined, its text where it stands, the caption (in the page's language) below.

const SVG_NS = 'http://www.w3.org/2000/svg';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';
/** Presentation properties copied from the page's CSS onto every exported element. */
const STYLE_PROPS = [
  'fill', 'fill-opacity', 'fill-rule', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray', 'stroke-dashoffset',
  'stroke-linecap', 'stroke-linejoin', 'opacity', 'font-family', 'font-size', 'font-style', 'font-weight', 'text-anchor',
  'dominant-baseline', 'paint-order', 'visibility',
] as const;
const PAD = 12;

/** The colour behind an element: the first opaque background up the tree. */
function backgroundOf(el: Element): string {
  for (let e: Element | null = el; e; e = e.parentElement) {
    const c = getComputedStyle(e).backgroundColor;
    if (!transparent(c)) return c;
  }
  return '#ffffff';
}
const transparent = (c: string) => c === '' || c === 'transparent' || /^rgba\(.*,\s*0\)$/.test(c);

/** Copies computed styles from `src` onto its clone `dst`, recursively; drops what is not displayed and focus stops. */
function inlineStyles(src: Element, dst: Element) {
  const cs = getComputedStyle(src);
  if (cs.display === 'none') {
    dst.remove();
    return;
  }
  dst.setAttribute('style', STYLE_PROPS.map((p) => `${p}:${cs.getPropertyValue(p)}`).join(';'));
  dst.removeAttribute('tabindex');
  const from = Array.from(src.children);
  const to = Array.from(dst.children);
  from.forEach((child, i) => inlineStyles(child, to[i]));
}

function el<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const e = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

let measureCtx: CanvasRenderingContext2D | null = null;
/** Canvas text metrics for a CSS font shorthand. */
function metrics(s: string, font: string): { width: number; ascent: number } {
  measureCtx ??= document.createElement('canvas').getContext('2d');
  if (!measureCtx) return { width: s.length * 7, ascent: 12 };
  measureCtx.font = font;
  const m = measureCtx.measureText(s || 'H');
  return { width: m.width, ascent: m.fontBoundingBoxAscent };
}

/** Splits text into lines no wider than `width` for `font`: Latin breaks at spaces, CJK between characters. */
function wrap(text: string, width: number, font: string): string[] {
  const tokens = text.match(/[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]|[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]+\s*|\s+/g) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const tok of tokens) {
    if (line && metrics((line + tok).trimEnd(), font).width > width) {
      lines.push(line.trimEnd());
      line = tok.trimStart();
    } else line += tok;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

const fontOf = (cs: CSSStyleDeclaration) => `${cs.fontStyle} ${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
/** Elements whose content is not part of the picture: form controls and screen-reader-only text. */
const SKIP = 'button, input, select, textarea, .sr-only';

/** One text node as SVG <text> lines placed where the page laid them out (line breaks found from each character's box). */
function placeText(node: Text, origin: DOMRect, out: SVGElement) {
  const cs = getComputedStyle(node.parentElement!);
  if (cs.visibility === 'hidden' || Number(cs.opacity) === 0) return;
  const range = document.createRange();
  const lines: { left: number; top: number; text: string }[] = [];
  let line: (typeof lines)[number] | null = null;
  for (let i = 0; i < node.data.length; i++) {
    const ch = node.data[i];
    range.setStart(node, i);
    range.setEnd(node, i + 1);
    const r = range.getBoundingClientRect();
    const space = /\s/.test(ch);
    if (r.width === 0 && r.height === 0) continue; // collapsed white space
    if (!line || r.top > line.top + r.height / 2) {
      if (space) continue;
      line = { left: r.left, top: r.top, text: '' };
      lines.push(line);
    }
    if (!(space && line.text.endsWith(' '))) line.text += space ? ' ' : ch;
  }
  const font = fontOf(cs);
  const { ascent } = metrics('H', font);
  const style = `fill:${cs.color};font-family:${cs.fontFamily};font-size:${cs.fontSize};font-weight:${cs.fontWeight};font-style:${cs.fontStyle}`;
  for (const l of lines) {
    if (l.text.trim()) out.append(el('text', { x: (l.left - origin.left).toFixed(1), y: (l.top - origin.top + ascent).toFixed(1), style }, l.text.trimEnd()));
  }
}

/** Copies what a figure's body shows: each <svg> with inlined styles, each <canvas> as an image, each text where it stands. */
function placeContent(node: Node, origin: DOMRect, out: SVGElement) {
  if (node instanceof Text) return placeText(node, origin, out);
  if (!(node instanceof Element) || node.matches(SKIP)) return;
  if (getComputedStyle(node).display === 'none') return;
  const r = node.getBoundingClientRect();
  if (node instanceof SVGSVGElement) {
    const vb = node.viewBox.baseVal;
    const clone = node.cloneNode(true) as SVGSVGElement;
    inlineStyles(node, clone);
    for (const a of ['class', 'role', 'aria-label', 'aria-hidden', 'aria-labelledby', 'aria-describedby']) clone.removeAttribute(a);
    const attrs = { x: r.left - origin.left, y: r.top - origin.top, width: r.width, height: r.height, viewBox: vb && vb.width ? `${vb.x} ${vb.y} ${vb.width} ${vb.height}` : `0 0 ${r.width} ${r.height}` };
    for (const [k, v] of Object.entries(attrs)) clone.setAttribute(k, String(v));
    const bg = getComputedStyle(node).backgroundColor;
    if (!transparent(bg)) out.append(el('rect', { x: attrs.x, y: attrs.y, width: r.width, height: r.height, rx: 3, fill: bg }));
    clone.setAttribute('style', `color:${getComputedStyle(node).color};overflow:hidden`);
    out.append(clone);
    return;
  }
  if (node instanceof HTMLCanvasElement) {
    const img = el('image', { x: r.left - origin.left, y: r.top - origin.top, width: r.width, height: r.height, preserveAspectRatio: 'none' });
    img.setAttribute('href', node.toDataURL('image/png'));
    out.append(img);
    return;
  }
  for (const child of node.childNodes) placeContent(child, origin, out);
}

export interface ExportOptions {
  caption: string;
  lang: string;
  /** A small line under the caption, e.g. the link that reproduces the figure. */
  credit?: string;
}

/**
 * A standalone SVG document of what a figure shows: its body (charts with their computed styles
 * inlined, canvas layers as images, legends and labels as text, all where the page placed them) on
 * the page's background, then the caption and the credit line. Returns the text and its CSS size.
 */
export function exportSvg(figure: Element, opts: ExportOptions): { text: string; width: number; height: number } {
  const body = figure.querySelector('.figure-body') ?? figure;
  const origin = body.getBoundingClientRect();
  const w = Math.ceil(origin.width);
  const cs = getComputedStyle(body);
  const fg = cs.color;
  const family = cs.fontFamily;
  const fontSize = 14;

  const root = el('svg', { width: w, height: 0 });
  root.setAttributeNS(XML_NS, 'xml:lang', opts.lang);
  root.setAttribute('lang', opts.lang);
  root.append(el('rect', { x: 0, y: 0, width: '100%', height: '100%', fill: backgroundOf(figure) }));
  placeContent(body, origin, root);

  // Caption and credit, wrapped to the figure's width.
  let y = Math.ceil(origin.height);
  const lh = fontSize * 1.45;
  const lines = wrap(opts.caption, w - 2 * PAD, `${fontSize}px ${family}`);
  if (lines.length) y += PAD / 2;
  for (const line of lines) {
    y += lh;
    root.append(el('text', { x: PAD, y: y - lh * 0.3, fill: fg, 'font-family': family, 'font-size': fontSize }, line));
  }
  if (opts.credit) {
    const small = fontSize * 0.8;
    for (const line of wrap(opts.credit, w - 2 * PAD, `${small}px ${family}`)) {
      y += small * 1.4;
      root.append(el('text', { x: PAD, y: y - small * 0.3, fill: fg, 'fill-opacity': 0.75, 'font-family': family, 'font-size': small }, line));
    }
  }
  const height = Math.ceil(y + PAD);
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${w} ${height}`);
  const text = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}\n`;
  return { text, width: w, height };
}

/** Rasterizes an SVG document at `scale` × its CSS size (2 × suits slides and high-density screens). */
export async function svgToPng(svg: string, width: number, height: number, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    canvas.getContext('2d')!.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((ok, fail) => canvas.toBlob((b) => (b ? ok(b) : fail(new Error('PNG encoding failed'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Saves a blob under `filename` through a temporary blob: link. */
export function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
