// The playground's network: columns of units, each a small heat map of its output, joined by weight lines (width ∝ |w|,
// colour by sign), with a readout on hover and from the keyboard. A pure view: the caller passes weights and images.
import { useId, useMemo, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { useT } from '../../state/useText';
import { fmt } from '../format';
import { moveFocus, type NetworkFocus } from './networkFocus';
import { edgeLines, edgeMaxFor, edgeWidth, edgeSign, hitTest, largestWeight, networkLayout, valueRange, type EdgeLine, type Hit } from './networkLayout';
import { NETWORK_TEXT } from './networkText';
import { imageUrl } from './unitImages';
import { useChartDimensions } from './useChartDimensions';
import './networkDiagram.css';

/**
 * What the readout describes. Node layers count from 0 (input) to sizes.length − 1 (output), units from 0; lo/hi: the
 * unit image's range (NaN without an image). A weight joins unit `from` of node layer l to unit `to` of node layer l + 1
 * (weights[l][from·fanOut + to]).
 */
export type NetworkReading =
  | { kind: 'unit'; layer: number; unit: number; lo: number; hi: number }
  | { kind: 'weight'; l: number; from: number; to: number; w: number };

export interface NetworkDiagramProps {
  /** Units per node layer: input, hidden…, output (up to 6 hidden layers of 8 units draw comfortably). */
  sizes: readonly number[];
  /** Per dense layer l: fanIn×fanOut row-major, W[i·fanOut + j] from unit i of layer l to unit j of layer l + 1 (ParamLayout). */
  weights: readonly ArrayLike<number>[];
  /** Per node layer (input and output included), per unit: a grid×grid image of its output, row 0 at the TOP, or null. */
  unitImages?: readonly (readonly (ArrayLike<number> | null)[])[];
  /** The images' side g (default: √ of the first image's length). */
  grid?: number;
  /**
   * The colour range of a layer's images, one range for all, or 'unit': each image its own min … max (default: each
   * layer's own min … max over its units).
   */
  imageRange?: ((layer: number) => [number, number]) | readonly [number, number] | 'unit';
  /** Names of the input features, drawn left of the input nodes (e.g. x₁, x₂). */
  labels?: readonly string[];
  ariaLabel: string;
  /** The readout line for a unit or a weight, already in the page's language. */
  readoutText: (what: NetworkReading) => string;
  /** Optional: the |w| drawn at the widest line (wider weights are clamped); default the largest |w| of `weights`. */
  weightScale?: number;
  /** Optional: the drawing's height bound in px (default 360). */
  maxHeight?: number;
  /** Optional: the readout's text while nothing is read (default: how to read the diagram). */
  hint?: string;
  /** Optional: hide the legend line under the readout. */
  legend?: boolean;
  /**
   * Optional: the most pixels per side an image is encoded at (default 24): a larger grid is sampled down (nearest cell),
   * and never finer than the node's size in device pixels. PNG encoding costs ∝ pixels (52 nodes at 48² ≈ 14 ms, at 32² ≈ 6 ms, at 20² ≈ 3 ms in headless Chromium here).
   */
  imagePixels?: number;
}

const NO_MARGIN = { top: 0, right: 0, bottom: 0, left: 0 };

/** Each node's colour range: the given one, its own min … max ('unit'), else the min … max over its layer's images. */
function nodeRanges(props: NetworkDiagramProps): [number, number][][] {
  const { imageRange, unitImages, sizes } = props;
  return sizes.map((n, c) => {
    if (imageRange === 'unit') return Array.from({ length: n }, (_, u) => own(unitImages?.[c]?.[u]));
    const r = layerRange(imageRange, unitImages?.[c], c);
    return Array.from({ length: n }, () => r);
  });
}

/** One image's own min … max ([0, 1] without finite values). */
function own(img: ArrayLike<number> | null | undefined): [number, number] {
  const [lo, hi] = img ? valueRange(img) : [NaN, NaN];
  return lo <= hi ? [lo, hi] : [0, 1];
}

/** Node layer c's range: the given one, else the min … max over its images ([0, 1] without any). */
function layerRange(imageRange: NetworkDiagramProps['imageRange'], images: readonly (ArrayLike<number> | null)[] | undefined, c: number): [number, number] {
  if (typeof imageRange === 'function') return imageRange(c);
  if (imageRange && imageRange !== 'unit') return [imageRange[0], imageRange[1]];
  let lo = Infinity;
  let hi = -Infinity;
  for (const img of images ?? []) {
    const [a, b] = own(img);
    if (img && a < lo) lo = a;
    if (img && b > hi) hi = b;
  }
  return lo <= hi ? [lo, hi] : [0, 1];
}

/** The edge of a focus that walks incoming weights: dense layer layer − 1, from unit `incoming` into `unit`. */
function focusEdge(edges: readonly EdgeLine[], f: NetworkFocus | null): number {
  if (!f || f.incoming === null) return -1;
  return edges.findIndex((e) => e.l === f.layer - 1 && e.from === f.incoming && e.to === f.unit);
}

export function NetworkDiagram(props: NetworkDiagramProps) {
  const { sizes, weights, unitImages, labels, ariaLabel, readoutText, weightScale, maxHeight = 360, hint, legend = true, imagePixels = 24 } = props;
  const t = useT();
  const readoutId = useId();
  const [ref, dims] = useChartDimensions<HTMLDivElement>(NO_MARGIN, 0, 240);
  const [focus, setFocus] = useState<NetworkFocus | null>(null);
  const [hover, setHover] = useState<Hit>(null);

  const left = labels && labels.length > 0 ? 28 : 6;
  const layout = useMemo(() => networkLayout(sizes, dims.width, maxHeight, left), [sizes, dims.width, maxHeight, left]);
  const edges = useMemo(() => edgeLines(layout, weights), [layout, weights]);
  const ranges = nodeRanges(props);
  const rangeKey = ranges.flat(2).join(',');
  const scale = useMemo(() => weightScale ?? largestWeight(weights), [weightScale, weights]);
  const g = props.grid ?? Math.round(Math.sqrt(unitImages?.find((l) => l.some(Boolean))?.find(Boolean)?.length ?? 0));
  const dpr = typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1;
  const pixels = Math.max(1, Math.min(g, Math.round(imagePixels), Math.ceil(layout.size * dpr)));
  // One data URL per image, redrawn only when the images, their ranges or their resolution change.
  const urls = useMemo(
    () => (unitImages ?? []).map((layer, c) => layer.map((img, u) => (img && g > 0 ? imageUrl(img, g, ranges[c][u][0], ranges[c][u][1], pixels) : null))),
    // ranges is summarised by rangeKey.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [unitImages, g, rangeKey, pixels],
  );

  const focusedEdge = focusEdge(edges, focus);
  const shown: Hit = hover ?? (focus ? (focusedEdge >= 0 ? { kind: 'edge', index: focusedEdge } : { kind: 'node', layer: focus.layer, unit: focus.unit }) : null);
  const activeNode = shown?.kind === 'node' ? shown : null;
  const activeEdge = shown?.kind === 'edge' ? edges[shown.index] : undefined;
  const nearNode = activeNode ?? (focus ? { layer: focus.layer, unit: focus.unit } : null);

  let reading: NetworkReading | null = null;
  if (activeNode) {
    const img = unitImages?.[activeNode.layer]?.[activeNode.unit];
    const [lo, hi] = img ? valueRange(img) : [NaN, NaN];
    reading = { kind: 'unit', layer: activeNode.layer, unit: activeNode.unit, lo, hi };
  } else if (activeEdge) {
    reading = { kind: 'weight', l: activeEdge.l, from: activeEdge.from, to: activeEdge.to, w: activeEdge.w };
  }

  const toSvg = (e: PointerEvent<SVGSVGElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    if (!r.width || !r.height) return null;
    return { x: ((e.clientX - r.left) / r.width) * layout.width, y: ((e.clientY - r.top) / r.height) * layout.height };
  };
  const onPointerMove = (e: PointerEvent<SVGSVGElement>) => {
    const p = toSvg(e);
    setHover(p ? hitTest(layout, edges, p.x, p.y, Math.max(4, layout.size / 6)) : null);
  };
  // A click or a tap pins what it hits as the keyboard focus (a touch pointer leaves as it lifts, taking the hover along).
  const onPointerDown = (e: PointerEvent<SVGSVGElement>) => {
    const p = toSvg(e);
    const hit = p ? hitTest(layout, edges, p.x, p.y, Math.max(4, layout.size / 6)) : null;
    if (hit?.kind === 'node') setFocus({ layer: hit.layer, unit: hit.unit, incoming: null });
    else if (hit?.kind === 'edge') setFocus({ layer: edges[hit.index].l + 1, unit: edges[hit.index].to, incoming: edges[hit.index].from });
  };
  const onKeyDown = (e: KeyboardEvent<SVGSVGElement>) => {
    const next = moveFocus(focus, e.key, sizes);
    if (!next.handled) return;
    e.preventDefault();
    setHover(null);
    setFocus(next.focus);
  };

  const isNear = (ed: EdgeLine) => nearNode !== null && ((ed.l === nearNode.layer && ed.from === nearNode.unit) || (ed.l + 1 === nearNode.layer && ed.to === nearNode.unit));
  const s = layout.size;
  const widest = edgeMaxFor(s);
  const widthOf = (w: number) => edgeWidth(w, scale, widest);

  return (
    <div ref={ref} className="chart network-diagram" data-layers={sizes.length} data-focus={focus ? `${focus.layer}:${focus.unit}${focus.incoming === null ? '' : `<${focus.incoming}`}` : ''}>
      <svg
        width={layout.width}
        height={layout.height}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        role="img"
        aria-label={ariaLabel}
        aria-describedby={readoutId}
        tabIndex={0}
        onPointerMove={onPointerMove}
        onPointerLeave={() => setHover(null)}
        onPointerDown={onPointerDown}
        onKeyDown={onKeyDown}
        onBlur={() => setFocus(null)}
      >
        <g className={`net-edges${nearNode ? ' dim' : ''}`}>
          {edges.map((ed) => (
            <line
              key={`${ed.l}:${ed.from}:${ed.to}`}
              className={`net-edge ${edgeSign(ed.w)}${nearNode && isNear(ed) ? ' near' : ''}`}
              x1={ed.x1}
              y1={ed.y1}
              x2={ed.x2}
              y2={ed.y2}
              strokeWidth={widthOf(ed.w)}
              data-from={`${ed.l}:${ed.from}`}
              data-to={`${ed.l + 1}:${ed.to}`}
              data-w={ed.w}
            />
          ))}
        </g>
        {activeEdge && (
          // The read weight on top: a halo in the text colour under the line in its sign colour.
          <g className="net-edge-focus" data-focus-from={`${activeEdge.l}:${activeEdge.from}`} data-focus-to={`${activeEdge.l + 1}:${activeEdge.to}`}>
            <line className="net-halo" x1={activeEdge.x1} y1={activeEdge.y1} x2={activeEdge.x2} y2={activeEdge.y2} strokeWidth={widthOf(activeEdge.w) + 4} />
            <line className={`net-edge ${edgeSign(activeEdge.w)}`} x1={activeEdge.x1} y1={activeEdge.y1} x2={activeEdge.x2} y2={activeEdge.y2} strokeWidth={Math.max(2, widthOf(activeEdge.w))} />
          </g>
        )}
        {layout.nodes.map((col) =>
          col.map((n) => {
            const url = urls[n.layer]?.[n.unit] ?? null;
            const focused = activeNode !== null && activeNode.layer === n.layer && activeNode.unit === n.unit;
            return (
              <g key={`${n.layer}:${n.unit}`} className={`net-node${url ? '' : ' empty'}${focused ? ' focused' : ''}`} data-layer={n.layer} data-unit={n.unit}>
                {url && <image href={url} x={n.x} y={n.y} width={s} height={s} preserveAspectRatio="none" />}
                <rect className="net-frame" x={n.x} y={n.y} width={s} height={s} />
              </g>
            );
          }),
        )}
        {labels?.map((label, u) => {
          const n = layout.nodes[0]?.[u];
          return n ? (
            <text key={u} className="net-label" x={n.x - 4} y={n.y + s / 2} textAnchor="end" dominantBaseline="central">
              {label}
            </text>
          ) : null;
        })}
      </svg>
      <p id={readoutId} className="net-readout" aria-live="polite">
        {reading ? readoutText(reading) : (hint ?? t(NETWORK_TEXT.hint))}
      </p>
      {legend && (
        <p className="net-legend">
          <span>
            <svg width="22" height="8" aria-hidden="true">
              <line className="net-swatch pos" x1="2" x2="20" y1="4" y2="4" />
            </svg>
            {t(NETWORK_TEXT.positive)}
          </span>
          <span>
            <svg width="22" height="8" aria-hidden="true">
              <line className="net-swatch neg" x1="2" x2="20" y1="4" y2="4" />
            </svg>
            {t(NETWORK_TEXT.negative)}
          </span>
          <span className="net-scale" data-scale={scale}>
            {t(NETWORK_TEXT.width, { w: fmt(scale, 3) })}
          </span>
          <span>{t(NETWORK_TEXT.nodes)}</span>
        </p>
      )}
    </div>
  );
}
