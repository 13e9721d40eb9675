// The legend of the line charts: a swatch in each series' colour with its split's dash (solid training, dashed held-out).
import { SPLIT_DASH, type Split } from '../palette';

/** One legend entry: what the series is called, its colour and whether it is measured on training or held-out data. */
export interface LegendSeries {
  label: string;
  style: { color: string };
  split: Split;
}

/** `<ul class="legend">` with one swatch and label per series, in order. */
export function SplitLegend({ series }: { series: readonly LegendSeries[] }) {
  return (
    <ul className="legend">
      {series.map((s) => (
        <li key={s.label}>
          <svg width={28} height={10} aria-hidden="true">
            <line x1={0} x2={28} y1={5} y2={5} stroke={s.style.color} strokeWidth={2.5} strokeDasharray={SPLIT_DASH[s.split]} />
          </svg>
          {s.label}
        </li>
      ))}
    </ul>
  );
}
