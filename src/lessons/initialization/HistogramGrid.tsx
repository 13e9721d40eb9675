// Small multiples: one bar chart per layer of activation counts, D3 scales, React-rendered SVG.
import { max, scaleLinear } from 'd3';
import { useChartDimensions } from '../../components/charts/useChartDimensions';
import type { LayerReading } from '../../engine/experiments/activationHistograms';

const MARGIN = { top: 8, right: 6, bottom: 24, left: 6 };

function LayerHistogram({ reading, title, note, yMax }: { reading: LayerReading; title: string; note: string; yMax: number }) {
  const [ref, dims] = useChartDimensions<HTMLDivElement>(MARGIN, 0.75, 120);
  const bins = reading.counts.length;
  const x = scaleLinear().domain([0, bins]).range([MARGIN.left, MARGIN.left + dims.innerWidth]);
  const y = scaleLinear().domain([0, yMax]).range([MARGIN.top + dims.innerHeight, MARGIN.top]);
  const fmtEdge = (v: number) => String(Number(v.toPrecision(2)));
  return (
    <div className="histogram-cell" data-layer={reading.layer + 1}>
      <h3>{title}</h3>
      <div ref={ref} className="chart">
        <svg width={dims.width} height={dims.height} viewBox={`0 0 ${dims.width} ${dims.height}`} aria-hidden="true">
          {Array.from(reading.counts, (c, i) => (
            <rect key={i} x={x(i) + 0.5} width={Math.max(0, x(i + 1) - x(i) - 1)} y={y(c)} height={y(0) - y(c)} fill="#0072B2" />
          ))}
          <line x1={MARGIN.left} x2={MARGIN.left + dims.innerWidth} y1={y(0)} y2={y(0)} stroke="currentColor" />
          <text x={MARGIN.left} y={dims.height - 6} className="axis-tick">
            {fmtEdge(reading.lo)}
          </text>
          <text x={MARGIN.left + dims.innerWidth} y={dims.height - 6} textAnchor="end" className="axis-tick">
            {fmtEdge(reading.hi)}
          </text>
        </svg>
      </div>
      <p className="histogram-note">{note}</p>
    </div>
  );
}

interface Props {
  layers: readonly LayerReading[];
  titleOf(layer: number): string;
  noteOf(reading: LayerReading): string;
}

/** Shared y scale across layers so heights compare, as in the book's figure. */
export function HistogramGrid({ layers, titleOf, noteOf }: Props) {
  const yMax = max(layers, (l) => max(l.counts) ?? 0) ?? 1;
  return (
    <div className="histogram-grid">
      {layers.map((l) => (
        <LayerHistogram key={l.layer} reading={l} title={titleOf(l.layer + 1)} note={noteOf(l)} yMax={yMax} />
      ))}
    </div>
  );
}
