// The crosshair's marks inside a plot (a guide line, a ring on each read point) and its readout over the plot.
import { useT } from '../../state/useText';
import { CHART_TEXT } from './text';
import './crosshair.css';

/** One read point: where it is drawn (plot units) and in which colour. */
export interface CrosshairMark {
  x: number;
  y: number;
  color: string;
}

interface LayerProps {
  /** A vertical guide at this x (line charts), from `top` to `bottom`; none for path plots. */
  guideX?: number;
  top: number;
  bottom: number;
  marks: readonly CrosshairMark[];
}

/** Inside the SVG: the guide line and a ring around every read point (non-finite positions are skipped). */
export function CrosshairLayer({ guideX, top, bottom, marks }: LayerProps) {
  return (
    <g className="xhair" aria-hidden="true" pointerEvents="none">
      {guideX !== undefined && Number.isFinite(guideX) && <line className="xhair-guide" x1={guideX} x2={guideX} y1={top} y2={bottom} />}
      {marks
        .filter((m) => Number.isFinite(m.x) && Number.isFinite(m.y))
        .map((m, i) => (
          <circle key={i} className="xhair-mark" cx={m.x} cy={m.y} r={4.5} stroke={m.color} />
        ))}
    </g>
  );
}

/** One value of the readout: a swatch in the series' colour and dash, its label and its formatted value. */
export interface ReadoutItem {
  label: string;
  value: string;
  color?: string;
  dash?: string;
}

interface ReadoutProps {
  id: string;
  /** What the readout says when nothing is read (how to read values). */
  hint: string;
  /** The read point's position, e.g. "epoch 120" or "Adam, step 7"; null when nothing is read. */
  title: string | null;
  items: readonly ReadoutItem[];
  /** The corner of the plot it sits in: away from the read point, so it does not hide it. */
  side: 'left' | 'right';
}

/**
 * The readout, laid over a top corner of the plot (it moves nothing around it) and announced politely to screen
 * readers. With nothing read it holds the hint, for screen readers only (sr-only: also left out of exported figures).
 */
export function CrosshairReadout({ id, hint, title, items, side }: ReadoutProps) {
  const colon = useT()(CHART_TEXT.colon);
  return (
    <p id={id} className={title === null ? 'xhair-readout sr-only' : 'xhair-readout'} aria-live="polite" data-crosshair={title === null ? 'off' : 'on'} data-side={side}>
      {title === null ? (
        <span className="xhair-hint">{hint}</span>
      ) : (
        <>
          <strong className="xhair-title">{title}</strong>
          {items.map((it) => (
            <span key={it.label} className="xhair-item" data-label={it.label}>
              {it.color && (
                <svg width={18} height={8} aria-hidden="true">
                  <line x1={0} x2={18} y1={4} y2={4} stroke={it.color} strokeWidth={2.5} strokeDasharray={it.dash} />
                </svg>
              )}
              <span>
                {it.label}
                {colon}
                <span className="xhair-value">{it.value}</span>
              </span>
            </span>
          ))}
        </>
      )}
    </p>
  );
}
